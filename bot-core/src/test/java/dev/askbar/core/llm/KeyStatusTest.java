package dev.askbar.core.llm;

import static dev.askbar.core.llm.Gateway.BIG_MODEL;
import static dev.askbar.core.llm.Gateway.SMALL_MODEL;
import static org.assertj.core.api.Assertions.assertThat;

import dev.askbar.testkit.GroqResponses;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Key status reaches every surface as data: one row per key and model, never the key itself. */
class KeyStatusTest {

    @Test
    void eachRowCarriesProviderMaskedKeyGroupModelStateReasonResetAndUsage() {
        try (Gateway g = Gateway.twoGroqOrganisations()) {
            g.groq.enqueue(GroqResponses.rateLimited(BIG_MODEL, "requests per day (RPD)", 1000, "2h", null));
            g.groq.otherwise("SELECT 1");
            g.ask();
            assertThat(g.router.status()).hasSize(4);
            KeyStatus cooling = g.status("groq", "a1b2", BIG_MODEL);
            assertThat(cooling.provider()).isEqualTo("groq");
            assertThat(cooling.key()).isEqualTo("gsk_…a1b2");
            assertThat(cooling.position()).isEqualTo(1);
            assertThat(cooling.group()).isEqualTo("acme");
            assertThat(cooling.state()).isEqualTo(KeyState.COOLING);
            assertThat(cooling.reason()).contains("rate limited per day");
            assertThat(cooling.until()).contains(Gateway.START.plus(Duration.ofHours(2)));
            assertThat(cooling.requestsToday()).isEqualTo(1);
            assertThat(cooling.failuresToday()).isEqualTo(1);
            assertThat(cooling.lastError()).contains("rate limited per day, HTTP 429");

            KeyStatus working = g.status("groq", "c3d4", BIG_MODEL);
            assertThat(working.state()).isEqualTo(KeyState.AVAILABLE);
            assertThat(working.successesToday()).isEqualTo(1);
            assertThat(working.tokensInToday()).isEqualTo(812);
            assertThat(working.medianLatency()).isPresent();
            assertThat(g.status("groq", "a1b2", SMALL_MODEL).state())
                    .as("limits are per model")
                    .isEqualTo(KeyState.AVAILABLE);
            assertThat(g.router.status().toString())
                    .doesNotContain(Gateway.GROQ_1)
                    .doesNotContain(Gateway.GROQ_2);
        }
    }
}
