package dev.askbar.discord;

import dev.askbar.core.platform.Coordination;
import java.util.Optional;

/**
 * Which conversation a message belongs to, for reply chains outside threads: a reply to the bot's answer (or to
 * the question before it) continues that question's conversation. Kept through the context's coordination, so a
 * reply that reaches another replica, or this one after a restart, still continues the conversation.
 */
final class ReplyChains {
    static final String PLATFORM = "discord";

    private final Coordination coordination;

    ReplyChains(Coordination coordination) {
        this.coordination = coordination;
    }

    /** For one process alone. */
    ReplyChains() {
        this(Coordination.inMemory());
    }

    void remember(String messageId, String conversation) {
        coordination.link(PLATFORM, messageId, conversation);
    }

    Optional<String> conversationOf(String messageId) {
        return coordination.conversationOf(PLATFORM, messageId);
    }
}
