package dev.askbar.core.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Question and SQL pairs known to be right, which the engine shows the model as examples. */
public final class VerifiedExamples {
    private static final Logger log = LoggerFactory.getLogger(VerifiedExamples.class);

    public record Example(String question, String sql) {
    }

    private final StateStore store;

    public VerifiedExamples(StateStore store) {
        this.store = store;
    }

    public List<Example> all() {
        List<Example> out = new ArrayList<>();
        if (!store.available()) {
            return out;
        }
        try (Connection c = store.dataSource().getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT question, sql FROM askbar.verified_examples ORDER BY id DESC LIMIT 500");
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

    /** Stores a pair an admin vouches for. */
    public void add(String question, String sql, String createdBy) {
        insert(question, sql, "admin", createdBy);
    }

    /** A thumbs-up on an answer makes its question and SQL an example. Returns false when the audit id is unknown or failed. */
    public boolean addFromFeedback(long auditId, String user) {
        try (Connection c = store.dataSource().getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "SELECT question, sql FROM askbar.audit_log WHERE id = ? AND outcome = 'answered' AND sql IS NOT NULL")) {
            ps.setLong(1, auditId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return false;
                }
                insert(rs.getString(1), rs.getString(2), "feedback", user);
                return true;
            }
        } catch (SQLException e) {
            log.warn("could not store feedback example: {}", e.getMessage());
            return false;
        }
    }

    private void insert(String question, String sql, String source, String createdBy) {
        try (Connection c = store.dataSource().getConnection();
             PreparedStatement ps = c.prepareStatement("""
                     INSERT INTO askbar.verified_examples (question, sql, source, created_by) VALUES (?, ?, ?, ?)
                     ON CONFLICT (question, sql) DO NOTHING""")) {
            ps.setString(1, question);
            ps.setString(2, sql);
            ps.setString(3, source);
            ps.setString(4, createdBy);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not store the example: " + e.getMessage(), e);
        }
    }
}
