package dev.askbar.core.engine;

import dev.askbar.core.sql.QueryResult;
import java.util.Optional;

/**
 * Everything an adapter needs to show for one question; {@link #error()} is present when there is no table.
 *
 * @param cached  the SQL came from the cache (no SQL call was made; the rows are fresh)
 * @param auditId the audit log entry, for feedback buttons
 */
public record Answer(
        Question question,
        Optional<String> sql,
        Optional<QueryResult> result,
        Optional<String> summary,
        Optional<AnswerError> error,
        Optional<String> provider,
        Optional<String> model,
        Optional<String> keyMasked,
        Timings timings,
        boolean cached,
        Optional<Long> auditId) {

    public boolean ok() {
        return error.isEmpty();
    }

    Answer withTotalMs(long totalMs) {
        return new Answer(
                question,
                sql,
                result,
                summary,
                error,
                provider,
                model,
                keyMasked,
                new Timings(timings.sqlMs(), timings.dbMs(), timings.summaryMs(), totalMs),
                cached,
                auditId);
    }

    Answer withAuditId(long id) {
        return new Answer(
                question,
                sql,
                result,
                summary,
                error,
                provider,
                model,
                keyMasked,
                timings,
                cached,
                id > 0 ? Optional.of(id) : Optional.empty());
    }
}
