package dev.askbar.core.llm;

import java.time.Duration;
import java.util.Optional;

/**
 * One upstream call, for metrics and benchmarks.
 *
 * @param exchange time in the HTTP exchange, so callers can tell the gateway's own time from the provider's
 */
public record AttemptEvent(String provider, String key, String group, String model, Optional<FailureKind> failure,
                           Duration exchange) {
}
