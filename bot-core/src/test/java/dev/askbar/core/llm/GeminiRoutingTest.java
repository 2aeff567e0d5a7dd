package dev.askbar.core.llm;

import static dev.askbar.core.llm.Gateway.BIG_MODEL;
import static dev.askbar.core.llm.Gateway.FLASH;
import static dev.askbar.core.llm.Gateway.FLASH_LITE;
import static dev.askbar.core.llm.Gateway.GEMINI_1;
import static dev.askbar.core.llm.Gateway.GEMINI_2;
import static dev.askbar.core.llm.Gateway.GROQ_1;
import static dev.askbar.core.llm.Gateway.SMALL_MODEL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.askbar.testkit.ChatCall;
import dev.askbar.testkit.FakeGemini;
import dev.askbar.testkit.GeminiResponses;
import dev.askbar.testkit.GroqResponses;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Gemini's wire format and quota signals, and failover from Groq to Gemini. */
class GeminiRoutingTest {

    @Test
    void requestCarriesTheKeyInAHeaderNeverInTheUrlAndTurnsThinkingOff() {
        try (Gateway g = Gateway.geminiProjects()) {
            g.gemini.otherwise("SELECT count(*) FROM orders");
            LlmReply reply = g.ask();
            assertThat(reply.text()).isEqualTo("SELECT count(*) FROM orders");
            assertThat(reply.provider()).isEqualTo("gemini");
            assertThat(reply.inputTokens()).isEqualTo(812);
            ChatCall call = g.gemini.calls().get(0);
            assertThat(call.key()).isEqualTo(GEMINI_1);
            assertThat(call.path()).isEqualTo("/v1beta/models/gemini-2.5-flash:generateContent");
            assertThat(g.gemini.urls())
                    .allSatisfy(url -> assertThat(url).doesNotContain(GEMINI_1).doesNotContain("key="));
            assertThat(call.system()).contains("You translate questions into SQL.");
            assertThat(call.user()).contains("how many orders");
            assertThat(call.maxTokens()).isEqualTo(800);
            JsonObject generation =
                    JsonParser.parseString(call.rawBody()).getAsJsonObject().getAsJsonObject("generationConfig");
            assertThat(generation
                            .getAsJsonObject("thinkingConfig")
                            .get("thinkingBudget")
                            .getAsInt())
                    .isZero();
            assertThat(generation.get("temperature").getAsDouble()).isZero();
        }
    }

    @Test
    void perDayGeminiQuotaCoolsUntilMidnightPacific() {
        try (Gateway g = Gateway.geminiProjects()) {
            g.gemini.enqueue(GeminiResponses.quotaExceededPerDay(FLASH, 20));
            LlmReply reply = g.ask();
            // project 2 has its own quota for the same model
            assertThat(reply.model()).isEqualTo(FLASH);
            assertThat(reply.keyMasked()).endsWith("hZ1".substring(0, 0) + GEMINI_2.substring(GEMINI_2.length() - 4));
            Instant midnightPacific = Instant.parse("2026-03-11T07:00:00Z");
            assertThat(g.status("gemini", GEMINI_1.substring(GEMINI_1.length() - 4), FLASH)
                            .until())
                    .contains(midnightPacific);

            // RetryInfo said 26s; the quota id said per day
            g.clock.advance(Duration.ofMinutes(10));
            g.ask();
            assertThat(g.gemini.calls())
                    .filteredOn(c -> c.key().equals(GEMINI_1) && c.model().equals(FLASH))
                    .hasSize(1);
            g.clock.set(midnightPacific.plusSeconds(1));
            g.ask();
            assertThat(g.gemini.calls().get(g.gemini.callCount() - 1).key()).isEqualTo(GEMINI_1);
        }
    }

    @Test
    void perMinuteGeminiQuotaCoolsForTheRetryDelay() {
        try (Gateway g = Gateway.geminiProjects()) {
            g.gemini.enqueue(GeminiResponses.quotaExceededPerMinute(FLASH, 10, "26.4s"));
            g.ask();
            KeyStatus status = g.status("gemini", GEMINI_1.substring(GEMINI_1.length() - 4), FLASH);
            assertThat(status.reason()).contains("rate limited per minute");
            assertThat(status.until()).contains(Gateway.START.plusMillis(26_400));
            g.clock.advance(Duration.ofSeconds(20));
            g.ask();
            assertThat(g.gemini.calls())
                    .filteredOn(c -> c.key().equals(GEMINI_1))
                    .hasSize(1);
            g.clock.advance(Duration.ofSeconds(7));
            g.ask();
            assertThat(g.gemini.calls())
                    .filteredOn(c -> c.key().equals(GEMINI_1))
                    .hasSize(2);
        }
    }

    @Test
    void a429WithoutDetailsCoolsBriefly() {
        try (Gateway g = Gateway.geminiProjects()) {
            g.gemini.enqueue(GeminiResponses.resourceExhaustedWithoutDetails());
            g.ask();
            assertThat(g.status("gemini", GEMINI_1.substring(GEMINI_1.length() - 4), FLASH)
                            .until())
                    .contains(Gateway.START.plus(GeminiClient.UNEXPLAINED_429_COOLDOWN));
        }
    }

