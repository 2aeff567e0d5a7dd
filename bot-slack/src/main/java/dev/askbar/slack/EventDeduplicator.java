package dev.askbar.slack;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import java.time.Duration;

/**
 * Slack re-sends an event it thinks was not acknowledged (X-Slack-Retry-Num 1 to 3, within about an hour), and
 * a retry can arrive while the first delivery is still being answered; an event id seen once is never answered again.
 */
final class EventDeduplicator {
    private final Cache<String, Boolean> seen;

    EventDeduplicator(Duration remember, int maxEvents) {
        this.seen = Caffeine.newBuilder().expireAfterWrite(remember).maximumSize(maxEvents).build();
    }

    /** True the first time an event id is offered, false for every later delivery of it. */
    boolean firstDelivery(String eventId) {
        if (eventId == null || eventId.isBlank()) {
            return true;
        }
        return seen.asMap().putIfAbsent(eventId, Boolean.TRUE) == null;
    }
}
