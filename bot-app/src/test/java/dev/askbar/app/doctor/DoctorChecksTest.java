package dev.askbar.app.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.askbar.app.doctor.Finding.Status;
import dev.askbar.core.config.AskBarConfig;
import dev.askbar.core.config.DatabaseTarget;
import dev.askbar.core.config.Secret;
import dev.askbar.testkit.TestKeys;
import dev.askbar.testkit.TestPostgres;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each doctor check against a real PostgreSQL and local fakes of Slack and Discord. */
class DoctorChecksTest {

    static Finding only(List<Finding> findings, String item) {
        return findings.stream()
                .filter(f -> f.item().equals(item))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no finding " + item + " in " + findings));
    }

    @Test
    void aKeyTheProviderRefusesIsNamedMaskedWithItsFix() throws Exception {
        LlmKeysCheck check = new LlmKeysCheck(
                true,
                Optional.of(() -> List.of(
                        new LlmKeysCheck.Verdict("groq", "gsk_…a1a1", Optional.empty()),
                        new LlmKeysCheck.Verdict(
                                "groq", "gsk_…dead", Optional.of("Groq refused this key (invalid or revoked).")),
                        new LlmKeysCheck.Verdict(
                                "gemini", "AIza…beef", Optional.of("Gemini refused this key (API key not valid).")))));

        List<Finding> findings = check.run();

        assertThat(only(findings, "groq key gsk_…a1a1").status()).isEqualTo(Status.OK);
        Finding refused = only(findings, "groq key gsk_…dead");
        assertThat(refused.status()).isEqualTo(Status.FAILED);
        assertThat(refused.detail()).isEqualTo("Groq refused this key (invalid or revoked).");
        assertThat(refused.fix()).contains("replace or remove this key in GROQ_API_KEYS, then run askbar doctor again");
        assertThat(only(findings, "gemini key AIza…beef").fix().orElseThrow()).contains("GEMINI_API_KEYS");
        assertThat(new DoctorReport(findings).ok()).isFalse();
    }

