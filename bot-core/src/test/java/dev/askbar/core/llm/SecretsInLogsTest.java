package dev.askbar.core.llm;

import static dev.askbar.core.llm.Gateway.GEMINI_1;
import static dev.askbar.core.llm.Gateway.GEMINI_2;
import static dev.askbar.core.llm.Gateway.GEMINI_3;
import static dev.askbar.core.llm.Gateway.GROQ_1;
import static dev.askbar.core.llm.Gateway.GROQ_2;
import static dev.askbar.core.llm.Gateway.GROQ_3;
import static org.assertj.core.api.Assertions.assertThat;

import dev.askbar.testkit.FakeGemini;
import dev.askbar.testkit.GeminiResponses;
import dev.askbar.testkit.GroqResponses;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every path through the router, including providers that echo the key back: no full key in any log line or error. */
class SecretsInLogsTest {

    @Test
    void noLogLineErrorOrStatusCarriesAFullKey() {
        List<String> texts = new ArrayList<>();
        try (CapturedLogs logs = new CapturedLogs();
                Gateway g = new Gateway(Map.of(
                        "GROQ_API_KEYS",
                        "acme:" + GROQ_1 + "," + GROQ_2 + "," + GROQ_3,
                        "GEMINI_API_KEYS",
                        GEMINI_1 + "," + GEMINI_2 + "," + GEMINI_3,
                        "ASKBAR_LLM_TIMEOUT_SECONDS",
                        "1"))) {
            g.groq.enqueue(
                    GroqResponses.error(401, "invalid_request_error", "invalid_api_key", "Invalid API Key: " + GROQ_1));
            g.groq.enqueue(
                    GroqResponses.rateLimited("llama-3.3-70b-versatile", "tokens per day (TPD)", 100000, "1h", null));
            g.groq.enqueue(GroqResponses.error(500, "internal_server_error", null, "upstream said Bearer " + GROQ_3));
            g.groq.enqueue(GroqResponses.truncated("llama-3.1-8b-instant"));
            g.gemini.enqueue(GeminiResponses.error(
                    403,
                    "PERMISSION_DENIED",
                    "Permission denied: Consumer 'api_key:" + GEMINI_1 + "' has been suspended.",
                    null));
            g.gemini.enqueue(GeminiResponses.quotaExceededPerDay("gemini-2.5-flash", 20));
            g.gemini.enqueue(FakeGemini.hang());
            g.gemini.enqueue(GeminiResponses.error(400, "INVALID_ARGUMENT", "API key not valid: " + GEMINI_3, null));
            g.gemini.enqueue(GeminiResponses.leakedKey());
            for (int i = 0; i < 6; i++) {
                try {
                    texts.add(g.ask().toString());
                } catch (LlmException e) {
                    texts.add(e.getMessage());
                    texts.add(e.userMessage());
                }
                g.clock.advance(Duration.ofSeconds(40));
            }
            texts.add(g.router.status().toString());
            texts.addAll(logs.lines());
        }
        assertThat(texts).hasSizeGreaterThan(10);
        for (String key : Gateway.ALL_KEYS) {
            assertThat(texts).noneMatch(t -> t.contains(key));
        }
        assertThat(String.join("\n", texts)).contains("gsk_…a1b2").doesNotContain("org_01hq0example7k2");
    }
}
