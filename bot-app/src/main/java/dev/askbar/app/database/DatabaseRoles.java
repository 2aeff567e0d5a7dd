package dev.askbar.app.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The two roles AskBar needs: {@code askbar_reader} runs questions and can only read the allowed schemas;
 * {@code askbar_app} owns schema {@code askbar} (key state, audit log) and nothing else.
 * Idempotent, so it can run at every start and after every demo reset.
 */
public final class DatabaseRoles {
    public static final String READER = "askbar_reader";
    public static final String APP = "askbar_app";

    private DatabaseRoles() {
    }

    public static void provision(Connection superuser, String database, List<String> schemas,
                                 String readerPassword, String appPassword) throws SQLException {
        try (Statement s = superuser.createStatement()) {
            ensureRole(s, READER, readerPassword);
            ensureRole(s, APP, appPassword);
            // questions must not be able to write even if a grant slips: read-only by default at the role level
            s.execute("ALTER ROLE " + READER + " SET default_transaction_read_only = on");
            s.execute("GRANT CONNECT ON DATABASE " + quote(database) + " TO " + READER + ", " + APP);
            s.execute("CREATE SCHEMA IF NOT EXISTS askbar AUTHORIZATION " + APP);
            s.execute("REVOKE ALL ON SCHEMA askbar FROM " + READER);
            for (String schema : schemas) {
                s.execute("REVOKE CREATE ON SCHEMA " + quote(schema) + " FROM PUBLIC");
                s.execute("GRANT USAGE ON SCHEMA " + quote(schema) + " TO " + READER);
                s.execute("GRANT SELECT ON ALL TABLES IN SCHEMA " + quote(schema) + " TO " + READER);
                s.execute("ALTER DEFAULT PRIVILEGES IN SCHEMA " + quote(schema) + " GRANT SELECT ON TABLES TO " + READER);
            }
        }
    }

    private static void ensureRole(Statement s, String role, String password) throws SQLException {
        String pw = password.replace("'", "''");
        s.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + role + "') THEN "
                + "CREATE ROLE " + role + " LOGIN PASSWORD '" + pw + "' NOSUPERUSER NOCREATEDB NOCREATEROLE; "
                + "ELSE ALTER ROLE " + role + " LOGIN PASSWORD '" + pw + "'; END IF; END $$");
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
