package dev.askbar.core.llm;

import static dev.askbar.core.llm.Gateway.BIG_MODEL;
import static dev.askbar.core.llm.Gateway.GEMINI_1;
import static dev.askbar.core.llm.Gateway.GEMINI_2;
import static dev.askbar.core.llm.Gateway.GROQ_1;
import static dev.askbar.core.llm.Gateway.GROQ_2;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.askbar.core.config.ProviderType;
import dev.askbar.testkit.FakeGemini;
import dev.askbar.testkit.FakeGroq;
import dev.askbar.testkit.GroqResponses;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;

/** An attempt that outlives its provider's usual time gets a second one beside it; the first usable reply wins. */
class HedgingTest {

    @Test
    void aHungCallGetsAHedgeOnTheNextKeyAndTheHungOneIsCancelledWithoutBlame() throws Exception {
        try (Gateway g = new Gateway(Map.of(
                        "GROQ_API_KEYS",
                        "acme:" + GROQ_1 + ",globex:" + GROQ_2,
                        "ASKBAR_PROVIDERS",
                        "groq",
                        "ASKBAR_LLM_TIMEOUT_SECONDS",
                        "20"));
                CapturedLogs logs = new CapturedLogs()) {
            List<AttemptEvent> events = new CopyOnWriteArrayList<>();
            g.router.addObserver(events::add);
            g.groq.enqueue(FakeGroq.hang());
            g.groq.otherwise("SELECT 1");
            long started = System.nanoTime();
            LlmReply reply = g.ask();
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            assertThat(reply.keyMasked()).isEqualTo("gsk_…c3d4");
            assertThat(took).isBetween(LlmRouter.HEDGE_FLOOR, LlmRouter.HEDGE_FLOOR.plusSeconds(2));
            assertThat(logs.linesFrom(LlmRouter.class))
                    .anyMatch(
                            l -> l.equals(
                                    "groq: no reply within 2.00 s (key 1/2, gsk_…a1b2, llama-3.3-70b-versatile); asking groq as well (key 2/2, gsk_…c3d4, llama-3.3-70b-versatile)"));
            waitFor(() -> events.size() == 2);
            assertThat(events).anySatisfy(e -> {
                assertThat(e.key()).isEqualTo("gsk_…c3d4");
                assertThat(e.failure()).isEmpty();
                assertThat(e.hedge()).isTrue();
            });
            assertThat(events).anySatisfy(e -> {
                assertThat(e.key()).isEqualTo("gsk_…a1b2");
                assertThat(e.failure()).contains(FailureKind.CANCELLED);
            });
            KeyStatus hung = g.status("groq", "a1b2", BIG_MODEL);
            assertThat(hung.state()).isEqualTo(KeyState.AVAILABLE);
            assertThat(hung.failuresToday()).isZero();
            assertThat(g.ask().keyMasked())
                    .as("the abandoned key takes traffic again")
                    .isEqualTo("gsk_…a1b2");
        }
    }

    @Test
    void theSlowFirstReplyWinsWhenItArrivesBeforeTheHedge() {
        try (Gateway g = Gateway.twoGroqOrganisations()) {
            g.groq.enqueue(new MockResponse.Builder()
                    .headersDelay(2500, TimeUnit.MILLISECONDS)
                    .body(GroqResponses.completionBody(BIG_MODEL, "SELECT 'slow'"))
                    .addHeader("content-type", "application/json")
                    .build());
            g.groq.enqueue(new MockResponse.Builder()
                    .headersDelay(3000, TimeUnit.MILLISECONDS)
                    .body(GroqResponses.completionBody(BIG_MODEL, "SELECT 'hedge'"))
                    .addHeader("content-type", "application/json")
                    .build());
            LlmReply reply = g.ask();
            assertThat(reply.text()).isEqualTo("SELECT 'slow'");
            assertThat(reply.keyMasked()).isEqualTo("gsk_…a1b2");
            assertThat(g.groq.callCount()).isEqualTo(2);
        }
    }

    @Test
    void theHedgeDeadlineFollowsTheProvidersRecentLatency() {
        KeyPool pool = Pools.pool(ProviderType.GROQ, List.of("m"), "acme");
        assertThat(LlmRouter.hedgeAfter(pool, LlmTask.SQL))
                .as("nothing observed yet")
                .isEqualTo(LlmRouter.HEDGE_FLOOR);
        for (int i = 0; i < 40; i++) {
            pool.latency(LlmTask.SQL).add(Duration.ofMillis(300));
        }
        assertThat(LlmRouter.hedgeAfter(pool, LlmTask.SQL))
                .as("3 x 300 ms is under the floor")
                .isEqualTo(LlmRouter.HEDGE_FLOOR);
        for (int i = 0; i < 40; i++) {
            pool.latency(LlmTask.SQL).add(Duration.ofMillis(1500));
        }
        assertThat(LlmRouter.hedgeAfter(pool, LlmTask.SQL)).isEqualTo(Duration.ofMillis(4500));
        for (int i = 0; i < 20; i++) {
            pool.latency(LlmTask.SUMMARY).add(Duration.ofMillis(3000));
        }
        assertThat(LlmRouter.hedgeAfter(pool, LlmTask.SUMMARY))
                .as("summaries are timed apart from SQL")
                .isEqualTo(Duration.ofSeconds(9));
    }

    @Test
    void aQuestionFailsOnlyAfterEveryCandidateOfEveryProviderWasTried() {
        try (Gateway g = new Gateway(Map.of(
                "GROQ_API_KEYS",
                "acme:" + GROQ_1 + ",globex:" + GROQ_2,
                "GEMINI_API_KEYS",
                GEMINI_1 + "," + GEMINI_2))) {
            g.groq.when(c -> true).respond(c -> GroqResponses.internalError());
            g.gemini.when(c -> true).respond(c -> dev.askbar.testkit.GeminiResponses.overloaded());
            assertThatThrownBy(g::ask)
                    .isInstanceOf(LlmException.class)
                    .satisfies(e -> assertThat(((LlmException) e).userMessage())
                            .isEqualTo("No language model could answer right now; please try again in a minute."));
            // 2 keys x 2 models each; after two strikes a provider yields to the other, then comes back
            assertThat(g.groq.callCount()).isEqualTo(4);
            assertThat(g.gemini.callCount()).isEqualTo(4);
            assertThat(g.groq.calls().subList(0, 2)).extracting(c -> c.key()).containsExactly(GROQ_1, GROQ_2);
        }
    }

    @Test
    void aCallHangingPastTheLlmTimeoutCountsAsNoUsableReply() {
        try (Gateway g = new Gateway(Map.of(
                "GEMINI_API_KEYS",
                GEMINI_1,
                "ASKBAR_PROVIDERS",
                "gemini",
                "ASKBAR_GEMINI_MODELS",
                "gemini-2.5-flash",
                "ASKBAR_LLM_TIMEOUT_SECONDS",
                "1"))) {
            g.gemini.enqueue(FakeGemini.hang());
            long started = System.nanoTime();
            assertThatThrownBy(g::ask).isInstanceOf(LlmException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
            assertThat(g.status("gemini", GEMINI_1.substring(GEMINI_1.length() - 4), "gemini-2.5-flash")
                            .lastError())
                    .contains("no usable reply");
        }
    }

    static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!condition.getAsBoolean() && System.nanoTime() < until) {
            Thread.sleep(10);
        }
        assertThat(condition.getAsBoolean()).as("condition within 5 s").isTrue();
    }
}