    @Test
    void leakedKeyIsDisabled() {
        try (Gateway g = Gateway.geminiProjects()) {
            g.gemini.enqueue(GeminiResponses.leakedKey());
            g.ask();
            g.ask();
            assertThat(g.gemini.calls()).extracting(ChatCall::key).containsExactly(GEMINI_1, GEMINI_2, GEMINI_2);
            assertThat(g.status("gemini", GEMINI_1.substring(GEMINI_1.length() - 4), FLASH_LITE)
                            .state())
                    .isEqualTo(KeyState.DISABLED);
        }
    }

    @Test
    void invalidKeyAnsweredWith400IsDisabledNotHandedBack() {
        try (Gateway g = Gateway.geminiProjects()) {
            g.gemini.enqueue(GeminiResponses.invalidKey());
            assertThat(g.ask().keyMasked()).endsWith(GEMINI_2.substring(GEMINI_2.length() - 4));
            assertThat(g.status("gemini", GEMINI_1.substring(GEMINI_1.length() - 4), FLASH)
                            .state())
                    .isEqualTo(KeyState.DISABLED);
        }
    }

    @Test
    void retiredGeminiModelFallsToTheNextModel() {
        try (Gateway g = Gateway.geminiProjects()) {
            g.gemini.enqueue(GeminiResponses.modelNotFound(FLASH));
            assertThat(g.ask().model()).isEqualTo(FLASH_LITE);
            g.ask();
            assertThat(g.geminiCalls(FLASH)).hasSize(1);
        }
    }

    @Test
    void safetyFinishAndMissingCandidatesMoveOnToTheNextCandidate() {
        try (Gateway g = Gateway.geminiProjects()) {
            g.gemini.enqueue(GeminiResponses.safetyBlocked(FLASH));
            assertThat(g.ask().keyMasked()).endsWith(GEMINI_2.substring(GEMINI_2.length() - 4));
            g.gemini.enqueue(GeminiResponses.promptBlocked(FLASH));
            assertThat(g.ask().keyMasked()).endsWith(GEMINI_2.substring(GEMINI_2.length() - 4));
            g.gemini.enqueue(GeminiResponses.truncated(FLASH));
            g.ask();
            assertThat(g.gemini.callCount()).isEqualTo(6);
        }
    }

    @Test
    void geminiOverloadAndServerErrorMoveToTheNextKey() {
        try (Gateway g = Gateway.geminiProjects()) {
            g.gemini.enqueue(GeminiResponses.overloaded());
            assertThat(g.ask().keyMasked()).endsWith(GEMINI_2.substring(GEMINI_2.length() - 4));
            g.gemini.enqueue(GeminiResponses.internalError());
            assertThat(g.ask().keyMasked()).endsWith(GEMINI_2.substring(GEMINI_2.length() - 4));
        }
    }

    @Test
    void geminiPromptTooLongGoesBackToTheCaller() {
        try (Gateway g = Gateway.geminiProjects()) {
            g.gemini.enqueue(GeminiResponses.promptTooLong());
            assertThatThrownBy(g::ask).isInstanceOf(PromptTooLongException.class);
            assertThat(g.gemini.callCount()).isEqualTo(1);
        }
    }

    @Test
    void aHangingGeminiCallTimesOutAndTheNextProjectAnswers() {
        try (Gateway g = new Gateway(Map.of(
                "GEMINI_API_KEYS",
                GEMINI_1 + "," + GEMINI_2,
                "ASKBAR_PROVIDERS",
                "gemini",
                "ASKBAR_LLM_TIMEOUT_SECONDS",
                "1"))) {
            g.gemini.enqueue(FakeGemini.hang());
            long started = System.nanoTime();
            assertThat(g.ask().keyMasked()).endsWith(GEMINI_2.substring(GEMINI_2.length() - 4));
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(4));
        }
    }

    @Test
    void exhaustedGroqOrganisationFailsOverToGeminiAndCostsNoFurtherGroqCalls() {
        try (Gateway g = new Gateway(Map.of(
                "GROQ_API_KEYS",
                "acme:" + GROQ_1 + ",acme:" + Gateway.GROQ_2,
                "GEMINI_API_KEYS",
                GEMINI_1 + "," + GEMINI_2))) {
            g.groq.when(c -> true)
                    .respond(c -> GroqResponses.rateLimited(c.model(), "tokens per day (TPD)", 100000, "3h", null));
            g.gemini.otherwise("SELECT 4");
            assertThat(g.ask().provider()).isEqualTo("gemini");
            assertThat(g.groq.calls()).extracting(ChatCall::model).containsExactly(BIG_MODEL, SMALL_MODEL);
            for (int i = 0; i < 5; i++) {
                assertThat(g.ask().provider()).isEqualTo("gemini");
            }
            assertThat(g.groq.callCount()).isEqualTo(2);
        }
    }
}
