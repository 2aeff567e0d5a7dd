package dev.askbar.core.engine;

import dev.askbar.core.llm.LanguageModel;
import dev.askbar.core.llm.LlmException;
import dev.askbar.core.llm.LlmReply;
import dev.askbar.core.schema.SchemaCatalog;
import dev.askbar.core.schema.SchemaSnapshot;
import dev.askbar.core.schema.SchemaUnavailableException;
import dev.askbar.core.sql.GuardVerdict;
import dev.askbar.core.sql.QueryResult;
import dev.askbar.core.sql.SqlExtractor;
import dev.askbar.core.sql.SqlFailedException;
import dev.askbar.core.sql.SqlGuard;
import dev.askbar.core.sql.SqlRunner;
import dev.askbar.core.store.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns a question into an answer: validate, read the schema, write SQL with the LLM, guard it, run it
 * read-only, summarise, audit. Every failure becomes an {@link AnswerError} with one sentence for the asker.
 */
public final class QueryEngine {
    private static final Logger log = LoggerFactory.getLogger(QueryEngine.class);

    private final SchemaCatalog catalog;
    private final LanguageModel llm;
    private final SqlGuard guard;
    private final SqlRunner runner;
    private final AuditLog audit;
    private final int maxQuestionChars;
    private final Clock clock;

    public QueryEngine(SchemaCatalog catalog, LanguageModel llm, SqlGuard guard, SqlRunner runner, AuditLog audit,
                       int maxQuestionChars, Clock clock) {
        this.catalog = catalog;
        this.llm = llm;
        this.guard = guard;
        this.runner = runner;
        this.audit = audit;
        this.maxQuestionChars = maxQuestionChars;
        this.clock = clock;
    }

    public SchemaCatalog catalog() {
        return catalog;
    }

    public Answer answer(Question question, ProgressListener progress) {
        Run run = new Run(question);
        Answer answer = run.execute(progress);
        audit.record(answer);
        log.info("question from {} on {} {} in {} ms ({} rows)", question.asker(), question.platform(),
                answer.ok() ? "answered" : "failed: " + answer.error().get().code().name().toLowerCase(Locale.ROOT),
                answer.timings().totalMs(), answer.result().map(QueryResult::rowCount).orElse(0));
        return answer;
    }

    /** One question's journey; holds what is known so far so that a failure still reports it. */
    private final class Run {
        private final Question question;
        private final long started = System.nanoTime();
        private String sql;
        private QueryResult result;
        private String summary;
        private LlmReply sqlReply;
        private long sqlMs;
        private long dbMs;
        private long summaryMs;

        Run(Question question) {
            this.question = question;
        }

        Answer execute(ProgressListener progress) {
            String text = question.text() == null ? "" : question.text().strip();
            if (text.isEmpty()) {
                return fail(AnswerError.Code.EMPTY_QUESTION, "Your question is empty; ask something like \"how many orders shipped last month?\".");
            }
            if (text.length() > maxQuestionChars) {
                return fail(AnswerError.Code.QUESTION_TOO_LONG, "Your question is " + text.length()
                        + " characters long; please keep it under " + maxQuestionChars + ".");
            }
            SchemaSnapshot schema;
            try {
                schema = catalog.snapshot();
            } catch (SchemaUnavailableException e) {
                log.warn("schema unavailable: {}", e.getMessage());
                return fail(AnswerError.Code.DATABASE_UNAVAILABLE, "I cannot reach the database right now; please try again in a minute.");
            }
            LocalDate today = LocalDate.now(clock);
            try {
                long t0 = System.nanoTime();
                sqlReply = llm.complete(SqlPrompt.build(text, schema, today));
                sqlMs = millisSince(t0);
            } catch (LlmException e) {
                log.warn("no model could write SQL: {}", e.getMessage());
                return fail(AnswerError.Code.LLM_UNAVAILABLE, e.userMessage());
            }
            Optional<String> extracted = SqlExtractor.extract(sqlReply.text());
            if (extracted.isEmpty()) {
                String reason = sqlReply.text().strip().startsWith("UNANSWERABLE")
                        ? "I could not find data in the database that answers that; try naming the table or measure you mean."
                        : "The model did not write a SQL query for that; try rephrasing the question.";
                return fail(AnswerError.Code.NO_SQL, reason);
            }
            GuardVerdict verdict = guard.check(extracted.get());
            sql = extracted.get();
            if (!verdict.allowed()) {
                log.warn("guard refused ({}): {}", verdict.rule(), sql);
                return fail(AnswerError.Code.SQL_REFUSED, verdict.userMessage());
            }
            sql = verdict.sql();
            progress.sqlReady(sql);
            try {
                long t0 = System.nanoTime();
                result = runner.run(sql);
                dbMs = millisSince(t0);
            } catch (SqlFailedException e) {
                if (e.timedOut()) {
                    return fail(AnswerError.Code.SQL_TIMEOUT, "The query took too long and was stopped; try a narrower question (a shorter period or fewer groups).");
                }
                if (e.writeRefused()) {
                    return fail(AnswerError.Code.SQL_REFUSED, "I can only read data; the database refused that query (" + e.getMessage() + ").");
                }
                return fail(AnswerError.Code.SQL_FAILED, "The database rejected the query (" + e.getMessage() + "); try rephrasing the question.");
            }
            progress.rowsReady(sql, result);
            long t0 = System.nanoTime();
            try {
                summary = llm.complete(SummaryPrompt.build(text, sql, result)).text().strip();
                progress.summaryReady(summary);
            } catch (LlmException e) {
                log.warn("summary unavailable: {}", e.getMessage());
            }
            summaryMs = millisSince(t0);
            return build(Optional.empty());
        }

        private Answer fail(AnswerError.Code code, String message) {
            return build(Optional.of(new AnswerError(code, message)));
        }

        private Answer build(Optional<AnswerError> error) {
            return new Answer(question, Optional.ofNullable(sql), Optional.ofNullable(result), Optional.ofNullable(summary),
                    error,
                    Optional.ofNullable(sqlReply).map(LlmReply::provider),
                    Optional.ofNullable(sqlReply).map(LlmReply::model),
                    Optional.ofNullable(sqlReply).map(LlmReply::keyMasked),
                    new Timings(sqlMs, dbMs, summaryMs, millisSince(started)));
        }
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }
}
