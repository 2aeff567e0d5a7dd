package dev.askbar.core.store;

import java.time.Duration;
import org.slf4j.Logger;

/**
 * One warning a minute for a failure that may repeat on every question (the state database being down): the
 * log says what happened without drowning the lines around it.
 */
final class ThrottledWarning {
    private final Logger log;
    private final Periodic loudly = new Periodic(Duration.ofMinutes(1));

    ThrottledWarning(Logger log) {
        this.log = log;
    }

    void warn(String format, Object... args) {
        if (loudly.due()) {
            log.warn(format, args);
        } else {
            log.debug(format, args);
        }
    }
}
