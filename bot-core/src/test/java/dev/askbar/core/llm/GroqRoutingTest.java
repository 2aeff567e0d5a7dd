package dev.askbar.core.llm;

import static dev.askbar.core.llm.Gateway.BIG_MODEL;
import static dev.askbar.core.llm.Gateway.FLASH;
import static dev.askbar.core.llm.Gateway.GROQ_1;
import static dev.askbar.core.llm.Gateway.GROQ_2;
import static dev.askbar.core.llm.Gateway.SMALL_MODEL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.askbar.testkit.FakeGroq;
import dev.askbar.testkit.GroqResponses;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Groq's signals (status codes, rate-limit headers, error texts) and what the router does with each. */
class GroqRoutingTest {

    @Test
    void successIsLoggedAsOneLineWithProviderKeyPositionMaskAndModel() {
        try (Gateway g = Gateway.groqOrganisation();
                CapturedLogs logs = new CapturedLogs()) {
            g.groq.otherwise("SELECT count(*) FROM orders");
            LlmReply reply = g.ask();
            assertThat(reply.text()).isEqualTo("SELECT count(*) FROM orders");
            assertThat(reply.provider()).isEqualTo("groq");
            assertThat(reply.model()).isEqualTo(BIG_MODEL);
            assertThat(reply.keyMasked()).isEqualTo("gsk_…a1b2");
            assertThat(reply.inputTokens()).isEqualTo(812);
            assertThat(logs.linesFrom(LlmRouter.class))
                    .anyMatch(line -> line.matches(
                            "groq succeeded in \\d+\\.\\d\\d s \\(key 1/3, gsk_…a1b2, llama-3.3-70b-versatile\\)"));
            assertThat(g.groq.calls().get(0).key()).isEqualTo(GROQ_1);
        }
    }

    @Test
    void rateLimitedGroupIsNotCalledAgainBeforeReset() {
        try (Gateway g = Gateway.groqOrganisation()) {
            g.groq.enqueue(GroqResponses.rateLimited(BIG_MODEL, "tokens per minute (TPM)", 12000, "7.5s", 8));
            LlmReply first = g.ask();
            // the other two keys share the organisation's quota: straight to the next model, no call burnt
            assertThat(first.model()).isEqualTo(SMALL_MODEL);
            assertThat(g.groqCalls(BIG_MODEL)).hasSize(1);

            g.clock.advance(Duration.ofSeconds(7));
            assertThat(g.ask().model()).isEqualTo(SMALL_MODEL);
            assertThat(g.groqCalls(BIG_MODEL)).hasSize(1);
            assertThat(g.status("groq", "c3d4", BIG_MODEL).state()).isEqualTo(KeyState.COOLING);

            g.clock.advance(Duration.ofSeconds(2));
            assertThat(g.ask().model()).isEqualTo(BIG_MODEL);
            assertThat(g.groqCalls(BIG_MODEL)).hasSize(2);
        }
    }

    @Test
    void perDayTokenLimitWithoutRetryAfterCoolsForTheTimeTheMessageNames() {
        try (Gateway g = Gateway.groqOrganisation()) {
            g.groq.enqueue(GroqResponses.rateLimited(BIG_MODEL, "tokens per day (TPD)", 100000, "6m7.2s", null));
            g.ask();
            KeyStatus status = g.status("groq", "a1b2", BIG_MODEL);
            assertThat(status.state()).isEqualTo(KeyState.COOLING);
            assertThat(status.reason()).contains("rate limited per day");
            assertThat(status.until()).contains(Gateway.START.plusMillis(367_200));

            g.clock.advance(Duration.ofMinutes(6));
            g.ask();
            assertThat(g.groqCalls(BIG_MODEL)).hasSize(1);
            g.clock.advance(Duration.ofSeconds(8));
            assertThat(g.ask().model()).isEqualTo(BIG_MODEL);
        }
    }

    @Test
    void perMinuteRequestLimitWithRetryAfterPrefersTheHeader() {
        try (Gateway g = Gateway.groqOrganisation()) {
            g.groq.enqueue(GroqResponses.rateLimited(BIG_MODEL, "requests per minute (RPM)", 30, "2s", 20));
            g.ask();
            KeyStatus status = g.status("groq", "a1b2", BIG_MODEL);
            assertThat(status.reason()).contains("rate limited per minute");
            assertThat(status.until()).contains(Gateway.START.plusSeconds(20));
        }
    }

