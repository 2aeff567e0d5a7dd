package dev.askbar.core.store;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;

/**
 * One warning a minute for a failure that may repeat on every question (the state database being down): the
 * log says what happened without drowning the lines around it.
 */
final class ThrottledWarning {
    private static final long EVERY_NANOS = Duration.ofMinutes(1).toNanos();

    private final Logger log;
    private final AtomicLong lastNanos = new AtomicLong(System.nanoTime() - EVERY_NANOS);

    ThrottledWarning(Logger log) {
        this.log = log;
    }

    void warn(String format, Object... args) {
        long now = System.nanoTime();
        long last = lastNanos.get();
        if (now - last >= EVERY_NANOS && lastNanos.compareAndSet(last, now)) {
            log.warn(format, args);
        } else {
            log.debug(format, args);
        }
    }
}
