package dev.askbar.core.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which conversation a chat message belongs to, for reply chains outside threads (a reply to the bot's answer
 * continues that question's conversation), shared by every replica and kept across restarts for a limited time.
 * When the state database cannot be reached, a reply simply starts a new conversation.
 */
public final class StoredReplyChains {
    private static final Logger log = LoggerFactory.getLogger(StoredReplyChains.class);
    static final Duration CLEANUP_EVERY = Duration.ofMinutes(1);
    /** Platform message and conversation ids are short; anything longer is not one of ours. */
    static final int MAX_ID_CHARS = 200;

    private final StateStore store;
    private final String platform;
    private final Duration ttl;
    private final ThrottledWarning warning = new ThrottledWarning(log);
    private final Periodic cleanups = new Periodic(CLEANUP_EVERY);

    public StoredReplyChains(StateStore store, String platform, Duration ttl) {
        this.store = store;
        this.platform = platform;
        this.ttl = ttl;
    }

    public void remember(String messageId, String conversation) {
        if (messageId.length() > MAX_ID_CHARS || conversation.length() > MAX_ID_CHARS || !store.available()) {
            return;
        }
        try (Connection c = store.dataSource().getConnection();
                PreparedStatement ps = c.prepareStatement("""
                INSERT INTO askbar.reply_chain (platform, message_id, conversation) VALUES (?, ?, ?)
                ON CONFLICT (platform, message_id) DO UPDATE SET conversation = EXCLUDED.conversation, created_at = now()""")) {
            ps.setString(1, platform);
            ps.setString(2, messageId);
            ps.setString(3, conversation);
            ps.executeUpdate();
        } catch (SQLException e) {
            store.failed(e);
            warning.warn(
                    "reply chain not stored ({}); a reply to that message starts a new conversation", e.getMessage());
            return;
        }
        cleanUpNowAndThen();
    }

    public Optional<String> conversationOf(String messageId) {
        if (messageId.length() > MAX_ID_CHARS || !store.available()) {
            return Optional.empty();
        }
        try (Connection c = store.dataSource().getConnection();
                PreparedStatement ps = c.prepareStatement("""
                SELECT conversation FROM askbar.reply_chain
                WHERE platform = ? AND message_id = ? AND created_at > now() - make_interval(secs => ?)""")) {
            ps.setString(1, platform);
            ps.setString(2, messageId);
            ps.setDouble(3, ttl.toMillis() / 1000.0);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            store.failed(e);
            warning.warn("reply chains unavailable: {}", e.getMessage());
            return Optional.empty();
        }
    }

    private void cleanUpNowAndThen() {
        if (cleanups.due()) {
            cleanUp();
        }
    }

    /** Deletes this platform's links older than the TTL; returns how many. */
    int cleanUp() {
        try (Connection c = store.dataSource().getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "DELETE FROM askbar.reply_chain WHERE platform = ? AND created_at <= now() - make_interval(secs => ?)")) {
            ps.setString(1, platform);
            ps.setDouble(2, ttl.toMillis() / 1000.0);
            return ps.executeUpdate();
        } catch (SQLException e) {
            store.failed(e);
            warning.warn("expired reply chains not deleted: {}", e.getMessage());
            return 0;
        }
    }
}
