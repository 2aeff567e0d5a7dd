package dev.askbar.discord;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import java.time.Duration;
import java.util.Optional;

/**
 * Which conversation a message belongs to, for reply chains outside threads: a reply to the bot's answer (or to
 * the question before it) continues that question's conversation. Kept for a day in memory; after a restart a
 * reply simply starts from the message it answers.
 */
final class ReplyChains {
    private final Cache<String, String> conversations =
            Caffeine.newBuilder().expireAfterWrite(Duration.ofDays(1)).maximumSize(50_000).build();

    void remember(String messageId, String conversation) {
        conversations.put(messageId, conversation);
    }

    Optional<String> conversationOf(String messageId) {
        return Optional.ofNullable(conversations.getIfPresent(messageId));
    }
}
