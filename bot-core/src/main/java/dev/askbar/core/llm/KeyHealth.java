package dev.askbar.core.llm;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The state of one key itself, whatever the model: disabled after the provider rejected it, or rested by a short
 * circuit breaker after repeated timeouts and server errors so one sick key does not slow every question.
 */
final class KeyHealth {
    static final int BREAKER_THRESHOLD = 3;
    static final Duration BREAKER_OPEN = Duration.ofSeconds(30);
    /** A rejected key is retried a day later, in case the operator fixed the project or billing. */
    static final Duration DISABLED_FOR = Duration.ofHours(24);

    private Instant disabledUntil;
    private String disabledReason;
    private int consecutiveFailures;
    private Instant openUntil;
    private boolean halfOpen;

    synchronized Optional<Instant> blockedUntil(Instant now) {
        if (disabledUntil != null && now.isBefore(disabledUntil)) {
            return Optional.of(disabledUntil);
        }
        if (openUntil != null && now.isBefore(openUntil)) {
            return Optional.of(openUntil);
        }
        return Optional.empty();
    }

    synchronized void disable(Instant until, String reason) {
        disabledUntil = until;
        disabledReason = reason;
    }

    synchronized Optional<Instant> disabledUntil(Instant now) {
        return disabledUntil != null && now.isBefore(disabledUntil) ? Optional.of(disabledUntil) : Optional.empty();
    }

    synchronized Optional<String> disabledReason() {
        return Optional.ofNullable(disabledReason);
    }

    synchronized Optional<Instant> openUntil(Instant now) {
        return openUntil != null && now.isBefore(openUntil) ? Optional.of(openUntil) : Optional.empty();
    }

    /** Counts a timeout, 5xx or malformed reply; returns true when this failure opened the breaker. */
    synchronized boolean failed(Instant now) {
        consecutiveFailures++;
        // after a rest, one more failure is enough to rest again
        if (consecutiveFailures >= BREAKER_THRESHOLD || halfOpen) {
            openUntil = now.plus(BREAKER_OPEN);
            halfOpen = true;
            consecutiveFailures = 0;
            return true;
        }
        return false;
    }

    synchronized void succeeded() {
        consecutiveFailures = 0;
        halfOpen = false;
        openUntil = null;
        disabledUntil = null;
        disabledReason = null;
    }
}