    @Test
    void aLimitInOneOrganisationMovesToTheNextOrganisationsKey() {
        try (Gateway g = Gateway.twoGroqOrganisations()) {
            g.groq.enqueue(GroqResponses.rateLimited(BIG_MODEL, "requests per day (RPD)", 1000, "2h1m", null));
            LlmReply reply = g.ask();
            assertThat(reply.model()).isEqualTo(BIG_MODEL);
            assertThat(reply.keyMasked()).isEqualTo("gsk_…c3d4");
            assertThat(g.groq.calls()).extracting(c -> c.key()).containsExactly(GROQ_1, GROQ_2);
        }
    }

    @Test
    void spentRequestBudgetStopsCallsBeforeA429() {
        try (Gateway g = Gateway.groqOrganisation()) {
            g.groq.enqueue(
                    GroqResponses.completionWithBudget(BIG_MODEL, "SELECT 1", 1000, 0, "3h2m", 12000, 11000, "4s"));
            assertThat(g.ask().model()).isEqualTo(BIG_MODEL);
            assertThat(g.ask().model()).isEqualTo(SMALL_MODEL);
            assertThat(g.groqCalls(BIG_MODEL)).hasSize(1);
            assertThat(g.status("groq", "a1b2", BIG_MODEL).until())
                    .contains(Gateway.START.plus(Duration.ofMinutes(182)));
        }
    }

    @Test
    void remainingTokensBelowTheRequestSkipTheGroupUntilTheTokensReset() {
        try (Gateway g = Gateway.groqOrganisation()) {
            g.groq.enqueue(
                    GroqResponses.completionWithBudget(BIG_MODEL, "SELECT 1", 1000, 900, "1m", 12000, 300, "4.5s"));
            g.ask();
            // the next request needs ~800 tokens (max output alone): it would fail, so it is not sent there
            assertThat(g.ask().model()).isEqualTo(SMALL_MODEL);
            assertThat(g.groqCalls(BIG_MODEL)).hasSize(1);
            g.clock.advance(Duration.ofSeconds(5));
            assertThat(g.ask().model()).isEqualTo(BIG_MODEL);
        }
    }

    @Test
    void invalidKeyIsDisabledAndTheNextKeyAnswers() {
        try (Gateway g = Gateway.groqOrganisation()) {
            g.groq.enqueue(GroqResponses.invalidKey());
            assertThat(g.ask().keyMasked()).isEqualTo("gsk_…c3d4");
            g.ask();
            assertThat(g.groq.calls()).extracting(c -> c.key()).containsExactly(GROQ_1, GROQ_2, GROQ_2);
            KeyStatus status = g.status("groq", "a1b2", BIG_MODEL);
            assertThat(status.state()).isEqualTo(KeyState.DISABLED);
            assertThat(status.reason().orElseThrow()).contains("401");
        }
    }

    @Test
    void forbiddenKeyIsDisabled() {
        try (Gateway g = Gateway.groqOrganisation()) {
            g.groq.enqueue(GroqResponses.organizationRestricted());
            g.ask();
            assertThat(g.status("groq", "a1b2", SMALL_MODEL).state()).isEqualTo(KeyState.DISABLED);
            assertThat(g.status("groq", "c3d4", BIG_MODEL).state()).isEqualTo(KeyState.AVAILABLE);
        }
    }

    @Test
    void modelThatAnswers404IsRetiredButTheKeyStays() {
        try (Gateway g = Gateway.groqOrganisation()) {
            g.groq.enqueue(GroqResponses.modelNotFound(BIG_MODEL));
            LlmReply reply = g.ask();
            assertThat(reply.model()).isEqualTo(SMALL_MODEL);
            assertThat(reply.keyMasked()).isEqualTo("gsk_…a1b2");
            g.ask();
            assertThat(g.groqCalls(BIG_MODEL)).hasSize(1);
            assertThat(g.status("groq", "a1b2", BIG_MODEL).state()).isEqualTo(KeyState.MODEL_RETIRED);
            assertThat(g.status("groq", "a1b2", SMALL_MODEL).state()).isEqualTo(KeyState.AVAILABLE);
        }
    }

