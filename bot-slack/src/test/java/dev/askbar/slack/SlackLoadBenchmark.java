package dev.askbar.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.askbar.core.config.Secret;
import dev.askbar.core.fixtures.BenchmarkLog;
import dev.askbar.core.fixtures.ConcurrentAsks;
import dev.askbar.core.fixtures.LoadShop;
import dev.askbar.core.platform.AnswerWorkers;
import dev.askbar.slack.fake.FakeSlack;
import dev.askbar.slack.fake.SignedSlackRequests;
import dev.askbar.testkit.TestKeys;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Many people asking at once through the real Slack adapter: signed {@code /ask} requests against the adapter's HTTP
 * endpoint, a fake Slack for the Web API, the production answer workers and pool sizes, a demo-like shop on a real
 * PostgreSQL, a fake model with a fixed time per call, logging to a file. Compared with one question alone: many at
 * once must not take much longer than one, and the table must come one model round trip after the question.
 */
@Timeout(300)
class SlackLoadBenchmark {
    private static final String SECRET = "load-signing-secret-0123456789ab";

    /** Issue 14's goal: 50 questions with a 0.5 s model, p99 within twice one question's time. Run by bench/run-all.sh. */
    @Test
    @Tag("benchmark")
    void fiftyQuestionsAtOnceAreAnsweredWithinTwiceTheTimeOfOne() throws Exception {
        run("slack-load.txt", 50, 500, 2.0, true);
    }

    /**
     * The same path in every build, smaller and faster: 10 questions with a 200 ms model. The bound of 3 x one question
     * leaves room for a noisy 2-core machine (the answers' own CPU work queues there), while a p99 three times worse, or
     * a table held back until the summary, fails.
     */
    @Test
    void tenQuestionsAtOnceAreAnsweredWithinThreeTimesTheTimeOfOne() throws Exception {
        run("slack-load-fast.txt", 10, 200, 3.0, false);
    }

    /** Runs one load through the adapter, writes its figures, then checks {@link ConcurrentAsks#assertGoals}. */
    private static void run(
            String file, int questions, long modelMillis, double allowedRatio, boolean withinTwoRoundTrips)
            throws Exception {
        ConcurrentAsks.Run run;
        long logLines;
        try (BenchmarkLog log = BenchmarkLog.toFile(file.replace(".txt", ".log"));
                LoadShop shop = LoadShop.start("slack_load", modelMillis);
                FakeSlack slack = FakeSlack.start();
                AnswerWorkers workers = AnswerWorkers.forAnswers("slack-answers", Duration.ofSeconds(30))) {
            SlackAdapter adapter = new SlackAdapter(
                    new SlackSettings(
                            new Secret(TestKeys.slackBot("load")),
                            Optional.of(new Secret(SECRET)),
                            Optional.empty(),
                            0,
                            slack.apiUrl(),
                            Set.of(),
                            SlackSettings.SLACK_CHANNEL_INTERVAL),
                    shop.context(workers));
            adapter.start();
            try {
                SignedSlackRequests requests = new SignedSlackRequests(
                        SECRET, URI.create("http://127.0.0.1:" + adapter.port().orElseThrow() + SlackAdapter.PATH));
                ConcurrentAsks asks = new ConcurrentAsks(new SlashCommands(slack, requests), Duration.ofSeconds(60));
                run = asks.measure(questions);
            } finally {
                adapter.close();
            }
            logLines = log.lines();
        }
        String title = String.format(
                java.util.Locale.ROOT,
                "Slack: %d concurrent /ask through the adapter (signed HTTP, fake Slack), the same SQL for all, "
                        + "fake model %d ms per call (2 calls per question), 64 answer workers, %d data connections, %d log lines to a file",
                questions,
                modelMillis,
                LoadShop.DATA_CONNECTIONS,
                logLines);
        ConcurrentAsks.write(file, ConcurrentAsks.report(title, run, modelMillis, allowedRatio));

        ConcurrentAsks.assertGoals(run, questions, modelMillis, allowedRatio, withinTwoRoundTrips, logLines);
    }

    /** {@code /ask} in a channel of its own per question; the answer replaces the progress message there. */
    private record SlashCommands(FakeSlack slack, SignedSlackRequests requests) implements ConcurrentAsks.Platform {
        @Override
        public void ask(int n, String question) {
            HttpResponse<String> ack =
                    requests.slashCommand("/ask", question, "ULOAD" + n, channel(n), slack.responseUrl("load" + n));
            assertThat(ack.statusCode()).as("Slack's acknowledgement").isEqualTo(200);
        }

        @Override
        public long tableReceived(int n, Duration wait) {
            return slack.await(
                            "chat.update",
                            c -> channel(n).equals(c.param("channel"))
                                    && c.attachments().contains("\"table\""),
                            wait)
                    .receivedNanos();
        }

        @Override
        public long finalReceived(int n, Duration wait) {
            return slack.await(
                            "chat.update",
                            c -> channel(n).equals(c.param("channel"))
                                    && c.blocks().contains(LoadShop.SUMMARY),
                            wait)
                    .receivedNanos();
        }

        private static String channel(int n) {
            return "CLOAD" + n;
        }
    }
}
