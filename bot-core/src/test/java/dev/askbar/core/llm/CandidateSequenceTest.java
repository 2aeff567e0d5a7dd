package dev.askbar.core.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.askbar.core.config.ProviderType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which key, model and provider come next, decided without any call. */
class CandidateSequenceTest {
    static final Instant NOW = FailurePolicyTest.NOW;
    final MutableClock clock = new MutableClock(NOW);
    final KeyPool groq = Pools.pool(ProviderType.GROQ, List.of("big", "small"), "acme", "globex");
    final KeyPool gemini = Pools.pool(ProviderType.GEMINI, List.of("flash"), "p1", "p2");

    @Test
    void providersThenModelsThenKeysInConfiguredOrder() {
        assertThat(drain(sequence()))
                .containsExactly(
                        "groq big 1", "groq big 2", "groq small 1", "groq small 2", "gemini flash 1", "gemini flash 2");
    }

    @Test
    void aDeferredProviderComesBackAfterTheOthers() {
        CandidateSequence s = sequence();
        assertThat(name(s.next().orElseThrow())).isEqualTo("groq big 1");
        s.deferProvider(groq);
        assertThat(drain(s))
                .containsExactly("gemini flash 1", "gemini flash 2", "groq big 2", "groq small 1", "groq small 2");
    }

    @Test
    void aDroppedProviderOffersNothingMore() {
        CandidateSequence s = sequence();
        s.next();
        s.dropProvider(groq);
        assertThat(drain(s)).containsExactly("gemini flash 1", "gemini flash 2");
    }

    @Test
    void aProviderThatCouldNotBeReachedAMomentAgoComesLast() {
        groq.unreachable(NOW.plusSeconds(30));
        assertThat(drain(sequence()))
                .containsExactly(
                        "gemini flash 1", "gemini flash 2", "groq big 1", "groq big 2", "groq small 1", "groq small 2");
        clock.advance(Duration.ofSeconds(31));
        assertThat(drain(sequence()).get(0)).isEqualTo("groq big 1");
    }

    @Test
    void aSkippedModelOffersNoFurtherKey() {
        CandidateSequence s = sequence();
        s.next();
        s.skipModel(groq, "big");
        assertThat(drain(s)).containsExactly("groq small 1", "groq small 2", "gemini flash 1", "gemini flash 2");
    }

    @Test
    void aCoolingGroupIsSkippedAndSaysWhenItFreesUp() {
        groq.quota("acme", "big").cool(NOW, NOW.plusSeconds(30), FailureKind.RATE_LIMITED_MINUTE);
        groq.quota("acme", "small").cool(NOW, NOW.plusSeconds(20), FailureKind.RATE_LIMITED_MINUTE);
        CandidateSequence s = sequence();
        assertThat(drain(s)).containsExactly("groq big 2", "groq small 2", "gemini flash 1", "gemini flash 2");
        assertThat(s.earliestFree()).isEqualTo(NOW.plusSeconds(20));
    }

    @Test
    void keysRestingAfterRepeatedFailuresAreTriedLastRatherThanNever() {
        for (int i = 0; i < KeyHealth.BREAKER_THRESHOLD; i++) {
            groq.health(groq.keys().get(0)).failed(NOW);
        }
        assertThat(drain(sequence()))
                .containsExactly(
                        "groq big 2", "groq small 2", "gemini flash 1", "gemini flash 2", "groq big 1", "groq small 1");
    }

    @Test
    void disabledKeysRetiredModelsAndTooSmallModelsAreNeverOffered() {
        groq.health(groq.keys().get(1)).disable(NOW.plus(Duration.ofHours(24)), "key rejected");
        groq.retire("small", NOW.plus(Duration.ofHours(24)));
        gemini.tokenCeiling("flash", 500);
        CandidateSequence s = sequence();
        assertThat(drain(s)).containsExactly("groq big 1");
        assertThat(s.tooLargeSomewhere()).isTrue();
    }

    private CandidateSequence sequence() {
        return new CandidateSequence(List.of(groq, gemini), 1000, clock);
    }

    private static List<String> drain(CandidateSequence s) {
        List<String> names = new ArrayList<>();
        for (Optional<Candidate> c = s.next(); c.isPresent(); c = s.next()) {
            names.add(name(c.get()));
        }
        return names;
    }

    private static String name(Candidate c) {
        return c.provider() + " " + c.model() + " " + c.key().position();
    }
}
