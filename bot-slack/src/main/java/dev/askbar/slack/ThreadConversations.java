package dev.askbar.slack;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;

/**
 * Which conversation a Slack thread belongs to. A mention's thread is its own conversation; an {@code /ask} answer
 * starts one before its message exists (the question is queued before anything is posted), so once the message is
 * posted its thread is remembered as that conversation, and a mention in it is a follow-up.
 */
final class ThreadConversations {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Cache<String, String> threads;

    ThreadConversations(Duration remember, long maxThreads) {
        this.threads = Caffeine.newBuilder().expireAfterWrite(remember).maximumSize(maxThreads).build();
    }

    /** A new conversation in this channel, for an {@code /ask}. */
    String start(String channel) {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return channel + ":ask-" + HexFormat.of().formatHex(bytes);
    }

    /** The thread of this message continues that conversation. */
    void threadOf(String channel, String ts, String conversation) {
        threads.put(channel + ":" + ts, conversation);
    }

    /** The conversation of a mention in this thread. */
    String of(String channel, String threadTs) {
        String key = channel + ":" + threadTs;
        String known = threads.getIfPresent(key);
        return known != null ? known : key;
    }
}
