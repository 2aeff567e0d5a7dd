package dev.askbar.core.llm;

import java.time.Duration;
import java.util.Optional;

/** The outcome of one HTTP call to one provider with one key and model. */
sealed interface Attempt {

    /** Time spent in the HTTP exchange itself, from sending the request to reading the last byte. */
    Duration exchange();

    record Success(LlmReply reply, RateBudget budget) implements Attempt {
        @Override
        public Duration exchange() {
            return reply.latency();
        }
    }

    /**
     * @param retryIn    when the provider said the limit resets, if it said so
     * @param tokenLimit the per-minute token limit a 413 named, so larger requests skip the model
     * @param detail     the provider's own text for the logs; may name organisations, never shown to users
     */
    record Failure(
            FailureKind kind,
            Optional<Duration> retryIn,
            Optional<Integer> tokenLimit,
            int status,
            String detail,
            Duration exchange)
            implements Attempt {

        static Failure of(FailureKind kind, int status, String detail, Duration exchange) {
            return new Failure(kind, Optional.empty(), Optional.empty(), status, detail, exchange);
        }
    }
}
