package dev.askbar.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.askbar.app.database.DatabaseRoles;
import dev.askbar.testkit.ChatCall;
import dev.askbar.testkit.FakeGroq;
import dev.askbar.testkit.TestKeys;
import dev.askbar.testkit.TestPostgres;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real {@code askbar} entry point against a real PostgreSQL and a fake Groq. */
class MainTest {
    static final String KEY = TestKeys.groq("e2e", "c3d4");
    static TestPostgres.TestDatabase db;
    static FakeGroq groq;

    @BeforeAll
    static void setUp() throws Exception {
        db = TestPostgres.shared().createDatabase("cli");
        db.execute("""
                CREATE TABLE public.products (id int PRIMARY KEY, name text NOT NULL, price numeric(10,2) NOT NULL);
                INSERT INTO public.products VALUES (1, 'Kaffeebecher', 12.50), (2, 'Teekanne 茶', 34.00), (3, 'Löffel', 3.20);
                """);
        try (Connection c = db.connect()) {
            DatabaseRoles.provision(c, db.name(), List.of("public"), "reader-pw", "app-pw");
        }
        groq = FakeGroq.start();
        groq.when(call -> call.task() == ChatCall.Task.SQL && call.user().contains("most expensive products"))
                .reply("```sql\nSELECT name, price FROM public.products ORDER BY price DESC\n```");
        groq.when(call -> call.task() == ChatCall.Task.SQL && call.user().contains("how many products"))
                .reply("SELECT count(*) AS products FROM public.products;");
        groq.when(call -> call.task() == ChatCall.Task.SQL && call.user().contains("broken"))
                .reply("SELECT missing_column FROM public.products");
        groq.when(call -> call.task() == ChatCall.Task.SUMMARY && call.user().contains("most expensive"))
                .reply("The Teekanne is the most expensive product at 34.00.");
        groq.when(call -> call.task() == ChatCall.Task.SUMMARY).reply("There are 3 products.");
    }

    @AfterAll
    static void tearDown() {
        groq.close();
    }

    static Map<String, String> env() {
        Map<String, String> env = new HashMap<>();
        env.put("ASKBAR_DATABASE_URL", db.jdbcUrl());
        env.put("ASKBAR_DATABASE_USER", DatabaseRoles.READER);
        env.put("ASKBAR_DATABASE_PASSWORD", "reader-pw");
        env.put("ASKBAR_STATE_DATABASE_USER", DatabaseRoles.APP);
        env.put("ASKBAR_STATE_DATABASE_PASSWORD", "app-pw");
        env.put("GROQ_API_KEYS", KEY);
        env.put("ASKBAR_GROQ_BASE_URL", groq.baseUrl());
        return env;
    }

    record Run(int exit, String out, String err) {}

    static Run askbar(Map<String, String> env, String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(
                args,
                env,
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                false);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void asksOneQuestionAndPrintsSummaryTableSqlAndFooter() {
        Run run = askbar(env(), "", "ask", "which", "are", "the", "most expensive products?");
        assertThat(run.exit()).isZero();
        assertThat(run.out())
                .contains("The Teekanne is the most expensive product at 34.00.")
                .contains("Teekanne 茶")
                .contains("Kaffeebecher")
                .contains("Löffel")
                .contains("SELECT name, price FROM public.products ORDER BY price DESC")
                .contains("groq · llama-3.3-70b-versatile · 3 rows");
        assertThat(run.out().indexOf("Teekanne 茶")).isLessThan(run.out().indexOf("Kaffeebecher"));
        assertThat(run.out()).contains("(this answer has a chart: askbar ask --out DIR");
        assertThat(run.out() + run.err()).doesNotContain(KEY);
    }

    @Test
    void outSavesTheChartBesideTheAnswer(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        Run run = askbar(env(), "", "ask", "--out", dir.toString(), "the most expensive products");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("saved " + dir.resolve("chart.png")).doesNotContain("this answer has");
        assertThat(javax.imageio.ImageIO.read(dir.resolve("chart.png").toFile()).getWidth())
                .isEqualTo(800);
    }

    @Test
    void jsonOutputHasEveryDocumentedField() {
        Run run = askbar(env(), "", "ask", "--json", "how many products are there?");
        assertThat(run.exit()).isZero();
        JsonObject o = JsonParser.parseString(run.out().strip()).getAsJsonObject();
        assertThat(o.keySet())
                .contains(
                        "question",
                        "sql",
                        "columns",
                        "rows",
                        "rowCount",
                        "truncated",
                        "summary",
                        "provider",
                        "model",
                        "key",
                        "timingsMs",
                        "error");
        assertThat(o.get("rows").getAsJsonArray().get(0).getAsJsonArray().get(0).getAsLong())
                .isEqualTo(3);
        assertThat(o.get("key").getAsString()).isEqualTo("gsk_…c3d4");
        assertThat(o.get("error").isJsonNull()).isTrue();
        assertThat(o.getAsJsonObject("timingsMs").keySet()).containsExactlyInAnyOrder("sql", "db", "summary", "total");
    }

    @Test
    void aFailedAnswerInJsonCarriesTheErrorAndTheSqlTried() {
        Run run = askbar(env(), "", "ask", "--json", "broken question");
        assertThat(run.exit()).isEqualTo(1);
        JsonObject o = JsonParser.parseString(run.out().strip()).getAsJsonObject();
        assertThat(o.getAsJsonObject("error").get("code").getAsString()).isEqualTo("SQL_FAILED");
        assertThat(o.getAsJsonObject("error").get("message").getAsString()).contains("missing_column");
        assertThat(o.get("sql").getAsString()).isEqualTo("SELECT missing_column FROM public.products");
        assertThat(o.get("rowCount").getAsInt()).isZero();
    }

    @Test
    void jsonDashAnswersOneQuestionPerLineOfStandardInput() {
        Run run = askbar(env(), "how many products?\n\nmost expensive products\n", "ask", "--json", "-");
        assertThat(run.exit()).isZero();
        List<String> lines = run.out().strip().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(JsonParser.parseString(lines.get(1))
                        .getAsJsonObject()
                        .get("rowCount")
                        .getAsInt())
                .isEqualTo(3);
    }

    @Test
    void aDatabaseErrorIsOneSentenceAndANonZeroExit() {
        Run run = askbar(env(), "", "ask", "broken question");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err().strip())
                .startsWith("askbar: The database rejected the query")
                .doesNotContain("\n")
                .doesNotContain("Exception");
    }

