package dev.askbar.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.askbar.app.database.DatabaseRoles;
import dev.askbar.app.doctor.FakePlatformApi;
import dev.askbar.testkit.FakeGroq;
import dev.askbar.testkit.TestKeys;
import dev.askbar.testkit.TestPostgres;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code askbar doctor} through the real entry point. */
class DoctorCommandTest {
    @RegisterExtension
    final FakeGroq groq = FakeGroq.start();

    static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Test
    void aFreshEmbeddedSetUpIsAllFine(@TempDir Path home) throws Exception {
        freshSetUpIsFine(
                home,
                Map.of(
                        "ASKBAR_HOME",
                        home.toString(),
                        "GROQ_API_KEYS",
                        TestKeys.groq("doctor", "d0c7"),
                        "ASKBAR_GROQ_BASE_URL",
                        groq.baseUrl()));
        assertThat(groq.modelListCalls())
                .as("keys are proven by listing models, twice (text and JSON)")
                .isEqualTo(2);
        assertThat(groq.callCount()).as("no completion quota spent").isZero();
    }

    private static void freshSetUpIsFine(Path home, Map<String, String> env) throws Exception {

        MainTest.Run run = MainTest.askbar(env, "", "doctor");

        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        assertThat(run.out())
                .contains("[ ok ]   data database reachable: logged in as askbar_reader")
                .contains("[ ok ]   data role read-only")
                .contains("[ ok ]   data role confined to ASKBAR_SCHEMAS")
                .contains("[ ok ]   state database writable")
                .contains("[ ok ]   groq key gsk_…d0c7: works")
                .contains("[skip]   Slack: SLACK_BOT_TOKEN is not set")
                .contains("[skip]   Discord: DISCORD_TOKEN is not set")
                .contains("Everything AskBar needs is fine.")
                .doesNotContain("[FAIL]")
                .doesNotContain("port");

        MainTest.Run json = MainTest.askbar(env, "", "doctor", "--json");
        assertThat(json.exit()).isZero();
        JsonObject report = JsonParser.parseString(json.out().strip()).getAsJsonObject();
        assertThat(report.get("ok").getAsBoolean()).isTrue();
        for (JsonElement check : report.getAsJsonArray("checks")) {
            assertThat(check.getAsJsonObject().get("status").getAsString()).isIn("ok", "skipped");
        }
    }

    @Test
    void aWritableDataRoleBadTokensAndAMissingSigningSecretAreEachNamedWithTheirFix() throws Exception {
        TestPostgres.TestDatabase db = TestPostgres.shared().createDatabase("doctor misconfigured");
        db.execute("CREATE TABLE public.products (id int PRIMARY KEY, name text)");
        try (Connection c = db.connect()) {
            DatabaseRoles.provision(c, db.name(), List.of("public"), "reader-pw", "app-pw");
        }
        String slackToken = TestKeys.slackBot("revokedtoken");
        String groqKey = TestKeys.groq("doctor", "0001");
        groq.rejectKey(groqKey);
        try (FakePlatformApi platforms = FakePlatformApi.start()) {
            platforms
                    .on("POST /api/auth.test", 200, "{\"ok\":false,\"error\":\"invalid_auth\"}")
                    .on("GET /api/v10/users/@me", 401, "{\"message\":\"401: Unauthorized\",\"code\":0}");
            Map<String, String> env = new HashMap<>();
            // the superuser as the data role: it can write, and read AskBar's own schema
            env.put("ASKBAR_DATABASE_URL", db.jdbcUrl());
            env.put("ASKBAR_DATABASE_USER", db.user());
            env.put("ASKBAR_DATABASE_PASSWORD", db.password());
            env.put("ASKBAR_STATE_DATABASE_USER", DatabaseRoles.APP);
            env.put("ASKBAR_STATE_DATABASE_PASSWORD", "app-pw");
            env.put("GROQ_API_KEYS", groqKey);
            env.put("ASKBAR_GROQ_BASE_URL", groq.baseUrl());
            env.put("SLACK_BOT_TOKEN", slackToken);
            env.put("ASKBAR_SLACK_API_URL", platforms.slackApiUrl());
            env.put("ASKBAR_SLACK_PORT", String.valueOf(freePort()));
            env.put("DISCORD_TOKEN", "discord-bad-token.xyz.abc");
            env.put("ASKBAR_DISCORD_REST_URL", platforms.discordRestUrl());
            env.put("ASKBAR_HTTP_PORT", String.valueOf(freePort()));

            MainTest.Run run = MainTest.askbar(env, "", "doctor");

            assertThat(run.exit()).isEqualTo(1);
            assertThat(run.out())
                    .contains("[ ok ]   data database reachable")
                    .contains("[FAIL]   data role read-only: the data role " + db.user() + " is a superuser")
                    .contains(
                            "fix: run askbar database reader-role --create to let AskBar create a read-only role askbar_reader")
                    .contains("[FAIL]   data role confined to ASKBAR_SCHEMAS")
                    .contains("[ ok ]   state database writable")
                    .contains("[FAIL]   Slack bot token: Slack refused SLACK_BOT_TOKEN (invalid_auth)")
                    .contains("[FAIL]   Slack signing secret: SLACK_SIGNING_SECRET is not set")
                    .contains(
                            "fix: copy the Signing Secret from your app's Basic Information page into SLACK_SIGNING_SECRET")
                    .contains("[FAIL]   Discord token: Discord refused DISCORD_TOKEN (HTTP 401)")
                    .contains("fix: reset the token on your application's Bot page")
                    .contains("[ ok ]   port ")
                    .contains("[FAIL]   groq key gsk_…0001")
                    .contains("fix: replace or remove this key in GROQ_API_KEYS, then run askbar doctor again")
                    .contains("6 problems to fix")
                    .doesNotContain(slackToken)
                    .doesNotContain("discord-bad-token")
                    .doesNotContain(groqKey);
            assertThat(platforms.calls).contains("POST /api/auth.test Bearer " + slackToken);
        }
    }

