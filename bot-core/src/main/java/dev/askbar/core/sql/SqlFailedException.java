package dev.askbar.core.sql;

/** The database refused or aborted a query. The message is PostgreSQL's first line, fit to feed back to the model. */
public final class SqlFailedException extends Exception {
    /** Not a PostgreSQL state: the runner's own refusals. */
    private static final String ASKBAR_REFUSAL = "AB001";

    private final String sqlState;

    public SqlFailedException(String sqlState, String message, Throwable cause) {
        super(message, cause);
        this.sqlState = sqlState;
    }

    public String sqlState() {
        return sqlState;
    }

    /** 57014: the statement timeout cancelled the query. */
    public boolean timedOut() {
        return "57014".equals(sqlState);
    }

    /**
     * The database could not be reached or went away mid-query (connection class 08, server shutting down 57P0x,
     * or the pool timing out): not the query's fault, so no repair round can help.
     */
    public boolean databaseUnavailable() {
        return sqlState.startsWith("08")
                || sqlState.startsWith("57P")
                || getCause() instanceof java.sql.SQLTransientConnectionException;
    }

    /** AskBar itself refused the statement after the database described it (another schema, a hidden column). */
    public static SqlFailedException refused(String why) {
        return new SqlFailedException(ASKBAR_REFUSAL, why, null);
    }

    public boolean refusedByAskBar() {
        return ASKBAR_REFUSAL.equals(sqlState);
    }

    /** Class 25/42501: the READ ONLY transaction or the role's privileges stopped a write. */
    public boolean writeRefused() {
        return "25006".equals(sqlState) || "42501".equals(sqlState);
    }
}
