package dev.askbar.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.askbar.core.config.AskBarConfig;
import dev.askbar.core.llm.KeyState;
import dev.askbar.core.llm.LlmException;
import dev.askbar.core.llm.LlmRequest;
import dev.askbar.core.llm.LlmRouter;
import dev.askbar.testkit.FakeGroq;
import dev.askbar.testkit.GroqResponses;
import dev.askbar.testkit.TestKeys;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Two routers, as two AskBar replicas, over one state database: what one learns about a quota, the other obeys. */
class SharedKeyStateAcrossReplicasTest {
    private static final String MODEL = "llama-3.3-70b-versatile";

    @RegisterExtension
    final FakeGroq groq = FakeGroq.start().otherwise("SELECT 1");

    private TwoReplicas replicas;

    @BeforeEach
    void start() {
        replicas = new TwoReplicas("shared-key-state");
    }

    @AfterEach
    void stop() {
        replicas.close();
    }

    private AskBarConfig config() {
        // two keys of one organisation: one quota, so a 429 on either cools both
        return AskBarConfig.from(Map.of(
                "GROQ_API_KEYS",
                "org1:" + TestKeys.groq("a", "aaa1") + ",org1:" + TestKeys.groq("b", "bbb2"),
                "ASKBAR_GROQ_BASE_URL",
                groq.baseUrl(),
                "ASKBAR_PROVIDERS",
                "groq",
                "ASKBAR_GROQ_MODELS",
                MODEL));
    }

    @Test
    void aGroupExhaustedOnOneReplicaCostsNoFurtherCallOnEither() throws Exception {
        KeyStateRepository storeA = new KeyStateRepository(replicas.a);
        KeyStateRepository storeB = new KeyStateRepository(replicas.b);
        try (LlmRouter a = LlmRouter.from(config(), storeA, Clock.systemUTC());
                LlmRouter b = LlmRouter.from(config(), storeB, Clock.systemUTC());
                KeyStateFeed feedA = KeyStateFeed.start(
                        storeA,
                        a::apply,
                        x -> a.applyBudget(x.provider(), x.group(), x.model(), x.tokensLeft(), x.resetsAt()));
                KeyStateFeed feedB = KeyStateFeed.start(
                        storeB,
                        b::apply,
                        x -> b.applyBudget(x.provider(), x.group(), x.model(), x.tokensLeft(), x.resetsAt()))) {
            assertThat(b.complete(sql()).text()).contains("SELECT 1");
            int before = groq.callCount();

            groq.enqueue(GroqResponses.rateLimited(MODEL, "requests per day (RPD)", 1000, "2h0m0s", 7200));
            assertThat(catchThrowable(() -> a.complete(sql()))).isInstanceOf(LlmException.class);
            assertThat(groq.callCount()).isEqualTo(before + 1);

            long deadline = System.nanoTime() + 5_000_000_000L;
            while (b.status().stream().noneMatch(k -> k.state() == KeyState.COOLING) && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(b.status())
                    .as("replica B learned of the exhausted group")
                    .allMatch(k -> k.state() == KeyState.COOLING);

            for (int i = 0; i < 5; i++) {
                assertThat(catchThrowable(() -> b.complete(sql()))).isInstanceOf(LlmException.class);
                assertThat(catchThrowable(() -> a.complete(sql()))).isInstanceOf(LlmException.class);
            }
            assertThat(groq.callCount())
                    .as("no call to the group after its first 429, on either replica")
                    .isEqualTo(before + 1);
        }
    }

    private static LlmRequest sql() {
        return LlmRequest.sql("You translate questions into SQL.", "Question: how many orders?");
    }
}
