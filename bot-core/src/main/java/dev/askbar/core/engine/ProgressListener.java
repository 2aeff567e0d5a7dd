package dev.askbar.core.engine;

import dev.askbar.core.sql.QueryResult;

/** Stages of an answer as they complete, so surfaces can show the table before the summary arrives. */
public interface ProgressListener {
    ProgressListener NONE = new ProgressListener() {};

    default void sqlReady(String sql) {}

    default void rowsReady(String sql, QueryResult result) {}

    /**
     * The rows are in and the summary is being written: an answer without its summary (nor audit id), for surfaces
     * that show the table first. Not called for answers that come with their summary at once.
     */
    default void rowsAnswered(Answer draft) {}

    default void summaryReady(String summary) {}
}
