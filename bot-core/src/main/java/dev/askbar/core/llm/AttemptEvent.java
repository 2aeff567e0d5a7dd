package dev.askbar.core.llm;

import java.time.Duration;
import java.util.Optional;

/**
 * One upstream call, for metrics and benchmarks.
 *
 * @param failure  empty on success; {@link FailureKind#CANCELLED} for the slower of two hedged calls
 * @param exchange time in the HTTP exchange, so callers can tell the gateway's own time from the provider's
 * @param hedge    the call was started while another for the same request was still out (a hedge)
 */
public record AttemptEvent(
        String provider,
        String key,
        String group,
        String model,
        Optional<FailureKind> failure,
        Duration exchange,
        boolean hedge) {

    public AttemptEvent(
            String provider, String key, String group, String model, Optional<FailureKind> failure, Duration exchange) {
        this(provider, key, group, model, failure, exchange, false);
    }
}
