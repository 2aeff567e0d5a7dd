package dev.askbar.app.ops;

import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;

/**
 * Says what is wrong with a database in words an operator can act on, for {@code /health}. Driver messages carry
 * host names, ports and sometimes URLs, so they stay in the log and never reach this sentence.
 */
public final class DatabaseHealth {
    private DatabaseHealth() {}

    public static String describe(SQLException e) {
        String state = sqlState(e);
        if (state.startsWith("28") || state.equals("08004")) {
            return "the data database refused AskBar's login; check ASKBAR_DATABASE_USER and ASKBAR_DATABASE_PASSWORD";
        }
        if (state.startsWith("3D")) {
            return "the data database named in ASKBAR_DATABASE_URL does not exist";
        }
        if (state.startsWith("08") || state.equals("57P03") || e instanceof SQLTransientConnectionException) {
            return "the data database cannot be reached; check that it is running and ASKBAR_DATABASE_URL";
        }
        if (state.equals("57014") || e instanceof SQLTimeoutException) {
            return "the data database did not answer a test query within 3 seconds";
        }
        return "the data database failed a test query (details in the log)";
    }

    /** The first SQL state found along the cause chain (HikariCP wraps the driver's), or "". */
    private static String sqlState(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return "";
    }
}
