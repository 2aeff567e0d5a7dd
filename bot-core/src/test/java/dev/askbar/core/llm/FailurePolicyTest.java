package dev.askbar.core.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.askbar.core.config.ProviderType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The gateway's failure rules as tables: no HTTP, no clock, no provider text. */
class FailurePolicyTest {
    static final Instant NOW = Instant.parse("2026-03-10T19:00:00Z");

    @ParameterizedTest(name = "{0} (strike {1}) -> {2}, {3}")
    @CsvSource({
        "RATE_LIMITED_MINUTE,   0, COOL_GROUP,        NEXT_KEY",
        "RATE_LIMITED_DAY,      0, COOL_GROUP,        NEXT_KEY",
        "PROVIDER_UNAVAILABLE,  1, COUNT_AGAINST_KEY, NEXT_KEY",
        "PROVIDER_UNAVAILABLE,  2, COUNT_AGAINST_KEY, OTHER_PROVIDERS_FIRST",
        "TRANSIENT,             1, COUNT_AGAINST_KEY, NEXT_KEY",
        "TRANSIENT,             2, COUNT_AGAINST_KEY, OTHER_PROVIDERS_FIRST",
        "TRANSIENT,             5, COUNT_AGAINST_KEY, OTHER_PROVIDERS_FIRST",
        "KEY_REJECTED,          0, DISABLE_KEY,       NEXT_KEY",
        "MODEL_UNAVAILABLE,     0, RETIRE_MODEL,      NEXT_MODEL",
        "REQUEST_TOO_LARGE,     0, CAP_MODEL_TOKENS,  NEXT_MODEL",
        "PROMPT_TOO_LONG,       0, NONE,              SHRINK_PROMPT",
        "BAD_REQUEST,           0, NONE,              NEXT_MODEL",
        "UNREACHABLE,           0, REST_PROVIDER,     NEXT_PROVIDER",
        "CANCELLED,             0, NONE,              NEXT_KEY",
    })
    void eachFailureKindHasOneRemedyAndOneNextStep(
            FailureKind kind, int strikes, FailurePolicy.Remedy remedy, FailurePolicy.Next next) {
        assertThat(FailurePolicy.after(kind, strikes)).isEqualTo(new FailurePolicy.Verdict(remedy, next));
    }

    @Test
    void everyFailureKindIsInTheTable() {
        for (FailureKind kind : FailureKind.values()) {
            assertThat(FailurePolicy.after(kind, 1)).as(kind.name()).isNotNull();
        }
        assertThat(FailurePolicy.Next.values()).hasSize(5);
    }

    @Test
    void givingUpWhenEveryGroupIsCoolingSaysWhenTheEarliestFreesUp() {
        KeyPool groq = Pools.pool(ProviderType.GROQ, List.of("m"), "acme");
        Tally tally = tally(groq);
        tally.failed(candidate(groq), failure(FailureKind.RATE_LIMITED_MINUTE), "rate limited per minute, HTTP 429");
        tally.freeAt(NOW.plusSeconds(90));
        LlmException e = FailurePolicy.giveUp(tally, false, NOW, 1000);
        assertThat(e).isInstanceOf(NoKeyAvailableException.class);
        assertThat(e.userMessage())
                .isEqualTo("Every language model key is rate-limited right now; the earliest frees up in 2 min.");
    }

    @Test
    void givingUpAfterServerErrorsIsNotBlamedOnRateLimits() {
        KeyPool groq = Pools.pool(ProviderType.GROQ, List.of("m"), "acme", "globex");
        Tally tally = tally(groq);
        tally.failed(candidate(groq), failure(FailureKind.RATE_LIMITED_MINUTE), "rate limited per minute, HTTP 429");
        tally.freeAt(NOW.plusSeconds(90));
        // the display text of a server error says nothing the decision reads: only its kind counts
        tally.failed(candidate(groq), failure(FailureKind.PROVIDER_UNAVAILABLE), "rate limited per day");
        LlmException e = FailurePolicy.giveUp(tally, false, NOW, 1000);
        assertThat(e).isNotInstanceOf(NoKeyAvailableException.class);
        assertThat(e.userMessage())
                .isEqualTo("No language model could answer right now; please try again in a minute.");
    }

    @Test
    void givingUpAfterConnectionFailuresNamesTheHostAndTheSetting() {
        KeyPool groq = Pools.pool(ProviderType.GROQ, List.of("m"), "acme");
        KeyPool gemini = Pools.pool(ProviderType.GEMINI, List.of("g"), "p1");
        Tally tally = tally(groq, gemini);
        tally.failed(candidate(groq), failure(FailureKind.UNREACHABLE), "cannot connect");
        assertThat(FailurePolicy.giveUp(tally, false, NOW, 1000).userMessage())
                .isEqualTo("Cannot reach api.groq.com: check the network or ASKBAR_GROQ_BASE_URL.");
        tally.failed(candidate(gemini), failure(FailureKind.UNREACHABLE), "cannot connect");
        assertThat(FailurePolicy.giveUp(tally, false, NOW, 1000).userMessage())
                .isEqualTo("Cannot reach api.groq.com or generativelanguage.googleapis.com: check the network or "
                        + "ASKBAR_GROQ_BASE_URL and ASKBAR_GEMINI_BASE_URL.");
    }

    @Test
    void givingUpWithNothingTriedSaysTheKeysWereRejected() {
        Tally tally = tally(Pools.pool(ProviderType.GROQ, List.of("m"), "acme"));
        assertThat(FailurePolicy.giveUp(tally, false, NOW, 1000).userMessage()).contains("rejected");
        assertThat(FailurePolicy.giveUp(tally, true, NOW, 1000).userMessage())
                .isEqualTo("No language model answered in time; please try again in a minute.");
    }

    @Test
    void humanDurations() {
        assertThat(FailurePolicy.humanDuration(45)).isEqualTo("45 s");
        assertThat(FailurePolicy.humanDuration(600)).isEqualTo("10 min");
        assertThat(FailurePolicy.humanDuration(7200)).isEqualTo("2.0 h");
    }

    static Tally tally(KeyPool... pools) {
        return new Tally(new CandidateSequence(List.of(pools), 1000, new MutableClock(NOW)));
    }

    static Candidate candidate(KeyPool pool) {
        return new Candidate(
                pool,
                pool.keys().get(0),
                pool.models().get(0),
                pool.quota(pool.keys().get(0).group(), pool.models().get(0)),
                false);
    }

    static Attempt.Failure failure(FailureKind kind) {
        return new Attempt.Failure(kind, Optional.empty(), Optional.empty(), 0, "detail", Duration.ZERO);
    }
}
