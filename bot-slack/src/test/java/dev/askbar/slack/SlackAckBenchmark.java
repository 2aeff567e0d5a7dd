package dev.askbar.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.askbar.slack.fake.SlackCall;
import dev.askbar.testkit.ChatCall;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Concurrent signed {@code /ask} commands against the real adapter while the fake model takes 500 ms per call:
 * how fast Slack gets its acknowledgement (Slack gives up after 3 s; p99 must stay under a third of that, leaving the
 * rest for the network between Slack and AskBar, however busy the workers are), and how long until the answer
 * replaces the progress message. Run with bench/run-all.sh; figures in docs/benchmarks.md.
 */
@Tag("benchmark")
class SlackAckBenchmark {
    private static final long LLM_LATENCY_MS = 500;
    /** As many as the launcher gives Slack's answers (AnswerWorkers.forAnswers). */
    private static final int WORKERS = 64;
    /** Slack's own deadline for the acknowledgement is 3 s. */
    private static final double ACK_P99_LIMIT_MS = 1000;

    private static final String SQL =
            "SELECT status, count(*) AS orders FROM public.orders GROUP BY status ORDER BY status";

    @Test
    void concurrentAsksAreAcknowledgedAtOnce() throws Exception {
        StringBuilder report = new StringBuilder();
        report.append(String.format(
                Locale.ROOT,
                "fake LLM %d ms per call (2 calls per question), %d answer workers, Slack pacing 1 message/s per channel;"
                        + " goal: every ask answered, ack p99 < %.0f ms (Slack's limit: 3 s)%n",
                LLM_LATENCY_MS,
                WORKERS,
                ACK_P99_LIMIT_MS));
        List<long[]> acks = new ArrayList<>();
        try (SlackTestbed bed = new SlackTestbed("slack_bench", SlackSettings.SLACK_CHANNEL_INTERVAL, WORKERS)) {
            bed.groq.when(call -> call.task() == ChatCall.Task.SQL).reply("```sql\n" + SQL + "\n```");
            bed.groq.latency(LLM_LATENCY_MS);
            run(bed, "warm-up", 4, true, new ArrayList<>());
            report.append(run(bed, "40 asks, 40 channels", 40, true, acks));
            report.append(run(bed, "10 asks, 1 channel", 10, false, acks));
        }
        System.out.print(report);
        Path out = Path.of("target", "benchmarks", "slack-ack.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report.toString());
        for (long[] ack : acks) {
            assertThat(ms(percentile(ack, 99))).as("acknowledgement p99, ms").isLessThan(ACK_P99_LIMIT_MS);
        }
    }

    /** One burst; its acknowledgement times go to {@code ackTimes}. Every ask must be answered, or this throws. */
    private static StringBuilder run(
            SlackTestbed bed, String label, int asks, boolean ownChannels, List<long[]> ackTimes) throws Exception {
        StringBuilder sb = new StringBuilder();
        String run = label.replaceAll("[^a-z0-9]", "");
        ExecutorService senders = Executors.newFixedThreadPool(asks);
        CountDownLatch ready = new CountDownLatch(asks);
        CountDownLatch go = new CountDownLatch(1);
        long[] sent = new long[asks];
        long[] ack = new long[asks];
        List<Future<HttpResponse<String>>> acks = new ArrayList<>();
        for (int i = 0; i < asks; i++) {
            int n = i;
            acks.add(senders.submit(() -> {
                ready.countDown();
                go.await();
                sent[n] = System.nanoTime();
                HttpResponse<String> r = bed.requests.slashCommand(
                        "/ask",
                        "orders per status, run " + run + " #" + n,
                        "U" + run + n,
                        channel(run, ownChannels ? n : 0),
                        bed.slack.responseUrl(run + n));
                ack[n] = System.nanoTime() - sent[n];
                return r;
            }));
        }
        ready.await();
        go.countDown();
        for (Future<HttpResponse<String>> f : acks) {
            assertThat(f.get().statusCode()).isEqualTo(200);
        }
        senders.shutdown();
        ackTimes.add(ack);
        long[] answered = new long[asks];
        Duration wait = Duration.ofSeconds(30 + asks * 2L);
        for (int i = 0; i < asks; i++) {
            String question = "run " + run + " #" + i + "*";
            SlackCall working =
                    bed.slack.await("chat.postMessage", c -> c.content().contains(question), wait);
            SlackCall answer = bed.slack.await(
                    "chat.update",
                    c -> working.ts().equals(c.param("ts")) && c.blocks().contains(BlockKitAnswer.SHOW_SQL),
                    wait);
            answered[i] = answer.receivedNanos() - sent[i];
        }
        return sb.append(String.format(
                Locale.ROOT,
                "%s: ack median %.1f ms, p99 %.1f ms, max %.1f ms; final answer median %.2f s, p99 %.2f s%n",
                label,
                ms(percentile(ack, 50)),
                ms(percentile(ack, 99)),
                ms(percentile(ack, 100)),
                ms(percentile(answered, 50)) / 1000,
                ms(percentile(answered, 99)) / 1000));
    }

    private static String channel(String run, int n) {
        return "C" + run.toUpperCase(Locale.ROOT) + n;
    }

    private static long percentile(long[] values, int p) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }
}
