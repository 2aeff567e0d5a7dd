package dev.askbar.core.sql;

import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Identical statements that would run at the same time run once: a question whose guarded SQL (text and schemas)
 * matches one already running waits for that run and gets its rows or its error. Nothing is kept once the run ends,
 * so no answer comes from a cache; it can only be as old as the start of a run that was still going when it was asked.
 *
 * <p>Why: a popular question asked by many people at once (a channel all asking about this morning's outage) is
 * otherwise the same join run over and over by a small pool, and on a small machine the database's CPU, not the
 * model, decides how long the last asker waits. Results are immutable ({@link QueryResult}), and the runner's caps
 * and hidden columns are the same for every caller, so sharing one is sharing what each would have got.
 */
final class SharedRuns {
    private static final Logger log = LoggerFactory.getLogger(SharedRuns.class);

    /** The work a run does when no identical one is in flight. */
    @FunctionalInterface
    interface Run {
        QueryResult run() throws SqlFailedException;
    }

    private record Key(String text, Set<String> schemas) {}

    private record Flight(CompletableFuture<QueryResult> result, long startedNanos) {}

    private final ConcurrentHashMap<Key, Flight> flying = new ConcurrentHashMap<>();

    QueryResult run(GuardedSql sql, Run run) throws SqlFailedException {
        Key key = new Key(sql.text(), sql.schemas());
        Flight mine = new Flight(new CompletableFuture<>(), System.nanoTime());
        Flight theirs = flying.putIfAbsent(key, mine);
        if (theirs != null) {
            log.info(
                    "query joined an identical one started {} ms ago",
                    (System.nanoTime() - theirs.startedNanos()) / 1_000_000);
            return await(theirs.result());
        }
        try {
            QueryResult result = run.run();
            mine.result().complete(result);
            return result;
        } catch (SqlFailedException | RuntimeException | Error e) {
            mine.result().completeExceptionally(e);
            throw e;
        } finally {
            flying.remove(key, mine);
        }
    }

    /** Runs in flight now: none once every caller has its answer (the tests check that nothing is kept). */
    int inFlight() {
        return flying.size();
    }

    /**
     * Uninterruptible like the JDBC call the first asker is blocked in; the statement timeout bounds both. An error is
     * the first asker's error, as a new exception of this thread with the same state and cause.
     */
    private static QueryResult await(CompletableFuture<QueryResult> result) throws SqlFailedException {
        try {
            return result.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof SqlFailedException failed) {
                throw new SqlFailedException(failed.sqlState(), failed.getMessage(), failed.getCause());
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
