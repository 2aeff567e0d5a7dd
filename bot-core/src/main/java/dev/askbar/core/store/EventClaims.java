package dev.askbar.core.store;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Exactly-once answers across replicas: before any work on a chat event (a Slack event or command id, a Discord
 * mention's message id) an adapter claims it, and only the first claimant, on any replica, answers. A retry or a
 * duplicate delivery finds the claim and is acknowledged and dropped. A claim lasts its TTL (longer than the
 * platform's retry horizon: Slack retries for about five minutes); expired claims may be taken again and are
 * deleted once a minute.
 *
 * <p>When the state database cannot be reached, a claim <em>fails open</em>: the event is answered, de-duplicated
 * only on this replica, and a warning is logged once a minute. A duplicate answer during an outage is a visible
 * but harmless nuisance; refusing every event would make the bot silent, and the state database being down does
 * not stop answering (the data database is a separate dependency). Slack retries only events that were not
 * acknowledged within 3 s, so duplicates stay rare even then.
 */
public final class EventClaims {
    private static final Logger log = LoggerFactory.getLogger(EventClaims.class);
    static final Duration CLEANUP_EVERY = Duration.ofMinutes(1);
    /** Longer ids (which no platform sends) are stored as their SHA-256, so a hostile one cannot bloat the table. */
    static final int MAX_ID_CHARS = 200;

    private static final String CLAIM = """
            INSERT INTO askbar.event_claim AS e (platform, event_id, claimed_by, claimed_at, expires_at)
            VALUES (?, ?, ?, now(), now() + make_interval(secs => ?))
            ON CONFLICT (platform, event_id) DO UPDATE SET claimed_by = EXCLUDED.claimed_by,
                claimed_at = EXCLUDED.claimed_at, expires_at = EXCLUDED.expires_at
            WHERE e.expires_at <= now()
            RETURNING claimed_by""";

    private final StateStore store;
    private final ThrottledWarning warning = new ThrottledWarning(log);
    /** Events this replica has seen, so a duplicate delivered here needs no database trip (and outages de-duplicate locally). */
    private final Cache<String, Duration> seenHere = Caffeine.newBuilder()
            .expireAfter(Expiry.creating((String event, Duration ttl) -> ttl))
            .maximumSize(100_000)
            .build();

    private final Periodic cleanups = new Periodic(CLEANUP_EVERY);

    public EventClaims(StateStore store) {
        this.store = store;
    }

    /**
     * True for the first claimant of this event across all replicas within {@code ttl}; false for every later
     * one. Never throws: see the class comment for what happens when the state database is down.
     */
    public boolean claim(String platform, String eventId, Duration ttl) {
        String id = eventId.length() > MAX_ID_CHARS ? sha256(eventId) : eventId;
        String key = platform + "\u0000" + id;
        if (seenHere.getIfPresent(key) != null) {
            return false;
        }
        if (!store.available()) {
            return failOpen(key, ttl, "the state database failed moments ago");
        }
        boolean claimed;
        try (Connection c = store.dataSource().getConnection();
                PreparedStatement ps = c.prepareStatement(CLAIM)) {
            ps.setString(1, platform);
            ps.setString(2, id);
            ps.setString(3, store.replicaId());
            ps.setDouble(4, ttl.toMillis() / 1000.0);
            try (ResultSet rs = ps.executeQuery()) {
                claimed = rs.next();
            }
        } catch (SQLException e) {
            store.failed(e);
            return failOpen(key, ttl, e.getMessage());
        }
        seenHere.put(key, ttl);
        if (claimed) {
            cleanUpNowAndThen();
        } else {
            log.info("{} event {} was already claimed by another replica; dropping this delivery", platform, id);
        }
        return claimed;
    }

    private boolean failOpen(String key, Duration ttl, String why) {
        warning.warn("event claims unavailable ({}); answering without de-duplication across replicas", why);
        return seenHere.asMap().putIfAbsent(key, ttl) == null;
    }

    private void cleanUpNowAndThen() {
        if (cleanups.due()) {
            cleanUp();
        }
    }

    /** Deletes expired claims; returns how many. */
    int cleanUp() {
        try (Connection c = store.dataSource().getConnection();
                Statement s = c.createStatement()) {
            int deleted = s.executeUpdate("DELETE FROM askbar.event_claim WHERE expires_at <= now()");
            log.debug("deleted {} expired event claims", deleted);
            return deleted;
        } catch (SQLException e) {
            store.failed(e);
            warning.warn("expired event claims not deleted: {}", e.getMessage());
            return 0;
        }
    }

    private static String sha256(String s) {
        try {
            return "sha256:"
                    + HexFormat.of()
                            .formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
