package dev.askbar.core.llm;

import static dev.askbar.core.llm.Gateway.BIG_MODEL;
import static dev.askbar.core.llm.Gateway.GROQ_1;
import static dev.askbar.core.llm.Gateway.GROQ_2;
import static org.assertj.core.api.Assertions.assertThat;

import dev.askbar.testkit.GroqResponses;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A group back from a long cooldown gets one request first; the rest of the traffic waits for its verdict. */
class HalfOpenTrialTest {

    @Test
    void keyBackFromALongCooldownIsTriedOnceBeforeItTakesTraffic() throws Exception {
        try (Gateway g = Gateway.twoGroqOrganisations()) {
            CountDownLatch trialArrived = new CountDownLatch(1);
            CountDownLatch releaseTrial = new CountDownLatch(1);
            g.groq.enqueue(GroqResponses.rateLimited(BIG_MODEL, "requests per day (RPD)", 1000, "10m", null));
            g.ask();
            g.clock.advance(Duration.ofMinutes(11));
            g.groq.when(c -> c.key().equals(GROQ_1)).respond(c -> {
                trialArrived.countDown();
                try {
                    releaseTrial.await(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return GroqResponses.completion(c.model(), "SELECT 'trial'");
            });
            assertThat(g.status("groq", "a1b2", BIG_MODEL).state()).isEqualTo(KeyState.PROBING);
            CompletableFuture<LlmReply> trial = CompletableFuture.supplyAsync(g::ask);
            assertThat(trialArrived.await(5, TimeUnit.SECONDS)).isTrue();

            // while the trial is out, other requests go to the other organisation
            LlmReply meanwhile = g.ask();
            assertThat(meanwhile.keyMasked()).isEqualTo("gsk_…c3d4");
            releaseTrial.countDown();
            assertThat(trial.get(5, TimeUnit.SECONDS).text()).isEqualTo("SELECT 'trial'");

            assertThat(g.ask().keyMasked()).isEqualTo("gsk_…a1b2");
            assertThat(g.status("groq", "a1b2", BIG_MODEL).state()).isEqualTo(KeyState.AVAILABLE);
            assertThat(g.groq.calls()).filteredOn(c -> c.key().equals(GROQ_2)).hasSize(2);
        }
    }

    @Test
    void aShortCooldownNeedsNoTrial() {
        try (Gateway g = Gateway.twoGroqOrganisations()) {
            g.groq.enqueue(GroqResponses.rateLimited(BIG_MODEL, "requests per minute (RPM)", 30, "2s", 2));
            g.ask();
            g.clock.advance(Duration.ofSeconds(3));
            assertThat(g.status("groq", "a1b2", BIG_MODEL).state()).isEqualTo(KeyState.AVAILABLE);
        }
    }
}
