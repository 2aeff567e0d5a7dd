package dev.askbar.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.askbar.core.platform.Sentences;
import dev.askbar.slack.fake.FakeSlack;
import dev.askbar.slack.fake.SlackCall;
import dev.askbar.testkit.ChatCall;
import dev.askbar.testkit.GroqResponses;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The table first: with a slow summary, the rows replace the progress at once and the summary is edited in later. */
class SlackProgressiveAnswerTest {
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final String SUMMARY = "Shipped orders lead, a slow summary.";
    private static final CountDownLatch summaryMayArrive = new CountDownLatch(1);
    private static SlackTestbed bed;

    @BeforeAll
    static void start() throws Exception {
        bed = new SlackTestbed("slack_progressive", Duration.ZERO, 4);
        bed.sqlFor(
                "orders per status slowly",
                "SELECT status, count(*) AS orders FROM public.orders GROUP BY status ORDER BY status");
        // the summary waits until the test has seen the table: the model is as slow as the test needs
        bed.summaryFor("orders per status slowly", call -> {
            try {
                summaryMayArrive.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return GroqResponses.completion(call.model(), SUMMARY);
        });
    }

    @AfterAll
    static void stop() {
        summaryMayArrive.countDown();
        bed.close();
    }

    /** The rows are shown before the summary is even asked for; wait until the model has the request. */
    private static void awaitSummaryRequested() {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (bed.groq.calls().stream()
                .noneMatch(c -> c.task() == ChatCall.Task.SUMMARY && c.user().contains("orders per status slowly"))) {
            assertThat(System.nanoTime()).as("the summary was asked for").isLessThan(deadline);
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }
    }

    @Test
    void theTableReplacesTheProgressBeforeTheSummaryArrivesAndTheSummaryIsEditedIn() {
        bed.requests.slashCommand("/ask", "orders per status slowly", "U40", "C_SLOW", bed.slack.responseUrl("slow"));
        String ts = bed.slack
                .await("chat.postMessage", c -> "C_SLOW".equals(c.param("channel")), WAIT)
                .ts();

        SlackCall rows = bed.slack.await(
                "chat.update", c -> ts.equals(c.param("ts")) && c.attachments().contains("\"table\""), WAIT);
        assertThat(summaryMayArrive.getCount())
                .as("the summary was still held back")
                .isEqualTo(1);
        awaitSummaryRequested();
        assertThat(rows.attachments()).contains("shipped");
        assertThat(rows.blocks())
                .contains(Sentences.WRITING_SUMMARY)
                .contains(BlockKitAnswer.SHOW_SQL)
                .doesNotContain(SUMMARY)
                .doesNotContain(BlockKitAnswer.THUMBS_UP)
                .doesNotContain("hourglass");
        FakeSlack.PostedMessage standing = bed.slack.message(ts).orElseThrow();
        assertThat(standing.progress()).isFalse();
        SlackCall chart = bed.slack.await(
                "files.completeUploadExternal",
                c -> c.param("files").contains("Chart: orders per status slowly"),
                WAIT);
        assertThat(chart.param("thread_ts")).isEqualTo(ts);

        summaryMayArrive.countDown();

        SlackCall summarised = bed.slack.await(
                "chat.update", c -> ts.equals(c.param("ts")) && c.blocks().contains(SUMMARY), WAIT);
        assertThat(summarised.receivedNanos()).isGreaterThan(rows.receivedNanos());
        assertThat(summarised.blocks())
                .doesNotContain(Sentences.WRITING_SUMMARY)
                .contains(BlockKitAnswer.THUMBS_UP);
        assertThat(summarised.attachments()).contains("\"table\"").contains("shipped");
        assertThat(bed.slack.message(ts).orElseThrow().content()).contains(SUMMARY);
        // the chart went up once, with the rows, not again with the summary
        List<SlackCall> charts = bed.slack.calls("files.completeUploadExternal").stream()
                .filter(c -> c.param("files").contains("Chart: orders per status slowly"))
                .toList();
        assertThat(charts).hasSize(1);
    }
}
