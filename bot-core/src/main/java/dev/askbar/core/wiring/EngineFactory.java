package dev.askbar.core.wiring;

import dev.askbar.core.config.AskBarConfig;
import dev.askbar.core.engine.AnswerListener;
import dev.askbar.core.engine.AskerLimits;
import dev.askbar.core.engine.ExampleSource;
import dev.askbar.core.engine.Glossary;
import dev.askbar.core.engine.QueryEngine;
import dev.askbar.core.llm.LanguageModel;
import dev.askbar.core.schema.SchemaCatalog;
import dev.askbar.core.sql.SqlGuard;
import dev.askbar.core.sql.SqlRunner;
import dev.askbar.core.store.AuditLog;
import dev.askbar.core.store.SharedAskerLimits;
import dev.askbar.core.store.SqlCache;
import dev.askbar.core.store.StateStore;
import dev.askbar.core.store.VerifiedExamples;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import javax.sql.DataSource;

/**
 * The one place an engine is built from a configuration: the application and the tests both come through here, so a
 * test engine has every setting the real one has.
 */
public final class EngineFactory {
    /** How long the schema copy is trusted before it is read again. */
    static final Duration SCHEMA_FRESHNESS = Duration.ofMinutes(10);

    private EngineFactory() {}

    /** The engine and the state-backed parts others need too (feedback, examples, the audit flush at stop). */
    public record Wired(QueryEngine engine, AuditLog audit, VerifiedExamples examples, SharedAskerLimits limits)
            implements AutoCloseable {
        @Override
        public void close() {
            limits.close();
        }
    }

    /**
     * @param reader    connections as the read-only data role
     * @param store     the migrated state store
     * @param llm       the router (or, in tests, any language model)
     * @param listeners told of every finished answer (metrics)
     */
    public static Wired build(
            AskBarConfig config,
            DataSource reader,
            StateStore store,
            LanguageModel llm,
            List<AnswerListener> listeners,
            Clock clock) {
        AuditLog audit = new AuditLog(store);
        VerifiedExamples examples = new VerifiedExamples(store);
        // in the state database, so a chat user's limits hold whichever replica answers
        SharedAskerLimits limits =
                new SharedAskerLimits(store, config.limits().questionsPerMinute(), AskerLimits.IN_FLIGHT);
        QueryEngine.Builder builder = QueryEngine.builder()
                .catalog(new SchemaCatalog(
                        reader,
                        config.schemas(),
                        SCHEMA_FRESHNESS,
                        clock,
                        config.engine().hiddenColumns()))
                .llm(llm)
                .guard(new SqlGuard(new HashSet<>(config.schemas())))
                .runner(new SqlRunner(
                        reader,
                        config.limits().maxRows(),
                        config.limits().statementTimeout(),
                        config.engine().hiddenColumns()))
                .audit(audit)
                .cache(new SqlCache(store, config.engine().cacheTtl(), clock))
                .examples(() -> examples.all().stream()
                        .map(e -> new ExampleSource.Example(e.question(), e.sql()))
                        .toList())
                .glossary(Glossary.fromFile(config.engine().glossary()))
                .schemaTokenBudget(config.engine().schemaTokenBudget())
                .maxQuestionChars(config.limits().maxQuestionChars())
                .questionsPerMinute(config.limits().questionsPerMinute())
                .limits(limits)
                .clock(clock);
        listeners.forEach(builder::listener);
        return new Wired(builder.build(), audit, examples, limits);
    }
}
