package dev.askbar.app;

import dev.askbar.core.platform.Coordination;
import dev.askbar.core.store.EventClaims;
import dev.askbar.core.store.StateStore;
import dev.askbar.core.store.StoredReplyChains;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The replicas' coordination kept in the state database: event claims in {@link EventClaims}, conversation links
 * in {@link StoredReplyChains} (one per platform, as that class cleans up per platform). Lives in the launcher
 * because the platform package and the store do not know each other. Both fail open when the database is down:
 * an event is answered (de-duplicated on this replica only) and a reply starts a new conversation.
 */
final class StoredCoordination implements Coordination {
    /** Longer than Slack's retry horizon (its retries come within minutes; Socket Mode redeliveries too). */
    static final Duration CLAIM_TTL = Duration.ofHours(1);
    /** How long a reply to an answer, or a follow-up in a thread, still continues its conversation. */
    static final Duration LINK_TTL = Duration.ofDays(7);

    private final StateStore store;
    private final EventClaims claims;
    private final Duration linkTtl;
    private final Map<String, StoredReplyChains> chains = new ConcurrentHashMap<>();

    StoredCoordination(StateStore store) {
        this(store, LINK_TTL);
    }

    StoredCoordination(StateStore store, Duration linkTtl) {
        this.store = store;
        this.claims = new EventClaims(store);
        this.linkTtl = linkTtl;
    }

    @Override
    public boolean claim(String platform, String eventId) {
        // an event without an id cannot be told from its retries; answering it beats dropping it
        if (eventId == null || eventId.isBlank()) {
            return true;
        }
        return claims.claim(platform, eventId, CLAIM_TTL);
    }

    @Override
    public void link(String platform, String messageId, String conversation) {
        chainsOf(platform).remember(messageId, conversation);
    }

    @Override
    public Optional<String> conversationOf(String platform, String messageId) {
        return chainsOf(platform).conversationOf(messageId);
    }

    private StoredReplyChains chainsOf(String platform) {
        return chains.computeIfAbsent(platform, p -> new StoredReplyChains(store, p, linkTtl));
    }
}
