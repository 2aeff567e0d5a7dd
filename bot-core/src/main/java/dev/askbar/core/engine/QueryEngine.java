package dev.askbar.core.engine;

import dev.askbar.core.llm.LanguageModel;
import dev.askbar.core.llm.LlmException;
import dev.askbar.core.llm.LlmReply;
import dev.askbar.core.llm.PromptTooLongException;
import dev.askbar.core.schema.LinkedSchema;
import dev.askbar.core.schema.OtherTables;
import dev.askbar.core.schema.QueryTables;
import dev.askbar.core.schema.SchemaCatalog;
import dev.askbar.core.schema.SchemaLinker;
import dev.askbar.core.schema.SchemaSnapshot;
import dev.askbar.core.schema.SchemaUnavailableException;
import dev.askbar.core.schema.TableInfo;
import dev.askbar.core.sql.GuardVerdict;
import dev.askbar.core.sql.QueryResult;
import dev.askbar.core.sql.SqlExtractor;
import dev.askbar.core.sql.SqlFailedException;
import dev.askbar.core.sql.SqlGuard;
import dev.askbar.core.sql.SqlRunner;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a question into an answer. The stages read top to bottom in {@link Run#execute}: validate, rate limit,
 * catalog questions, schema linking, cache, write SQL (with up to two repair rounds), guard, run read-only,
 * summarise, audit. Every failure becomes an {@link AnswerError} with one sentence for the asker.
 */
public final class QueryEngine {
    private static final Logger log = LoggerFactory.getLogger(QueryEngine.class);
    static final int REPAIR_ROUNDS = 2;
    /**
     * Room in a repair prompt for the whole lines of the tables the failed query used (about 600 tokens): the first
     * prompt may have shown them in brief, and a guessed column is the commonest failure then.
     */
    static final int REPAIR_TABLES_CHARS = 2400;

    /**
     * How much more schema the one second look gets when the model found nothing to answer with in part of a big
     * schema. Twice the budget links most of what the default misses (the linking benchmark: about two in three) and
     * keeps the extra call within a free tier's tokens per minute; it is spent only on those questions.
     */
    static final int WIDER_LOOK = 2;

    static final int FOLLOW_UP_TURNS = 3;
    static final Duration FOLLOW_UP_WINDOW = Duration.ofHours(2);

    private final SchemaCatalog catalog;
    private final SchemaLinker linker;
    private final SchemaLinker smallLinker;
    private final SchemaLinker wideLinker;
    private final LanguageModel llm;
    private final SqlGuard guard;
    private final SqlRunner runner;
    private final AnswerLog audit;
    private final Optional<SqlMemory> cache;
    private final Optional<ExampleSource> examples;
    private final Glossary glossary;
    private final AskerLimits limits;
    private final List<AnswerListener> listeners;
    private final int maxQuestionChars;
    private final Clock clock;

    private QueryEngine(Builder b) {
        this.catalog = Objects.requireNonNull(b.catalog, "catalog");
        this.linker = new SchemaLinker(b.schemaTokenBudget);
        this.smallLinker = new SchemaLinker(Math.max(200, b.schemaTokenBudget / 3));
        this.wideLinker = new SchemaLinker(b.schemaTokenBudget * WIDER_LOOK);
        this.llm = Objects.requireNonNull(b.llm, "llm");
        this.guard = Objects.requireNonNull(b.guard, "guard");
        this.runner = Objects.requireNonNull(b.runner, "runner");
        this.audit = Objects.requireNonNull(b.audit, "audit");
        this.cache = Optional.ofNullable(b.cache);
        this.examples = Optional.ofNullable(b.examples);
        this.glossary = b.glossary;
        this.clock = b.clock;
        this.limits = b.limits != null ? b.limits : AskerLimits.inMemory(b.questionsPerMinute, b.clock);
        this.maxQuestionChars = b.maxQuestionChars;
        this.listeners = List.copyOf(b.listeners);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The schema as questions see it now (read from the database when the copy is stale). */
    public SchemaSnapshot schema() {
        return catalog.snapshot();
    }

    /**
     * With nothing to read, the model would only make up tables. The operator at the terminal is told where the tables
     * are; a chat user only what to ask for, since other schemas' names are none of their business.
     */
    private String noTables(Question question) {
        String allowed = String.join(", ", catalog.schemas());
        List<String> elsewhere = catalog.schemasWithTablesElsewhere();
        if (question.fromLocalOperator() && !elsewhere.isEmpty()) {
            return "I can read no tables in " + allowed + "; the data is in " + String.join(", ", elsewhere)
                    + ", so set ASKBAR_SCHEMAS=" + String.join(",", elsewhere) + " and ask again.";
        }
        if (question.fromLocalOperator()) {
            return "I can read no tables in " + allowed
                    + "; grant the data role SELECT on your tables or point ASKBAR_SCHEMAS at the schemas that hold them.";
        }
        return "I can read no tables yet; ask whoever runs AskBar to point ASKBAR_SCHEMAS at the schemas that hold the data"
                + " (askbar doctor shows where they are).";
    }

    /** The schemas questions may touch. */
    public List<String> schemas() {
        return catalog.schemas();
    }

    /** Reads the schema and prepares linking on it in the background: for a service, before its first question. */
    public void warmUpSchema() {
        catalog.warmUp();
    }

    /** Re-reads the schema now, so a table added since start becomes askable; returns how many tables and views it has. */
    public int refreshSchema() {
        return catalog.refresh().tables().size();
    }

    /**
     * The schema as the model would be shown it for this question, the glossary's words included, without asking the
     * model or running anything: how an operator finds out why a question on a big schema missed a table, and whether
     * a glossary line mends it.
     *
     * @throws IllegalArgumentException with the sentence {@link #answer} would answer, for an empty or too long question
     */
    public LinkedSchema link(String question) {
        String text = question == null ? "" : question.strip();
        Optional<AnswerError> refused = refusal(text);
        if (refused.isPresent()) {
            throw new IllegalArgumentException(refused.get().message());
        }
        SchemaSnapshot schema = catalog.snapshot();
        return linker.link(text, schema, glossary.vocabulary(), taughtTables(text, schema));
    }

    /**
     * The tables that the approved examples most like this question read, which its prompt describes first (at most
     * {@link SchemaLinker#MAX_TAUGHT}, the best example's first): what the team's approved answers taught about
     * questions like it.
     */
    public List<TableInfo> taughtTables(String question) {
        return taughtTables(question == null ? "" : question.strip(), catalog.snapshot());
    }

    private List<TableInfo> taughtTables(String text, SchemaSnapshot schema) {
        return ExamplePicker.tablesRead(examplesLike(text), schema);
    }

    /** The approved examples most like the question: shown to the model, and their tables described first. */
    private List<ExampleSource.Example> examplesLike(String text) {
        return examples.map(e -> ExamplePicker.pick(text, e.approved())).orElse(List.of());
    }

    private Optional<AnswerError> refusal(String text) {
        if (text.isEmpty()) {
            return Optional.of(new AnswerError(
                    AnswerError.Code.EMPTY_QUESTION,
                    "Your question is empty; ask something like \"how many orders shipped last month?\"."));
        }
        if (text.length() > maxQuestionChars) {
            return Optional.of(new AnswerError(
                    AnswerError.Code.QUESTION_TOO_LONG,
                    "Your question is " + text.length() + " characters long; please keep it under " + maxQuestionChars
                            + "."));
        }
        return Optional.empty();
    }

    /** Forgets every cached question → SQL pair (after a schema or glossary change); returns how many. */
    public int forgetCachedSql() {
        return cache.map(SqlMemory::clear).orElse(0);
    }

    public Answer answer(Question question, ProgressListener progress) {
        Optional<AskerLimits.Permit> permit = Optional.empty();
        Answer answer;
        if (question.fromLocalOperator()) {
            // the person at the terminal runs AskBar: a batch on stdin is theirs to spend, unlike a chat user's burst
            answer = new Run(question, progress).execute();
        } else {
            permit = limits.enter(question.platform(), question.asker());
            answer = permit.isEmpty()
                    ? new Run(question, ProgressListener.NONE)
                            .fail(
                                    AnswerError.Code.RATE_LIMITED,
                                    "You already have " + AskerLimits.IN_FLIGHT
                                            + " questions being answered; please wait for them before asking another.")
                    : new Run(question, progress).execute();
        }
        try {
            return finish(question, answer);
        } finally {
            permit.ifPresent(AskerLimits.Permit::close);
        }
    }

    private Answer finish(Question question, Answer answer) {
        long t0 = System.nanoTime();
        long id = audit.record(answer);
        // the audit write is part of the answer's cost
        answer = answer.withTotalMs(answer.timings().totalMs() + millisSince(t0));
        log.info(
                "question from {} on {} {} in {} ms ({} rows{})",
                question.asker(),
                question.platform(),
                answer.ok()
                        ? "answered"
                        : "failed: " + answer.error().get().code().name().toLowerCase(Locale.ROOT),
                answer.timings().totalMs(),
                answer.result().map(QueryResult::rowCount).orElse(0),
                answer.cached() ? ", cached SQL" : "");
        Answer audited = answer.withAuditId(id);
        for (AnswerListener listener : listeners) {
            try {
                listener.answered(audited);
            } catch (RuntimeException e) {
                log.warn("answer listener failed: {}", e.toString());
            }
        }
        return audited;
    }

    /** One question's journey; holds what is known so far, so a failure still reports it. */
    private final class Run {
        private final Question question;
        private final ProgressListener progress;
        private final long started = System.nanoTime();
        private String sql;
        private QueryResult result;
        private String summary;
        private String provider;
        private String model;
        private String keyMasked;
        private boolean cached;
        private long sqlMs;
        private long dbMs;
        private long summaryMs;
        private LinkedSchema linked;
        /** Whether the model has had its one wider look at a big schema. */
        private boolean widened;
        /** Whether the model has been shown the tables it asked to see, which it may do once. */
        private boolean shownAsked;

        private List<ExampleSource.Example> chosen;
        /** The tables the chosen examples read, which the prompt describes first. */
        private List<TableInfo> taught = List.of();

        Run(Question question, ProgressListener progress) {
            this.question = question;
            this.progress = progress;
        }

        Answer execute() {
            String text = question.text() == null ? "" : question.text().strip();
            Optional<AnswerError> refused = refusal(text);
            if (refused.isPresent()) {
                return fail(refused.get().code(), refused.get().message());
            }
            Optional<Duration> wait = question.fromLocalOperator()
                    ? Optional.empty()
                    : limits.tryAcquire(question.platform(), question.asker());
            if (wait.isPresent()) {
                return fail(
                        AnswerError.Code.RATE_LIMITED,
                        "You have asked a lot of questions in the last minute; please wait "
                                + Math.max(1, wait.get().toSeconds()) + " s and ask again.");
            }
            SchemaSnapshot schema;
            try {
                schema = catalog.snapshot();
            } catch (SchemaUnavailableException e) {
                log.warn("schema unavailable: {}", e.getMessage());
                return fail(
                        AnswerError.Code.DATABASE_UNAVAILABLE,
                        "I cannot reach the database right now; please try again in a minute.");
            }
            if (schema.tables().isEmpty()) {
                return fail(AnswerError.Code.NO_TABLES, noTables(question));
            }
            Optional<CatalogQuestions.CatalogAnswer> aboutData = CatalogQuestions.answer(text, schema);
            if (aboutData.isPresent()) {
                provider = "catalog";
                model = "schema";
                result = aboutData.get().table();
                summary = aboutData.get().summary();
                progress.rowsReady("", result);
                progress.summaryReady(summary);
                return build(Optional.empty());
            }
            List<Turn> turns = question.conversation()
                    .map(c -> audit.recentTurns(c, FOLLOW_UP_TURNS, FOLLOW_UP_WINDOW))
                    .orElse(List.of());
            // a follow-up ("and by month?") means something else in another thread: never cache it
            boolean cacheable = question.useCache() && turns.isEmpty() && cache.isPresent();
            String key = QuestionKey.of(text);
            if (cacheable) {
                Optional<String> hit = cache.get().find(key, schema.fingerprint());
                if (hit.isPresent() && runCached(hit.get())) {
                    return summarise(text);
                }
            }
            Optional<AnswerError> failure = writeAndRun(text, schema, turns);
            if (failure.isPresent()) {
                return build(failure);
            }
            if (cacheable) {
                cache.get().put(key, schema.fingerprint(), sql);
            }
            return summarise(text);
        }

        private boolean runCached(String cachedSql) {
            GuardVerdict verdict = guard.check(cachedSql);
            if (!verdict.allowed()) {
                return false;
            }
            try {
                long t0 = System.nanoTime();
                sql = verdict.sql();
                progress.sqlReady(sql);
                result = runner.run(verdict.guarded());
                dbMs = millisSince(t0);
                cached = true;
                provider = "cache";
                model = "cache";
                progress.rowsReady(sql, result);
                return true;
            } catch (SqlFailedException e) {
                log.info("cached SQL no longer runs ({}); writing it afresh", e.getMessage());
                sql = null;
                return false;
            }
        }

        /** Writes SQL, guards and runs it; a refusal or database error goes back to the model, at most twice. */
        private Optional<AnswerError> writeAndRun(String text, SchemaSnapshot schema, List<Turn> turns) {
            chosen = examplesLike(text);
            taught = ExamplePicker.tablesRead(chosen, schema);
            if (!taught.isEmpty()) {
                log.info("{} approved example(s) like this question read {}", chosen.size(), namesOf(taught));
            }
            linked = linker.link(text, schema, glossary.vocabulary(), taught);
            LocalDate today = LocalDate.now(clock);
            Optional<SqlPrompt.Failure> previous = Optional.empty();
            AnswerError lastError = null;
            for (int round = 0; round <= REPAIR_ROUNDS; round++) {
                LlmReply reply;
                try {
                    long t0 = System.nanoTime();
                    reply = writeSql(text, schema, today, turns, previous);
                    sqlMs += millisSince(t0);
                } catch (PromptTooLongException e) {
                    return Optional.of(new AnswerError(AnswerError.Code.LLM_UNAVAILABLE, e.userMessage()));
                } catch (LlmException e) {
                    log.warn("no model could write SQL: {}", e.getMessage());
                    return Optional.of(new AnswerError(AnswerError.Code.LLM_UNAVAILABLE, e.userMessage()));
                }
                provider = reply.provider();
                model = reply.model();
                keyMasked = reply.keyMasked();
                Optional<String> extracted = SqlExtractor.extract(reply.text());
                boolean asksToSee = extracted.isEmpty() && OtherTables.asksToSee(reply.text());
                if (asksToSee && !shownAsked && round < REPAIR_ROUNDS) {
                    // the prompt named these tables without their columns, for want of room
                    List<TableInfo> asked = OtherTables.askedToSee(reply.text(), linked, schema, REPAIR_TABLES_CHARS);
                    if (!asked.isEmpty()) {
                        shownAsked = true;
                        linked = OtherTables.describing(linked, asked, schema);
                        previous = Optional.empty();
                        log.info("model asked to see {}; showing their columns", namesOf(asked));
                        continue;
                    }
                }
                // asking again, or for nothing there is, is finding nothing to answer with
                boolean unanswerable = SqlPrompt.saysUnanswerable(reply.text()) || asksToSee;
                if (extracted.isEmpty() && unanswerable && !linked.whole() && !widened && round < REPAIR_ROUNDS) {
                    // on a big schema the tables it needs may be the ones the budget left out
                    widened = true;
                    int before = linked.tables().size();
                    linked = wideLinker.link(text, schema, glossary.vocabulary(), taught);
                    previous = Optional.empty();
                    log.info(
                            "model found nothing to answer with in {} of {} tables; looking again with {}",
                            before,
                            schema.tables().size(),
                            linked.tables().size());
                    continue;
                }
                if (extracted.isEmpty()) {
                    String message = unanswerable
                            ? "I could not find data in the database that answers that; try naming the table or measure you mean."
                            : "The model did not write a SQL query for that; try rephrasing the question.";
                    return Optional.of(new AnswerError(AnswerError.Code.NO_SQL, message));
                }
                sql = extracted.get();
                GuardVerdict verdict = guard.check(sql);
                if (!verdict.allowed()) {
                    log.warn("guard refused ({}) in round {}: {}", verdict.rule(), round + 1, oneLine(sql));
                    lastError = new AnswerError(AnswerError.Code.SQL_REFUSED, verdict.userMessage());
                    previous = Optional.of(new SqlPrompt.Failure(
                            sql, "refused: " + verdict.userMessage() + " Write a read-only SELECT.", ""));
                    continue;
                }
                sql = verdict.sql();
                progress.sqlReady(sql);
                try {
                    long t0 = System.nanoTime();
                    result = runner.run(verdict.guarded());
                    dbMs += millisSince(t0);
                    progress.rowsReady(sql, result);
                    return Optional.empty();
                } catch (SqlFailedException e) {
                    if (e.databaseUnavailable()) {
                        return Optional.of(new AnswerError(
                                AnswerError.Code.DATABASE_UNAVAILABLE,
                                "I cannot reach the database right now; please try again in a minute."));
                    }
                    if (e.timedOut()) {
                        return Optional.of(
                                new AnswerError(
                                        AnswerError.Code.SQL_TIMEOUT,
                                        "The query took too long and was stopped; try a narrower question (a shorter period or fewer groups)."));
                    }
                    lastError = e.refusedByAskBar()
                            ? new AnswerError(
                                    AnswerError.Code.SQL_REFUSED, "I cannot run that query: " + e.getMessage() + ".")
                            : e.writeRefused()
                                    ? new AnswerError(
                                            AnswerError.Code.SQL_REFUSED,
                                            "I can only read data; the database refused that query (" + e.getMessage()
                                                    + ").")
                                    : new AnswerError(
                                            AnswerError.Code.SQL_FAILED,
                                            "The database rejected the query (" + e.getMessage() + ")");
                    previous = Optional.of(new SqlPrompt.Failure(
                            sql,
                            e.getMessage(),
                            QueryTables.wholeLinesMissingFrom(linked.text(), sql, schema, REPAIR_TABLES_CHARS)));
                }
            }
            String tries = (REPAIR_ROUNDS + 1) + " attempts";
            String message = lastError.code() == AnswerError.Code.SQL_FAILED
                    ? lastError.message() + " after " + tries + "; try rephrasing the question."
                    : lastError.message();
            return Optional.of(new AnswerError(lastError.code(), message));
        }

        /** One SQL call; a prompt too long for the model is shrunk once and sent again, without spending a repair round. */
        private LlmReply writeSql(
                String text,
                SchemaSnapshot schema,
                LocalDate today,
                List<Turn> turns,
                Optional<SqlPrompt.Failure> previous) {
            try {
                return llm.complete(
                        SqlPrompt.build(text, linked.text(), today, glossary.text(), chosen, turns, previous));
            } catch (PromptTooLongException e) {
                // a smaller model's context can be shorter than the budget assumed: send less schema, no examples
                log.info("prompt of about {} tokens too long; retrying with a smaller schema", e.estimatedTokens());
                linked = smallLinker.link(text, schema, glossary.vocabulary(), taught);
                chosen = List.of();
                return llm.complete(
                        SqlPrompt.build(text, linked.text(), today, glossary.text(), chosen, turns, previous));
            }
        }

        private Answer summarise(String text) {
            progress.rowsAnswered(build(Optional.empty()));
            long t0 = System.nanoTime();
            try {
                LlmReply reply = llm.complete(SummaryPrompt.build(text, sql, result));
                summary = reply.text().strip();
                if (cached) {
                    provider = reply.provider();
                    model = reply.model();
                    keyMasked = reply.keyMasked();
                }
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
            return new Answer(
                    question,
                    Optional.ofNullable(sql),
                    Optional.ofNullable(result),
                    Optional.ofNullable(summary),
                    error,
                    Optional.ofNullable(provider),
                    Optional.ofNullable(model),
                    Optional.ofNullable(keyMasked),
                    new Timings(sqlMs, dbMs, summaryMs, millisSince(started)),
                    cached,
                    Optional.empty());
        }
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ");
    }

    /**
     * The tables' qualified names for a log line, on one line: they are the database's text, and a quoted identifier
     * may hold a line break that would forge a log line of its own.
     */
    private static String namesOf(List<TableInfo> tables) {
        return oneLine(tables.stream().map(TableInfo::qualifiedName).toList().toString());
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }

    /** The engine's parts and limits; catalog, llm, guard, runner and audit are required. */
    public static final class Builder {
        private SchemaCatalog catalog;
        private LanguageModel llm;
        private SqlGuard guard;
        private SqlRunner runner;
        private AnswerLog audit;
        private SqlMemory cache;
        private ExampleSource examples;
        private Glossary glossary = Glossary.none();
        private int schemaTokenBudget = 1500;
        private int maxQuestionChars = 1000;
        private int questionsPerMinute = 10;
        private Clock clock = Clock.systemDefaultZone();
        private AskerLimits limits;
        private final List<AnswerListener> listeners = new ArrayList<>();

        private Builder() {}

        public Builder listener(AnswerListener v) {
            this.listeners.add(v);
            return this;
        }

        public Builder catalog(SchemaCatalog v) {
            this.catalog = v;
            return this;
        }

        public Builder llm(LanguageModel v) {
            this.llm = v;
            return this;
        }

        public Builder guard(SqlGuard v) {
            this.guard = v;
            return this;
        }

        public Builder runner(SqlRunner v) {
            this.runner = v;
            return this;
        }

        public Builder audit(AnswerLog v) {
            this.audit = v;
            return this;
        }

        public Builder cache(SqlMemory v) {
            this.cache = v;
            return this;
        }

        public Builder examples(ExampleSource v) {
            this.examples = v;
            return this;
        }

        public Builder glossary(Glossary v) {
            this.glossary = v;
            return this;
        }

        public Builder schemaTokenBudget(int v) {
            this.schemaTokenBudget = v;
            return this;
        }

        public Builder maxQuestionChars(int v) {
            this.maxQuestionChars = v;
            return this;
        }

        public Builder questionsPerMinute(int v) {
            this.questionsPerMinute = v;
            return this;
        }

        public Builder clock(Clock v) {
            this.clock = v;
            return this;
        }

        /** Limits shared with other replicas; by default they are kept in this process, from questionsPerMinute. */
        public Builder limits(AskerLimits v) {
            this.limits = v;
            return this;
        }

        public QueryEngine build() {
            return new QueryEngine(this);
        }
    }
}
