package dev.askbar.core.llm;

import java.time.Duration;
import java.util.Optional;

/**
 * What a provider said is left of a key's quota after a call (Groq's {@code x-ratelimit-remaining-*} headers).
 * Empty when the provider does not say.
 */
record RateBudget(
        Optional<Integer> remainingRequests,
        Optional<Duration> requestsReset,
        Optional<Integer> remainingTokens,
        Optional<Duration> tokensReset) {

    static RateBudget unknown() {
        return new RateBudget(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }
}
