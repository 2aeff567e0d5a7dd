package dev.askbar.core.llm;

import java.time.Duration;
import java.util.Optional;

/** The outcome of one HTTP call to one provider with one key and model. */
sealed interface Attempt {

    record Success(LlmReply reply, RateBudget budget) implements Attempt {
    }

    /**
     * @param retryIn when the provider said the limit resets, if it said so
     * @param detail  the provider's own text for the logs; may name organisations, never shown to users
     */
    record Failure(FailureKind kind, Optional<Duration> retryIn, int status, String detail) implements Attempt {
    }
}
