package dev.askbar.slack;

import dev.askbar.core.engine.ProgressListener;
import dev.askbar.core.sql.QueryResult;

import java.util.Locale;

/**
 * The "working on it" message, edited as the engine's stages complete. Edits are coalesced: a stage that
 * arrives while the channel's turn is taken is skipped, since the next stage or the answer supersedes it.
 */
final class ProgressMessage implements ProgressListener {
    private final SlackWeb web;
    private final String channel;
    private final String ts;
    private final String question;

    ProgressMessage(SlackWeb web, String channel, String ts, String question) {
        this.web = web;
        this.channel = channel;
        this.ts = ts;
        this.question = question;
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
        if (web.pacer().tryNow(channel)) {
            web.update(channel, ts, BlockKitAnswer.working(question, stage));
        }
    }

    /** The answer always replaces the progress, waiting for the channel's turn if needed. */
    void finish(SlackMessage answer) {
        web.pacer().await(channel);
        web.update(channel, ts, answer);
    }
}
