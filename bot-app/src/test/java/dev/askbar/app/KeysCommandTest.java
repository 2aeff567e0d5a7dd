package dev.askbar.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.askbar.app.database.DatabaseRoles;
import dev.askbar.testkit.ChatCall;
import dev.askbar.testkit.FakeGemini;
import dev.askbar.testkit.FakeGroq;
import dev.askbar.testkit.GeminiResponses;
import dev.askbar.testkit.GroqResponses;
import dev.askbar.testkit.TestKeys;
import dev.askbar.testkit.TestPostgres;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** {@code askbar keys}: live state persisted by an earlier {@code askbar ask}, masked keys only. */
class KeysCommandTest {
    static final String GROQ_1 = TestKeys.groq("keys", "e1f2");
    static final String GROQ_2 = TestKeys.groq("keys111111", "a9b8");
    static final String GEMINI = TestKeys.gemini("Keys", "09z8");
    static TestPostgres.TestDatabase db;
    static FakeGroq groq;
    static FakeGemini gemini;

    @BeforeAll
    static void setUp() throws Exception {
        db = TestPostgres.shared().createDatabase("keys_cli");
        db.execute("CREATE TABLE public.products (id int PRIMARY KEY, name text NOT NULL)");
        try (Connection c = db.connect()) {
            DatabaseRoles.provision(c, db.name(), List.of("public"), "reader-pw", "app-pw");
        }
        groq = FakeGroq.start();
        gemini = FakeGemini.start();
        groq.when(call -> call.task() == ChatCall.Task.SQL).reply("SELECT count(*) FROM public.products");
        groq.otherwise("There are no products.");
        gemini.enqueue(GeminiResponses.leakedKey());
    }

    @AfterAll
    static void tearDown() {
        groq.close();
        gemini.close();
    }

    static Map<String, String> env() {
        Map<String, String> env = new HashMap<>();
        env.put("ASKBAR_DATABASE_URL", db.jdbcUrl());
        env.put("ASKBAR_DATABASE_USER", DatabaseRoles.READER);
        env.put("ASKBAR_DATABASE_PASSWORD", "reader-pw");
        env.put("ASKBAR_STATE_DATABASE_USER", DatabaseRoles.APP);
        env.put("ASKBAR_STATE_DATABASE_PASSWORD", "app-pw");
        env.put("GROQ_API_KEYS", "acme:" + GROQ_1 + ",acme:" + GROQ_2);
        env.put("GEMINI_API_KEYS", GEMINI);
        env.put("ASKBAR_PROVIDERS", "gemini,groq");
        env.put("ASKBAR_GROQ_BASE_URL", groq.baseUrl());
        env.put("ASKBAR_GEMINI_BASE_URL", gemini.baseUrl());
        return env;
    }

    static String run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(
                args,
                env(),
                new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                false);
        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        return out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void keysShowsStatePersistedByAnEarlierRunAndNoFullKeyAnywhere() {
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        logs.start();
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.addAppender(logs);
        List<String> outputs = new ArrayList<>();
        try {
            groq.enqueue(
                    GroqResponses.rateLimited("llama-3.3-70b-versatile", "tokens per day (TPD)", 100000, "4h", null));
            outputs.add(run("ask", "how many products?"));
            String table = run("keys");
            String json = run("keys", "--json");
            outputs.add(table);
            outputs.add(json);

            assertThat(table)
                    .contains("PROVIDER")
                    .contains("gsk_…e1f2")
                    .contains("gsk_…a9b8")
                    .contains("AIza…09z8")
                    .contains("cooling")
                    .contains("disabled")
                    .contains("rate limited per day");
            JsonArray rows = JsonParser.parseString(json.strip()).getAsJsonArray();
            assertThat(rows).hasSize(6);
            JsonObject cooling = find(rows, "gsk_…a9b8", "llama-3.3-70b-versatile");
            assertThat(cooling.get("state").getAsString()).isEqualTo("cooling");
            assertThat(cooling.get("group").getAsString()).isEqualTo("acme");
            assertThat(cooling.get("until").getAsString()).endsWith("Z");
            assertThat(cooling.keySet())
                    .contains(
                            "provider",
                            "key",
                            "group",
                            "model",
                            "state",
                            "until",
                            "requestsToday",
                            "tokensInToday",
                            "tokensOutToday",
                            "failuresToday",
                            "lastError",
                            "medianLatencyMs");
            JsonObject answered = find(rows, "gsk_…e1f2", "llama-3.1-8b-instant");
            assertThat(answered.get("requestsToday").getAsInt()).isGreaterThanOrEqualTo(1);
            assertThat(answered.get("medianLatencyMs").isJsonNull()).isFalse();
            JsonObject leaked = find(rows, "AIza…09z8", "gemini-2.5-flash");
            assertThat(leaked.get("state").getAsString()).isEqualTo("disabled");
            assertThat(leaked.get("lastError").getAsString()).isEqualTo("key rejected, HTTP 403");
            assertThat(json).doesNotContain("leaked").doesNotContain("org_");
        } finally {
            root.detachAppender(logs);
        }
        logs.list.forEach(e -> outputs.add(e.getFormattedMessage()));
        for (String key : List.of(GROQ_1, GROQ_2, GEMINI)) {
            assertThat(outputs).noneMatch(text -> text.contains(key));
        }
    }

    private static JsonObject find(JsonArray rows, String key, String model) {
        for (JsonElement e : rows) {
            JsonObject o = e.getAsJsonObject();
            if (o.get("key").getAsString().equals(key)
                    && o.get("model").getAsString().equals(model)) {
                return o;
            }
        }
        throw new AssertionError("no row for " + key + " " + model + " in " + rows);
    }
}