    @Test
    void dataOutsideAskbarSchemasIsNamedWithTheSettingThatReachesIt() throws Exception {
        TestPostgres.TestDatabase db = TestPostgres.shared().createDatabase("doctor elsewhere");
        db.execute("CREATE SCHEMA sales; CREATE TABLE sales.orders (id int PRIMARY KEY, total numeric);"
                + " CREATE TABLE sales.customers (id int PRIMARY KEY, name text)");
        try (Connection c = db.connect()) {
            DatabaseRoles.provision(c, db.name(), List.of("sales"), "reader-pw", "app-pw");
        }
        Map<String, String> env = new HashMap<>();
        env.put("ASKBAR_DATABASE_URL", db.jdbcUrl());
        env.put("ASKBAR_DATABASE_USER", DatabaseRoles.READER);
        env.put("ASKBAR_DATABASE_PASSWORD", "reader-pw");
        env.put("ASKBAR_STATE_DATABASE_USER", DatabaseRoles.APP);
        env.put("ASKBAR_STATE_DATABASE_PASSWORD", "app-pw");
        env.put("GROQ_API_KEYS", TestKeys.groq("doctor", "5a1e"));
        env.put("ASKBAR_GROQ_BASE_URL", groq.baseUrl());
        // ASKBAR_SCHEMAS left at its default, public, which holds nothing

        MainTest.Run doctor = MainTest.askbar(env, "", "doctor");
        assertThat(doctor.exit()).isEqualTo(1);
        assertThat(doctor.out())
                .contains("[FAIL]   tables to answer from: no table in public; the data role reads tables in sales")
                .contains("fix: set ASKBAR_SCHEMAS=sales");

        int before = groq.callCount();
        MainTest.Run ask = MainTest.askbar(env, "", "ask", "how many orders are there?");
        assertThat(ask.exit()).isNotZero();
        assertThat(ask.out() + ask.err())
                .contains(
                        "I can read no tables in public; the data is in sales, so set ASKBAR_SCHEMAS=sales and ask again.");
        assertThat(groq.callCount())
                .as("no model call for a prompt without tables")
                .isEqualTo(before);

        env.put("ASKBAR_SCHEMAS", "sales");
        assertThat(MainTest.askbar(env, "", "doctor").out())
                .contains("[ ok ]   tables to answer from: 2 tables and views in sales");
    }

    @Test
    void aBrokenSettingIsOneLine() {
        MainTest.Run run = MainTest.askbar(Map.of("ASKBAR_SCHEMAS", "public,askbar"), "", "doctor");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().strip())
                .isEqualTo(
                        "askbar: ASKBAR_SCHEMAS must not include askbar, AskBar's own schema (it holds every user's questions)");
    }
}