    @Test
    void requestTooLargeIsNeverRetriedOnTheSameModel() {
        try (Gateway g = Gateway.groqOrganisation()) {
            LlmRequest big = LlmRequest.sql("You translate questions into SQL.", "orders ".repeat(12_000));
            g.groq.enqueue(GroqResponses.requestTooLarge(BIG_MODEL, 12000, 12812));
            assertThat(g.router.complete(big).model()).isEqualTo(SMALL_MODEL);
            assertThat(g.groqCalls(BIG_MODEL)).hasSize(1);
            g.clock.advance(Duration.ofSeconds(5));
            assertThat(g.router.complete(big).model()).isEqualTo(SMALL_MODEL);
            assertThat(g.groqCalls(BIG_MODEL)).hasSize(1);
            // a small request still fits the model
            assertThat(g.ask().model()).isEqualTo(BIG_MODEL);
        }
    }

    @Test
    void overLongPromptGoesBackToTheCallerAsItsOwnType() {
        try (Gateway g = Gateway.groqOrganisation()) {
            g.groq.enqueue(GroqResponses.contextLengthExceeded());
            assertThatThrownBy(g::ask)
                    .isInstanceOf(PromptTooLongException.class)
                    .satisfies(e -> assertThat(((LlmException) e).userMessage()).contains("more context"));
            assertThat(g.groq.callCount()).isEqualTo(1);
            assertThat(g.status("groq", "a1b2", BIG_MODEL).state()).isEqualTo(KeyState.AVAILABLE);
        }
    }

    @Test
    void serverErrorsMoveToTheNextKeyAndOpenAShortCircuitBreaker() {
        try (Gateway g = Gateway.twoGroqOrganisations()) {
            g.groq.when(call -> call.key().equals(GROQ_1)).respond(call -> GroqResponses.internalError());
            for (int i = 0; i < KeyHealth.BREAKER_THRESHOLD; i++) {
                assertThat(g.ask().keyMasked()).isEqualTo("gsk_…c3d4");
            }
            int before = g.groq.callCount();
            g.ask();
            assertThat(g.groq.callCount() - before)
                    .as("the resting key is skipped")
                    .isEqualTo(1);
            assertThat(g.status("groq", "a1b2", BIG_MODEL).state()).isEqualTo(KeyState.CIRCUIT_OPEN);
            g.clock.advance(KeyHealth.BREAKER_OPEN.plusSeconds(1));
            before = g.groq.callCount();
            g.ask();
            assertThat(g.groq.callCount() - before)
                    .as("tried again after the rest")
                    .isEqualTo(2);
        }
    }

    @Test
    void overloadedWithRetryAfterCoolsTheGroupForThatLong() {
        try (Gateway g = Gateway.groqOrganisation()) {
            g.groq.enqueue(GroqResponses.overloaded(15));
            assertThat(g.ask().model()).isEqualTo(SMALL_MODEL);
            assertThat(g.status("groq", "a1b2", BIG_MODEL).until()).contains(Gateway.START.plusSeconds(15));
        }
    }

    @Test
    void truncatedJsonAndEmptyChoicesMoveOnToTheNextCandidate() {
        try (Gateway g = Gateway.twoGroqOrganisations()) {
            g.groq.enqueue(GroqResponses.truncated(BIG_MODEL));
            assertThat(g.ask().keyMasked()).isEqualTo("gsk_…c3d4");
            g.groq.enqueue(GroqResponses.emptyChoices(BIG_MODEL));
            assertThat(g.ask().keyMasked()).isEqualTo("gsk_…c3d4");
            assertThat(g.groq.callCount()).isEqualTo(4);
        }
    }

