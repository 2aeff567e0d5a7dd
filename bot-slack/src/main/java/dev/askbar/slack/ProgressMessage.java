package dev.askbar.slack;

import dev.askbar.core.engine.ProgressListener;
import dev.askbar.core.sql.QueryResult;

import java.time.Duration;
import java.util.Locale;

/**
 * The "working on it" message, edited as the engine's stages complete. Edits are coalesced: a stage that comes
 * less than the interval after the last edit is skipped, since the next stage or the answer supersedes it.
 * The answer itself is never held back.
 */
final class ProgressMessage implements ProgressListener {
    private final SlackWeb web;
    private final String channel;
    private final String ts;
    private final String asker;
    private final String question;
    private final long intervalNanos;
    private long lastEditNanos = System.nanoTime();

    ProgressMessage(SlackWeb web, String channel, String ts, String asker, String question, Duration interval) {
        this.web = web;
        this.channel = channel;
        this.ts = ts;
        this.asker = asker;
        this.question = question;
        this.intervalNanos = interval.toNanos();
    }

    @Override
    public void sqlReady(String sql) {
        show("Running the query…");
    }

    @Override
    public void rowsReady(String sql, QueryResult result) {
        int rows = result.rowCount();
        show(String.format(Locale.ROOT, "Got %,d%s %s; writing the summary…", rows, result.truncated() ? "+" : "", rows == 1 ? "row" : "rows"));
    }

    private void show(String stage) {
        long now = System.nanoTime();
        if (now - lastEditNanos >= intervalNanos) {
            lastEditNanos = now;
            web.update(channel, ts, BlockKitAnswer.working(asker, question, stage));
        }
    }

    /** The answer always replaces the progress. */
    void finish(SlackMessage answer) {
        web.update(channel, ts, answer);
    }
}
