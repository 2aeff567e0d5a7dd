package dev.askbar.core.platform;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Optional;

/**
 * What the replicas of one AskBar must agree on beyond key state: which replica answers a delivered event, and which
 * conversation a posted message belongs to (so a reply to it is a follow-up wherever it lands). In memory for a
 * single process; the launcher backs it with the state database when several replicas share one.
 */
public interface Coordination {

    /** True for the first delivery of this event to any replica; a retry or duplicate delivery gets false. */
    boolean claim(String platform, String eventId);

    /** Remembers that a message (a question or an answer) belongs to a conversation. */
    void link(String platform, String messageId, String conversation);

    Optional<String> conversationOf(String platform, String messageId);

    /** For one process: claims for an hour (Slack retries within about that), links for a day. */
    static Coordination inMemory() {
        return new InMemory();
    }

    final class InMemory implements Coordination {
        private final Cache<String, Boolean> claims = Caffeine.newBuilder()
                .expireAfterWrite(Duration.ofHours(1))
                .maximumSize(100_000)
                .build();
        private final Cache<String, String> links = Caffeine.newBuilder()
                .expireAfterWrite(Duration.ofDays(1))
                .maximumSize(100_000)
                .build();

        private InMemory() {}

        @Override
        public boolean claim(String platform, String eventId) {
            if (eventId == null || eventId.isBlank()) {
                return true;
            }
            return claims.asMap().putIfAbsent(platform + ":" + eventId, Boolean.TRUE) == null;
        }

        @Override
        public void link(String platform, String messageId, String conversation) {
            links.put(platform + ":" + messageId, conversation);
        }

        @Override
        public Optional<String> conversationOf(String platform, String messageId) {
            return Optional.ofNullable(links.getIfPresent(platform + ":" + messageId));
        }
    }
}
