package dev.askbar.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.askbar.app.database.EmbeddedDatabase;
import dev.askbar.app.ops.HealthCheck;
import dev.askbar.core.config.AskBarConfig;
import dev.askbar.core.engine.Answer;
import dev.askbar.core.engine.AnswerError;
import dev.askbar.core.engine.ProgressListener;
import dev.askbar.core.engine.Question;
import dev.askbar.testkit.ChatCall;
import dev.askbar.testkit.FakeGroq;
import dev.askbar.testkit.GroqResponses;
import dev.askbar.testkit.TestKeys;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bad day, compressed: the provider fails 30% of calls, a key is revoked mid-run and the database restarts
 * mid-run. Afterwards every question is in the audit log, every asker got an answer or one clear sentence,
 * and health has recovered.
 */
class FaultDrillTest {
    static final String KEY_A = TestKeys.groq("drillA", "aaaa");
    static final String KEY_B = TestKeys.groq("drillB", "bbbb");
    static final String KEY_C = TestKeys.groq("drillC", "cccc");
    static final int QUESTIONS = 30;

    @RegisterExtension
    final FakeGroq groq = FakeGroq.start();

    @Test
    void databaseRestartFlakyProviderAndRevokedKeyLoseNothing(@TempDir Path home) throws Exception {
        AtomicInteger calls = new AtomicInteger();
        AtomicBoolean revoked = new AtomicBoolean();
        groq.when(c -> true).respond(call -> respond(call, calls.incrementAndGet(), revoked.get()));
        Map<String, String> env = Map.of(
                "ASKBAR_HOME",
                home.toString(),
                "ASKBAR_EMBEDDED_PORT",
                String.valueOf(freePort()),
                "GROQ_API_KEYS",
                "a:" + KEY_A + ",b:" + KEY_B + ",c:" + KEY_C,
                "ASKBAR_GROQ_BASE_URL",
                groq.baseUrl(),
                "ASKBAR_QUESTIONS_PER_MINUTE",
                "1000",
                "ASKBAR_CACHE_TTL_MINUTES",
                "0");
        List<Answer> answers = new ArrayList<>();
        List<String> healthWhileDown = List.of();
        try (AskBarRuntime runtime = AskBarRuntime.start(AskBarConfig.from(env))) {
            HealthCheck health =
                    new HealthCheck().add("database", runtime::databaseProblem).add("llm", runtime::llmProblem);
            EmbeddedDatabase db = runtime.embedded().orElseThrow();
            for (int i = 0; i < QUESTIONS; i++) {
                if (i == 10) {
                    revoked.set(true);
                }
                if (i == 18) {
                    db.stop();
                    healthWhileDown = health.problems();
                }
                if (i == 20) {
                    db.startAgain();
                }
                answers.add(runtime.engine()
                        .answer(
                                new Question("orders per channel? #" + i, "asker" + (i % 5), "drill", Optional.empty()),
                                ProgressListener.NONE));
            }
            assertThat(healthWhileDown).anyMatch(p -> p.startsWith("database:"));
            assertThat(health.problems()).isEmpty();
            assertThat(runtime.audit().flush()).isZero();

            try (Connection c = db.connectAsSuperuser("askbar");
                    ResultSet rs = c.createStatement()
                            .executeQuery("SELECT count(*) FROM askbar.audit_log WHERE platform = 'drill'")) {
                rs.next();
                assertThat(rs.getInt(1))
                        .as("every question is in the audit log")
                        .isEqualTo(QUESTIONS);
            }
        }
        for (Answer a : answers) {
            if (!a.ok()) {
                String message = a.error().get().message();
                assertThat(message)
                        .doesNotContain("\n")
                        .doesNotContain("Exception")
                        .doesNotContain(KEY_A)
                        .endsWith(".");
            }
        }
        assertThat(answers.subList(0, 18)).allMatch(Answer::ok);
        assertThat(answers.subList(18, 20))
                .allMatch(a -> a.error().map(AnswerError::code).orElse(null) == AnswerError.Code.DATABASE_UNAVAILABLE);
        // the pool may still be reconnecting for the first question after the restart; after that, all is well
        assertThat(answers.subList(20, 22))
                .allMatch(a -> a.ok() || a.error().get().code() == AnswerError.Code.DATABASE_UNAVAILABLE);
        assertThat(answers.subList(22, QUESTIONS)).allMatch(Answer::ok);
        assertThat(answers).noneMatch(a -> a.keyMasked().orElse("").equals("gsk_…aaaa") && answers.indexOf(a) > 10);
    }

    /** Every third call of ten fails with a 500; key A is refused once revoked. */
    private static MockResponse respond(ChatCall call, int n, boolean revoked) {
        if (revoked && KEY_A.equals(call.key())) {
            return GroqResponses.invalidKey();
        }
        if (n % 10 == 3 || n % 10 == 6 || n % 10 == 9) {
            return GroqResponses.internalError();
        }
        String reply = call.task() == ChatCall.Task.SQL
                ? "```sql\nSELECT channel, count(*) AS orders FROM public.orders GROUP BY channel\n```"
                : "Most orders came through the web shop.";
        return GroqResponses.completion(call.model(), reply);
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