    @Test
    void keysThatCannotBeVerifiedAreSaidToBeOnlyConfigured() throws Exception {
        List<Finding> findings = Checklist.llmKeysPresent(
                        AskBarConfig.from(Map.of("GROQ_API_KEYS", TestKeys.groq("x", "1234"))))
                .run();
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.status()).isEqualTo(Status.OK);
            assertThat(f.detail()).contains("not verified");
        });
    }

    @Test
    void noKeyAtAllIsAFailure() throws Exception {
        List<Finding> findings = new LlmKeysCheck(false, Optional.empty()).run();
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.status()).isEqualTo(Status.FAILED);
            assertThat(f.fix().orElseThrow()).contains("GROQ_API_KEYS");
        });
    }

    @Test
    void aCheckThatThrowsIsOneFailedLineAndTheOthersStillRun() {
        DoctorReport report = new Doctor()
                .add("exploding", () -> {
                    throw new IllegalStateException("jdbc:postgresql://secret-host/db");
                })
                .add("fine", () -> List.of(Finding.ok("fine", "yes")))
                .run();
        assertThat(report.ok()).isFalse();
        assertThat(report.findings()).extracting(Finding::status).containsExactly(Status.FAILED, Status.OK);
        assertThat(report.toJson()).doesNotContain("secret-host").contains("IllegalStateException");
    }

    @Test
    void discordServersAreComparedWithTheConfiguredOnes() throws Exception {
        try (FakePlatformApi discord = FakePlatformApi.start()) {
            discord.on("GET /api/v10/users/@me", 200, "{\"id\":\"111111111111111111\",\"username\":\"AskBar\"}")
                    .on(
                            "GET /api/v10/users/@me/guilds",
                            200,
                            "[{\"id\":\"222222222222222222\",\"name\":\"Our company\"},{\"id\":\"333333333333333333\",\"name\":\"Somebody else\"}]");
            AskBarConfig.Chat chat = AskBarConfig.from(Map.of(
                            "DISCORD_TOKEN",
                            "discord-token-value.abc.def",
                            "ASKBAR_DISCORD_REST_URL",
                            discord.discordRestUrl()))
                    .chat();

            List<Finding> stranger = DiscordChecks.of(chat, Set.of("222222222222222222"), new PlatformHttp())
                    .run();
            assertThat(only(stranger, "Discord token").detail()).isEqualTo("valid: bot AskBar");
            assertThat(only(stranger, "Discord servers").status()).isEqualTo(Status.WARNING);
            assertThat(only(stranger, "Discord servers").detail()).contains("Somebody else (333333333333333333)");
            assertThat(only(stranger, "Discord servers").fix().orElseThrow()).contains("Public Bot");

            List<Finding> missing = DiscordChecks.of(chat, Set.of("444444444444444444"), new PlatformHttp())
                    .run();
            assertThat(only(missing, "Discord servers").status()).isEqualTo(Status.FAILED);
            assertThat(only(missing, "Discord servers").detail())
                    .isEqualTo("the bot is not in configured server 444444444444444444");

            List<Finding> exact = DiscordChecks.of(
                            chat, Set.of("222222222222222222", "333333333333333333"), new PlatformHttp())
                    .run();
            assertThat(only(exact, "Discord servers").status()).isEqualTo(Status.OK);

            assertThat(discord.calls).allMatch(call -> call.endsWith("Bot discord-token-value.abc.def"));
        }
    }

    @Test
    void aPortInUseIsNamedWithTheVariableToChange() throws Exception {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress("127.0.0.1", 0));
            Finding f = PortChecks.port("/health and /metrics", "ASKBAR_HTTP_PORT", "127.0.0.1", taken.getLocalPort())
                    .run()
                    .get(0);
            assertThat(f.status()).isEqualTo(Status.FAILED);
            assertThat(f.fix().orElseThrow()).contains("ASKBAR_HTTP_PORT");
        }
    }

    @Test
    void aStateRoleThatCannotWriteIsAFailureAndNothingIsLeftBehind() throws Exception {
        TestPostgres.TestDatabase db = TestPostgres.shared().createDatabase("doctor state");
        String writer = db.name() + "_w";
        String reader = db.name() + "_r";
        db.execute("CREATE ROLE " + writer + " LOGIN PASSWORD 'w'; CREATE SCHEMA askbar AUTHORIZATION " + writer + ";"
                + "CREATE ROLE " + reader + " LOGIN PASSWORD 'r'; ALTER ROLE " + reader
                + " SET default_transaction_read_only = on;"
                + "GRANT USAGE ON SCHEMA askbar TO " + reader + ";"
                + "CREATE TABLE askbar.audit_log (id bigserial, platform text, asker text, question text, outcome text);"
                + "ALTER TABLE askbar.audit_log OWNER TO " + writer + "; GRANT SELECT, INSERT ON askbar.audit_log TO "
                + reader + ";");

        Finding ok = DatabaseChecks.state(new DatabaseTarget(db.jdbcUrl(), writer, Optional.of(new Secret("w"))))
                .run()
                .get(0);
        Finding readOnly = DatabaseChecks.state(new DatabaseTarget(db.jdbcUrl(), reader, Optional.of(new Secret("r"))))
                .run()
                .get(0);

        assertThat(ok.status()).isEqualTo(Status.OK);
        assertThat(readOnly.status()).isEqualTo(Status.FAILED);
        assertThat(readOnly.fix().orElseThrow()).contains("ASKBAR_STATE_DATABASE_USER");
        assertThat(db.count("SELECT count(*) FROM askbar.audit_log")).isZero();
    }

    @Test
    void anUnreachableDatabaseIsSaidInWordsWithItsFix() throws Exception {
        List<Finding> findings = DatabaseChecks.data(
                        new DatabaseTarget("jdbc:postgresql://127.0.0.1:1/nowhere", "u", Optional.of(new Secret("pw"))),
                        List.of("public"))
                .run();
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.item()).isEqualTo("data database reachable");
            assertThat(f.status()).isEqualTo(Status.FAILED);
            assertThat(f.detail()).startsWith("the data database cannot be reached");
            assertThat(f.fix().orElseThrow()).contains("ASKBAR_DATABASE_URL");
        });
    }

    @Test
    void aMissingSigningSecretDoesNotHideTheRestOfTheConfiguration() {
        Map<String, String> env =
                new HashMap<>(Map.of("SLACK_BOT_TOKEN", TestKeys.slackBot("1234567890"), "ASKBAR_MAX_ROWS", "50"));
        Checklist.Reading reading = Checklist.read(env);
        assertThat(reading.signingSecretMissing()).isTrue();
        assertThat(reading.config().limits().maxRows()).isEqualTo(50);
    }

    @Test
    void whatAPlatformSaysIsPrintedAsOnePlainLine() {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        new DoctorReport(List.of(Finding.warning(
                        "Discord servers", "also in Evil\u001b[2J\u001b[H\nAll fine (1)", "turn off Public Bot")))
                .print(new java.io.PrintStream(bytes, true, java.nio.charset.StandardCharsets.UTF_8));
        String printed = bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(printed).doesNotContain("\u001b").contains("[warn]   Discord servers: also in Evil");
        assertThat(printed.lines().filter(l -> l.contains("All fine")))
                .singleElement()
                .asString()
                .startsWith("[warn]");
    }
}
