package dev.askbar.slack;

import dev.askbar.core.platform.Coordination;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Which conversation a Slack thread belongs to. A mention's thread is its own conversation; an {@code /ask} answer
 * starts one before its message exists (the question is queued before anything is posted), so once the message is
 * posted its thread is linked to that conversation, and a mention in it is a follow-up. The links go through the
 * context's coordination, so a follow-up that Slack delivers to another replica (or after a restart) still finds it.
 */
final class ThreadConversations {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Coordination coordination;

    ThreadConversations(Coordination coordination) {
        this.coordination = coordination;
    }

    /** A new conversation in this channel, for an {@code /ask}. */
    String start(String channel) {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return channel + ":ask-" + HexFormat.of().formatHex(bytes);
    }

    /** The thread of this message continues that conversation. */
    void threadOf(String channel, String ts, String conversation) {
        coordination.link(SlackAnswers.PLATFORM, channel + ":" + ts, conversation);
    }

    /** The conversation of a mention in this thread. */
    String of(String channel, String threadTs) {
        String key = channel + ":" + threadTs;
        return coordination.conversationOf(SlackAnswers.PLATFORM, key).orElse(key);
    }
}
