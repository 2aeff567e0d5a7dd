package dev.askbar.core.store;

import dev.askbar.core.engine.Answer;
import dev.askbar.core.engine.AnswerError;
import dev.askbar.core.engine.AnswerLog;
import dev.askbar.core.engine.Turn;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Writes every question, answered or not, to {@code askbar.audit_log}. */
public final class AuditLog implements AnswerLog {
    private static final Logger log = LoggerFactory.getLogger(AuditLog.class);
    private static final String INSERT = """
            INSERT INTO askbar.audit_log (platform, asker, conversation, question, sql, row_count, truncated, outcome,
                error_code, error_message, provider, model, key_masked, sql_ms, db_ms, summary_ms, total_ms, asked_at)
            VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)""";

    private static final int MAX_PENDING = 10_000;

    private final StateStore store;
    private final ConcurrentLinkedQueue<Stamped> pending = new ConcurrentLinkedQueue<>();
    private final ReentrantLock flushing = new ReentrantLock();
    private final Clock clock;

    public AuditLog(StateStore store) {
        this(store, Clock.systemUTC());
    }

    public AuditLog(StateStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** The last answered questions of a conversation, oldest first, so a follow-up can build on them. */
    public List<Turn> recentTurns(String conversation, int limit, Duration within) {
        List<Turn> turns = new ArrayList<>();
        if (!store.available()) {
            return turns;
        }
        try (Connection c = store.dataSource().getConnection();
                PreparedStatement ps = c.prepareStatement("""
                     SELECT question, sql FROM askbar.audit_log
                     WHERE conversation = ? AND outcome = 'answered' AND sql IS NOT NULL AND asked_at > ?
                     ORDER BY id DESC LIMIT ?""")) {
            ps.setString(1, conversation);
            ps.setTimestamp(2, Timestamp.from(clock.instant().minus(within)));
            ps.setInt(3, limit);
            try (var rs = ps.executeQuery()) {
                while (rs.next()) {
                    turns.add(0, new Turn(rs.getString(1), rs.getString(2)));
                }
            }
        } catch (SQLException e) {
            store.failed(e);
            log.warn("conversation history unavailable: {}", e.getMessage());
        }
        return turns;
    }

    /** Records 👍 (+1) or 👎 (-1) on an answer; false when the id is unknown. */
    public boolean feedback(long auditId, int value) {
        try (Connection c = store.dataSource().getConnection();
                PreparedStatement ps = c.prepareStatement("UPDATE askbar.audit_log SET feedback = ? WHERE id = ?")) {
            ps.setShort(1, (short) Integer.signum(value));
            ps.setLong(2, auditId);
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            log.warn("could not record feedback: {}", e.getMessage());
            return false;
        }
    }

    /**
     * Returns the audit id, or -1 when the store was unreachable: the record then waits in memory (and is
     * logged) and is written with the next record that gets through, or at {@link #flush()}.
     */
    public long record(Answer answer) {
        Stamped stamped = new Stamped(answer, clock.instant());
        if (store.available()) {
            flush();
        }
        try {
            if (!store.available()) {
                throw new SQLException("state store unavailable (backing off after a recent failure)");
            }
            return insert(stamped);
        } catch (SQLException e) {
            if (store.available()) {
                store.failed(e);
            }
            if (pending.size() >= MAX_PENDING) {
                Stamped dropped = pending.poll();
                log.error(
                        "audit buffer full; dropping the oldest pending record from {}",
                        dropped.answer().question().asker());
            }
            pending.add(stamped);
            log.error(
                    "audit store unavailable ({}); kept for later: question from {} on {}: {} -> {}",
                    e.getMessage(),
                    answer.question().asker(),
                    answer.question().platform(),
                    answer.question().text(),
                    answer.ok() ? "answered" : answer.error().get().code());
            return -1;
        }
    }

    /**
     * Writes records that waited while the store was down; returns how many are still waiting. One thread flushes at a
     * time (two would both write the record at the head of the queue); another finds the flush under way and leaves.
     */
    public int flush() {
        if (!flushing.tryLock()) {
            return pending.size();
        }
        try {
            Stamped next;
            while ((next = pending.peek()) != null) {
                try {
                    insert(next);
                    pending.remove(next);
                } catch (SQLException e) {
                    store.failed(e);
                    break;
                }
            }
            return pending.size();
        } finally {
            flushing.unlock();
        }
    }

    private record Stamped(Answer answer, Instant askedAt) {}

    private long insert(Stamped stamped) throws SQLException {
        Answer answer = stamped.answer();
        try (Connection c = store.dataSource().getConnection();
                PreparedStatement ps = c.prepareStatement(INSERT, new String[] {"id"})) {
            var q = answer.question();
            ps.setString(1, q.platform());
            ps.setString(2, q.asker());
            ps.setString(3, q.conversation().orElse(null));
            ps.setString(4, q.text());
            ps.setString(5, answer.sql().orElse(null));
            if (answer.result().isPresent()) {
                ps.setInt(6, answer.result().get().rowCount());
                ps.setBoolean(7, answer.result().get().truncated());
            } else {
                ps.setNull(6, Types.INTEGER);
                ps.setNull(7, Types.BOOLEAN);
            }
            ps.setString(8, answer.ok() ? "answered" : "failed");
            ps.setString(9, answer.error().map(e -> e.code().name()).orElse(null));
            ps.setString(10, answer.error().map(AnswerError::message).orElse(null));
            ps.setString(11, answer.provider().orElse(null));
            ps.setString(12, answer.model().orElse(null));
            ps.setString(13, answer.keyMasked().orElse(null));
            ps.setInt(14, (int) answer.timings().sqlMs());
            ps.setInt(15, (int) answer.timings().dbMs());
            ps.setInt(16, (int) answer.timings().summaryMs());
            ps.setInt(17, (int) answer.timings().totalMs());
            ps.setTimestamp(18, Timestamp.from(stamped.askedAt()));
            ps.executeUpdate();
            try (var keys = ps.getGeneratedKeys()) {
                return keys.next() ? keys.getLong(1) : -1;
            }
        }
    }
}