    @Test
    void aHangPastTheTimeoutMovesOnToTheNextProvider() {
        try (Gateway g = new Gateway(Map.of(
                "GROQ_API_KEYS",
                GROQ_1,
                "GEMINI_API_KEYS",
                Gateway.GEMINI_1,
                "ASKBAR_GROQ_MODELS",
                BIG_MODEL,
                "ASKBAR_LLM_TIMEOUT_SECONDS",
                "1"))) {
            g.groq.enqueue(FakeGroq.hang());
            g.gemini.otherwise("SELECT 2");
            long started = System.nanoTime();
            LlmReply reply = g.ask();
            assertThat(reply.provider()).isEqualTo("gemini");
            assertThat(reply.model()).isEqualTo(FLASH);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(4));
            assertThat(g.status("groq", "a1b2", BIG_MODEL).lastError()).contains("no usable reply");
        }
    }

    @Test
    void whenEverythingIsCoolingTheErrorSaysWhenTheEarliestKeyFreesUp() {
        try (Gateway g = new Gateway(Map.of(
                "GROQ_API_KEYS",
                "acme:" + GROQ_1 + ",acme:" + GROQ_2,
                "ASKBAR_GROQ_MODELS",
                BIG_MODEL,
                "ASKBAR_PROVIDERS",
                "groq"))) {
            g.groq.enqueue(GroqResponses.rateLimited(BIG_MODEL, "requests per minute (RPM)", 30, "1m30s", 90));
            assertThatThrownBy(g::ask)
                    .isInstanceOf(NoKeyAvailableException.class)
                    .satisfies(e -> {
                        NoKeyAvailableException n = (NoKeyAvailableException) e;
                        assertThat(n.freeAt()).isEqualTo(Gateway.START.plusSeconds(90));
                        assertThat(n.userMessage())
                                .contains("frees up in 2 min")
                                .doesNotContain("org_")
                                .doesNotContain("billing")
                                .doesNotContain("console.groq.com");
                    });
            g.clock.advance(Duration.ofSeconds(30));
            assertThatThrownBy(g::ask)
                    .isInstanceOf(NoKeyAvailableException.class)
                    .hasMessageContaining("all keys cooling");
            assertThat(g.groq.callCount()).isEqualTo(1);
        }
    }

    @Test
    void aDayLongCooldownNamesTheClockTime() {
        try (Gateway g = Gateway.geminiProjects()) {
            g.gemini
                    .when(c -> true)
                    .respond(c -> dev.askbar.testkit.GeminiResponses.quotaExceededPerDay(c.model(), 20));
            assertThatThrownBy(g::ask)
                    .isInstanceOf(NoKeyAvailableException.class)
                    .satisfies(e -> assertThat(((LlmException) e).userMessage()).contains("at 07:00 UTC (in 12.0 h)"));
            assertThat(g.gemini.callCount()).isEqualTo(4);
        }
    }

    @Test
    void everyKeyRejectedSaysSoInsteadOfAWaitTime() {
        try (Gateway g = Gateway.twoGroqOrganisations()) {
            g.groq.when(c -> true).respond(c -> GroqResponses.invalidKey());
            assertThatThrownBy(g::ask).isInstanceOf(LlmException.class).isNotInstanceOf(NoKeyAvailableException.class);
            assertThatThrownBy(g::ask)
                    .isInstanceOf(LlmException.class)
                    .satisfies(e -> assertThat(((LlmException) e).userMessage()).contains("rejected"));
            assertThat(g.groq.callCount()).isEqualTo(2);
        }
    }

    @Test
    void openAiCompatibleEndpointWithoutAKeySendsNoAuthorization() {
        try (FakeGroq local = FakeGroq.start()) {
            local.otherwise("SELECT 3");
            OpenAiCompatibleClient client =
                    new OpenAiCompatibleClient("ollama", local.baseUrl(), new okhttp3.OkHttpClient());
            ApiKey none = new ApiKey("ollama", new dev.askbar.core.config.Secret(""), "local", 1, 1);
            Attempt attempt = client.call(none, "qwen2.5-coder", LlmRequest.sql("s", "u"));
            assertThat(attempt).isInstanceOf(Attempt.Success.class);
            assertThat(local.calls().get(0).authorization()).isNull();
            assertThat(local.calls().get(0).model()).isEqualTo("qwen2.5-coder");
        }
    }

    @Test
    void providerOrderComesFromConfiguration() {
        try (Gateway g = new Gateway(Map.of(
                "GROQ_API_KEYS", GROQ_1, "GEMINI_API_KEYS", Gateway.GEMINI_1, "ASKBAR_PROVIDERS", "gemini,groq"))) {
            assertThat(g.ask().provider()).isEqualTo("gemini");
            assertThat(g.groq.callCount()).isZero();
        }
    }
}
