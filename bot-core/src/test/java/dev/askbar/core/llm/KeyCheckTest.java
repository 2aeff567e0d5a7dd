package dev.askbar.core.llm;

import static dev.askbar.core.llm.Gateway.GEMINI_1;
import static dev.askbar.core.llm.Gateway.GEMINI_2;
import static dev.askbar.core.llm.Gateway.GROQ_1;
import static dev.askbar.core.llm.Gateway.GROQ_2;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code askbar doctor}'s key check: every key, one sentence per problem, no completion spent. */
class KeyCheckTest {

    @Test
    void everyKeyIsCheckedWithoutSpendingCompletionQuota() {
        try (Gateway g = new Gateway(
                Map.of("GROQ_API_KEYS", GROQ_1 + "," + GROQ_2, "GEMINI_API_KEYS", GEMINI_1 + "," + GEMINI_2))) {
            g.groq.rejectKey(GROQ_2);
            g.gemini.rejectKey(GEMINI_1);
            List<KeyCheck> checks = g.router.checkKeys();
            assertThat(checks)
                    .containsExactly(
                            new KeyCheck("groq", "gsk_…a1b2", true, java.util.Optional.empty()),
                            new KeyCheck(
                                    "groq",
                                    "gsk_…c3d4",
                                    false,
                                    java.util.Optional.of(
                                            "groq rejected key gsk_…c3d4 (HTTP 401): replace it in GROQ_API_KEYS (it may be revoked, mistyped or reported as leaked).")),
                            new KeyCheck(
                                    "gemini",
                                    "AIza…5gY0",
                                    false,
                                    java.util.Optional.of(
                                            "gemini rejected key AIza…5gY0 (HTTP 400): replace it in GEMINI_API_KEYS (it may be revoked, mistyped or reported as leaked).")),
                            new KeyCheck("gemini", "AIza…6hZ1", true, java.util.Optional.empty()));
            assertThat(g.groq.callCount() + g.gemini.callCount()).isZero();
            assertThat(g.groq.modelListCalls()).isEqualTo(2);
            assertThat(g.gemini.modelListCalls()).isEqualTo(2);
            assertThat(checks.toString()).doesNotContain(GROQ_2).doesNotContain(GEMINI_1);
        }
    }

    @Test
    void anUnreachableAddressAndAWrongPathAreNamed() throws IOException {
        String closed = "http://127.0.0.1:" + ProviderReachTest.freePort() + "/openai/v1";
        try (Gateway g = new Gateway(
                Map.of("GROQ_API_KEYS", GROQ_1, "ASKBAR_GROQ_BASE_URL", closed, "ASKBAR_PROVIDERS", "groq"))) {
            assertThat(g.router.checkKeys()).singleElement().satisfies(c -> {
                assertThat(c.ok()).isFalse();
                assertThat(c.problem()).contains("Cannot reach 127.0.0.1: check the network or ASKBAR_GROQ_BASE_URL.");
            });
        }
        try (Gateway g = new Gateway(Map.of("GROQ_API_KEYS", GROQ_1, "ASKBAR_PROVIDERS", "groq"))) {
            String wrongPath = g.groq.baseUrl().replace("/openai/v1", "/v2");
            try (Gateway h = new Gateway(
                    Map.of("GROQ_API_KEYS", GROQ_1, "ASKBAR_GROQ_BASE_URL", wrongPath, "ASKBAR_PROVIDERS", "groq"))) {
                assertThat(h.router.checkKeys())
                        .singleElement()
                        .satisfies(c -> assertThat(c.problem().orElseThrow())
                                .startsWith("localhost has no model list at " + wrongPath
                                        + " (HTTP 404): check ASKBAR_GROQ_BASE_URL"));
            }
        }
    }
}
