package dev.askbar.core.store;

import dev.askbar.core.engine.Answer;
import dev.askbar.core.engine.AnswerError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;

/** Writes every question, answered or not, to {@code askbar.audit_log}. */
public final class AuditLog {
    private static final Logger log = LoggerFactory.getLogger(AuditLog.class);
    private static final String INSERT = """
            INSERT INTO askbar.audit_log (platform, asker, conversation, question, sql, row_count, truncated, outcome,
                error_code, error_message, provider, model, key_masked, sql_ms, db_ms, summary_ms, total_ms)
            VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)""";

    private final StateStore store;

    public AuditLog(StateStore store) {
        this.store = store;
    }

    /** Returns the audit id, or -1 when the store was unreachable (the record then goes to the log instead). */
    public long record(Answer answer) {
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
            ps.executeUpdate();
            try (var keys = ps.getGeneratedKeys()) {
                return keys.next() ? keys.getLong(1) : -1;
            }
        } catch (SQLException e) {
            // the question must not be lost: keep it in the application log when the store is down
            log.error("audit store unavailable ({}); question from {} on {}: {} -> {}", e.getMessage(),
                    answer.question().asker(), answer.question().platform(), answer.question().text(),
                    answer.ok() ? "answered" : answer.error().get().code());
            return -1;
        }
    }
}