    @Test
    void anEmptyQuestionIsRefused() {
        Run run = askbar(env(), "", "ask", "  ");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("Your question is empty");
    }

    @Test
    void aTooLongQuestionIsRefused() {
        Run run = askbar(env(), "", "ask", "x".repeat(1200));
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("1200 characters").contains("under 1000");
    }

    @Test
    void withoutAnyKeyItSaysWhichVariablesToSet() {
        Map<String, String> env = env();
        env.remove("GROQ_API_KEYS");
        env.remove("ASKBAR_GROQ_BASE_URL");
        Run run = askbar(env, "", "ask", "how many products?");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().strip())
                .contains("GROQ_API_KEYS")
                .contains("GEMINI_API_KEYS")
                .doesNotContain("\n");
    }

    @Test
    void aBadSettingStopsTheStartWithOneLineNamingIt() {
        Map<String, String> env = env();
        env.put("ASKBAR_MAX_ROWS", "lots");
        Run run = askbar(env, "", "ask", "how many products?");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("askbar: ASKBAR_MAX_ROWS expects a whole number from 1 to 1000000");
    }

    @Test
    void anUnreachableDatabaseIsOneSentenceNamingTheSetting() {
        Map<String, String> env = env();
        env.put("ASKBAR_DATABASE_URL", "jdbc:postgresql://127.0.0.1:1/nowhere");
        env.remove("ASKBAR_STATE_DATABASE_USER");
        Run run = askbar(env, "", "ask", "how many products?");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().strip())
                .startsWith("askbar: Cannot reach the database at jdbc:postgresql://127.0.0.1:1/nowhere")
                .endsWith("check ASKBAR_DATABASE_URL and that the server is running.")
                .doesNotContain("\n")
                .doesNotContain("reader-pw");
    }

    @Test
    void runWithoutAnyChatPlatformSaysWhatToSet() {
        Map<String, String> env = env();
        env.put("ASKBAR_HTTP_PORT", "0");
        Run run = askbar(env, "", "run");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().strip())
                .startsWith("askbar: no chat platform is configured; set DISCORD_TOKEN")
                .doesNotContain("\n");
    }

    @Test
    void aChatAdapterThatCannotStartEndsTheServiceInOneSentence() {
        Map<String, String> env = env();
        env.put("ASKBAR_HTTP_PORT", "0");
        env.put("SLACK_BOT_TOKEN", TestKeys.slackBot("unreachable"));
        env.put("SLACK_SIGNING_SECRET", "signing-secret");
        env.put("ASKBAR_SLACK_API_URL", "http://127.0.0.1:1/api/");
        env.put("ASKBAR_SLACK_PORT", "3998");
        Run run = askbar(env, "", "run");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().strip())
                .startsWith("askbar: The slack adapter could not start (")
                .endsWith("check its tokens and API address in the configuration.")
                .doesNotContain("\n");
    }

    @Test
    void aDataRoleThatCouldWriteIsRefusedWhenReadOnlyIsRequired() {
        Map<String, String> env = env();
        env.put("ASKBAR_DATABASE_USER", db.user());
        env.put("ASKBAR_DATABASE_PASSWORD", db.password());
        env.put("ASKBAR_REQUIRE_READ_ONLY_ROLE", "true");
        Run run = askbar(env, "", "ask", "how many products?");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().strip())
                .startsWith("askbar: Refusing to start: the data role " + db.user() + " is a superuser")
                .contains("ASKBAR_REQUIRE_READ_ONLY_ROLE")
                .doesNotContain("\n");
    }

    @Test
    void theConsoleAnswersLinesUntilQuit() {
        Run run = askbar(env(), "how many products?\nquit\nmost expensive products\n", "console");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("There are 3 products.").doesNotContain("Teekanne");
    }

    @Test
    void keysAreShownMaskedOnly() {
        Run run = askbar(env(), "", "keys");
        assertThat(run.out()).contains("gsk_…c3d4").doesNotContain(KEY);
    }

    @Test
    void everyQuestionLandsInTheAuditLog() throws Exception {
        askbar(env(), "", "ask", "how many products?");
        askbar(env(), "", "ask", "");
        try (Connection c = db.connect();
                var rs = c.createStatement()
                        .executeQuery(
                                "SELECT count(*) FILTER (WHERE outcome = 'answered'), count(*) FILTER (WHERE error_code = 'EMPTY_QUESTION') FROM askbar.audit_log")) {
            rs.next();
            assertThat(rs.getInt(1)).isGreaterThanOrEqualTo(1);
            assertThat(rs.getInt(2)).isGreaterThanOrEqualTo(1);
        }
    }
}
