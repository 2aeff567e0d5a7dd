package dev.askbar.core.platform;

import dev.askbar.core.engine.QueryEngine;
import dev.askbar.core.schema.SchemaSnapshot;
import dev.askbar.core.store.SqlCache;

import java.util.List;
import java.util.function.Supplier;

/**
 * What every chat adapter gets from the launcher: the one shared engine, the workers that run questions off
 * the platform's threads, the archive behind buttons, and the admin and help views.
 *
 * @param keysReport the status of every LLM key as monospace text, keys masked (for {@code /askbar keys})
 * @param schemas    the schemas questions may touch, for help
 */
public record AdapterContext(QueryEngine engine, AnswerWorkers workers, AnswerArchive archive,
                             Supplier<String> keysReport, Feedback feedback, List<String> schemas) {

    /**
     * The admin's "refresh": re-reads the schema (a table added since start becomes askable) and forgets cached
     * SQL. Returns one sentence saying what it did.
     */
    public String refresh() {
        SchemaSnapshot snapshot = engine.catalog().refresh();
        int forgotten = engine.cache().map(SqlCache::clear).orElse(0);
        return "Schema re-read: " + snapshot.tables().size() + " tables and views; " + forgotten
                + (forgotten == 1 ? " cached query" : " cached queries") + " forgotten.";
    }

    public HelpText.Help help() {
        SchemaSnapshot snapshot = engine.catalog().snapshot();
        return HelpText.of(snapshot, schemas);
    }
}
