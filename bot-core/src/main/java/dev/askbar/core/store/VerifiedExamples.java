package dev.askbar.core.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Question and SQL pairs the engine shows the model as examples. Only approved ones reach a prompt: a 👍 from
 * any chat user merely proposes one (pending), and an admin approves or rejects it. An example an admin adds
 * directly is approved by that admin.
 */
public final class VerifiedExamples {
    private static final Logger log = LoggerFactory.getLogger(VerifiedExamples.class);

    /** What the engine shows the model. */
    public record Example(String question, String sql) {}

    public enum Status {
        PENDING,
        APPROVED,
        REJECTED;

        String column() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * One stored example with its review state.
     *
     * @param source     {@code feedback} (proposed by a 👍) or {@code admin}
     * @param proposedBy who gave the 👍 or added it
     */
    public record Candidate(
            long id,
            String question,
            String sql,
            String source,
            String proposedBy,
            Instant proposedAt,
            Status status,
            Optional<String> reviewedBy,
            Optional<Instant> reviewedAt) {}

    /** The result of an approval or rejection. */
    public enum Review {
        /** The example now has the asked-for status. */
        DONE,
        /** It already had that status; nothing changed. */
        UNCHANGED,
        /** No example has that id. */
        NOT_FOUND
    }

    private static final String COLUMNS =
            "id, question, sql, source, created_by, created_at, status, reviewed_by, reviewed_at";

    private final StateStore store;

    public VerifiedExamples(StateStore store) {
        this.store = store;
    }

    /** The approved examples, newest first: what the model may see. */
    public List<Example> all() {
        List<Example> out = new ArrayList<>();
        if (!store.available()) {
            return out;
        }
        try (Connection c = store.dataSource().getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "SELECT question, sql FROM askbar.verified_examples WHERE status = 'approved' ORDER BY id DESC LIMIT 500");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Example(rs.getString(1), rs.getString(2)));
            }
        } catch (SQLException e) {
            store.failed(e);
            log.warn("verified examples unavailable: {}", e.getMessage());
        }
        return out;
    }

    /** Stores a pair an admin vouches for, approved at once (also when it was pending or rejected before). */
    public void add(String question, String sql, String admin) {
        try (Connection c = store.dataSource().getConnection();
                PreparedStatement ps = c.prepareStatement("""
                     INSERT INTO askbar.verified_examples (question, sql, source, created_by, status, reviewed_by, reviewed_at)
                     VALUES (?, ?, 'admin', ?, 'approved', ?, now())
                     ON CONFLICT (question, sql) DO UPDATE
                        SET status = 'approved', reviewed_by = EXCLUDED.reviewed_by, reviewed_at = now()""")) {
            ps.setString(1, question);
            ps.setString(2, sql);
            ps.setString(3, admin);
            ps.setString(4, admin);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not store the example: " + e.getMessage(), e);
        }
    }

    /**
     * A 👍 on an answer proposes its question and SQL as an example, pending until an admin reviews it. A pair
     * already stored keeps its status, so a rejected example cannot come back through more 👍s.
     *
     * @return false when the audit id is unknown, the answer failed, or the store could not be written
     */
    public boolean proposeFromFeedback(long auditId, String user) {
        try (Connection c = store.dataSource().getConnection();
                PreparedStatement ps = c.prepareStatement("""
                     INSERT INTO askbar.verified_examples (question, sql, source, created_by, status)
                     SELECT question, sql, 'feedback', ?, 'pending' FROM askbar.audit_log
                     WHERE id = ? AND outcome = 'answered' AND sql IS NOT NULL
                     ON CONFLICT (question, sql) DO NOTHING""")) {
            ps.setString(1, user);
            ps.setLong(2, auditId);
            ps.executeUpdate();
            return answered(c, auditId);
        } catch (SQLException e) {
            log.warn("could not store a proposed example: {}", e.getMessage());
            return false;
        }
    }

    private static boolean answered(Connection c, long auditId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT 1 FROM askbar.audit_log WHERE id = ? AND outcome = 'answered' AND sql IS NOT NULL")) {
            ps.setLong(1, auditId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Examples waiting for review, oldest first, so a review works through them in order. */
    public List<Candidate> pending(int limit) {
        return select("WHERE status = 'pending' ORDER BY id LIMIT ?", limit);
    }

    /** Every example with its status, newest first. */
    public List<Candidate> list(int limit) {
        return select("ORDER BY id DESC LIMIT ?", limit);
    }

    public Optional<Candidate> find(long id) {
        return select("WHERE id = ?", id).stream().findFirst();
    }

    /** Makes the example one the model sees; works on pending and on rejected examples. */
    public Review approve(long id, String admin) {
        return review(id, Status.APPROVED, admin);
    }

    /** Keeps the example out of prompts; works on pending and on approved examples. */
    public Review reject(long id, String admin) {
        return review(id, Status.REJECTED, admin);
    }

    private Review review(long id, Status to, String admin) {
        try (Connection c = store.dataSource().getConnection();
                PreparedStatement ps = c.prepareStatement("""
                     UPDATE askbar.verified_examples SET status = ?, reviewed_by = ?, reviewed_at = now()
                     WHERE id = ? AND status <> ?""")) {
            ps.setString(1, to.column());
            ps.setString(2, admin);
            ps.setLong(3, id);
            ps.setString(4, to.column());
            if (ps.executeUpdate() == 1) {
                log.info("example {} {} by {}", id, to.column(), admin);
                return Review.DONE;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not review the example: " + e.getMessage(), e);
        }
        return find(id).isPresent() ? Review.UNCHANGED : Review.NOT_FOUND;
    }

    private List<Candidate> select(String where, long parameter) {
        List<Candidate> out = new ArrayList<>();
        try (Connection c = store.dataSource().getConnection();
                PreparedStatement ps =
                        c.prepareStatement("SELECT " + COLUMNS + " FROM askbar.verified_examples " + where)) {
            ps.setLong(1, parameter);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Timestamp reviewedAt = rs.getTimestamp(9);
                    out.add(new Candidate(
                            rs.getLong(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getTimestamp(6).toInstant(),
                            Status.valueOf(rs.getString(7).toUpperCase(Locale.ROOT)),
                            Optional.ofNullable(rs.getString(8)),
                            Optional.ofNullable(reviewedAt).map(Timestamp::toInstant)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the examples: " + e.getMessage(), e);
        }
        return out;
    }
}
