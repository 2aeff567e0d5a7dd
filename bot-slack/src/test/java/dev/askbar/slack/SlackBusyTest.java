package dev.askbar.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.askbar.core.platform.Sentences;
import dev.askbar.slack.fake.SignedSlackRequests;
import dev.askbar.slack.fake.SlackCall;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** When every worker is busy and the queue is full, the asker hears so at once, and nothing is posted on Slack's request thread. */
class SlackBusyTest {
    private static final Duration WAIT = Duration.ofSeconds(20);

    @Test
    void aQuestionBeyondTheQueueIsToldAtOnceThatAskBarIsBusy() throws Exception {
        try (SlackTestbed bed = new SlackTestbed("slack_busy", Duration.ZERO, 1, 1)) {
            bed.sqlFor("how many orders", "SELECT count(*) AS orders FROM public.orders");
            bed.groq.latency(800);

            bed.requests.slashCommand("/ask", "how many orders", "U70", "C_BUSY1", bed.slack.responseUrl("busy1"));
            awaitModelCalled(bed);
            bed.requests.slashCommand("/ask", "how many orders", "U71", "C_BUSY2", bed.slack.responseUrl("busy2"));
            HttpResponse<String> third = bed.requests.slashCommand(
                    "/ask", "how many orders", "U72", "C_BUSY3", bed.slack.responseUrl("busy3"));
            HttpResponse<String> mention = bed.requests.event(
                    SignedSlackRequests.mentionEvent(
                            "Ev0BUSY1", "U73", "C_BUSY4", "<@UASKBAR01> how many orders", "1767227000.000100", null),
                    Map.of());

            assertThat(third.statusCode()).isEqualTo(200);
            assertThat(third.body()).contains(Sentences.BUSY);
            assertThat(mention.statusCode()).isEqualTo(200);
            SlackCall busy = bed.slack.await("chat.postMessage", c -> "C_BUSY4".equals(c.param("channel")), WAIT);
            assertThat(busy.content()).contains(Sentences.BUSY);
            assertThat(busy.param("thread_ts")).isEqualTo("1767227000.000100");
            // the queued question is answered in its turn; the refused one left nothing behind
            SlackCall queued = bed.slack.await("chat.postMessage", c -> "C_BUSY2".equals(c.param("channel")), WAIT);
            bed.slack.await(
                    "chat.update",
                    c -> queued.ts().equals(c.param("ts")) && c.blocks().contains("Here is what I found."),
                    WAIT);
            assertThat(bed.slack.calls()).noneMatch(c -> "C_BUSY3".equals(c.param("channel")));
        }
    }

    private static void awaitModelCalled(SlackTestbed bed) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (bed.groq.callCount() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(bed.groq.callCount()).isPositive();
    }
}
