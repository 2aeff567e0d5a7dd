package dev.askbar.core.engine;

import dev.askbar.core.sql.QueryResult;

/** Stages of an answer as they complete, so adapters can show the table before the summary arrives. */
public interface ProgressListener {
    ProgressListener NONE = new ProgressListener() {
    };

    default void sqlReady(String sql) {
    }

    default void rowsReady(String sql, QueryResult result) {
    }

    default void summaryReady(String summary) {
    }
}
