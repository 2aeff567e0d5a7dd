package dev.askbar.core.store;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A chore done at most once per interval, by whichever thread asks first once it is due (a cleanup, a warning that
 * would otherwise repeat on every question); the others go on without waiting. Due at once the first time.
 */
final class Periodic {
    private final long intervalNanos;
    private final AtomicLong nextNanos = new AtomicLong(System.nanoTime());

    Periodic(Duration interval) {
        this.intervalNanos = interval.toNanos();
    }

    /** True for exactly one caller once the interval has passed since the last one. */
    boolean due() {
        return due(false);
    }

    /** Like {@link #due()}, and also before the interval has passed when {@code early} says the chore cannot wait. */
    boolean due(boolean early) {
        long next = nextNanos.get();
        long now = System.nanoTime();
        return (early || now - next >= 0) && nextNanos.compareAndSet(next, now + intervalNanos);
    }
}
