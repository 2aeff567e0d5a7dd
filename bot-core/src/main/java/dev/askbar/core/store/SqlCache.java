package dev.askbar.core.store;

import dev.askbar.core.engine.SqlMemory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Question → SQL, per schema fingerprint, kept in the state store so every process and restart shares it.
 * A hit saves the SQL call; the SQL still runs, so the rows are always fresh. A time to live of zero turns it off:
 * then it costs no statement at all (before, every question still wrote its pair and looked it up in vain).
 */
public final class SqlCache implements SqlMemory {
    private static final Logger log = LoggerFactory.getLogger(SqlCache.class);

    private final StateStore store;
    private final Duration ttl;
    private final Clock clock;

    public SqlCache(StateStore store, Duration ttl, Clock clock) {
        this.store = store;
        this.ttl = ttl;
        this.clock = clock;
    }

    public Optional<String> find(String questionKey, String schemaFingerprint) {
        if (ttl.isZero() || !store.available()) {
            return Optional.empty();
        }
        try (Connection c = store.dataSource().getConnection();
                PreparedStatement ps = c.prepareStatement("""
                     UPDATE askbar.sql_cache SET hits = hits + 1
                     WHERE question_key = ? AND schema_fingerprint = ? AND created_at > ?
                     RETURNING sql""")) {
            ps.setString(1, questionKey);
            ps.setString(2, schemaFingerprint);
            ps.setTimestamp(3, Timestamp.from(clock.instant().minus(ttl)));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            store.failed(e);
            log.warn("sql cache unavailable: {}", e.getMessage());
            return Optional.empty();
        }
    }

    public void put(String questionKey, String schemaFingerprint, String sql) {
        if (ttl.isZero() || !store.available()) {
            return;
        }
        try (Connection c = store.dataSource().getConnection();
                PreparedStatement ps = c.prepareStatement("""
                     INSERT INTO askbar.sql_cache (question_key, schema_fingerprint, sql, created_at) VALUES (?, ?, ?, ?)
                     ON CONFLICT (question_key, schema_fingerprint) DO UPDATE SET sql = EXCLUDED.sql, created_at = EXCLUDED.created_at, hits = 0""")) {
            ps.setString(1, questionKey);
            ps.setString(2, schemaFingerprint);
            ps.setString(3, sql);
            ps.setTimestamp(4, Timestamp.from(clock.instant()));
            ps.executeUpdate();
        } catch (SQLException e) {
            store.failed(e);
            log.warn("sql cache unavailable: {}", e.getMessage());
        }
    }

    /** Forgets everything; returns how many entries there were. */
    public int clear() {
        try (Connection c = store.dataSource().getConnection();
                Statement s = c.createStatement()) {
            return s.executeUpdate("DELETE FROM askbar.sql_cache");
        } catch (SQLException e) {
            throw new IllegalStateException("could not clear the SQL cache: " + e.getMessage(), e);
        }
    }
}
