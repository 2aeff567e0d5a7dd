package dev.askbar.app.database;

import dev.askbar.core.sql.Identifiers;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The two roles AskBar needs: {@code askbar_reader} runs questions and can only read the allowed schemas;
 * {@code askbar_app} owns schema {@code askbar} (key state, audit log) and nothing else.
 * Idempotent, so it can run at every start and after every demo reset.
 */
public final class DatabaseRoles {
    public static final String READER = "askbar_reader";
    public static final String APP = "askbar_app";

    private DatabaseRoles() {}

    public static void provision(
            Connection superuser, String database, List<String> schemas, String readerPassword, String appPassword)
            throws SQLException {
        try (Statement s = superuser.createStatement()) {
            for (String sql : readerStatements(database, schemas, readerPassword)) {
                s.execute(sql);
            }
            s.execute(ensureRole(APP, appPassword));
            s.execute("GRANT CONNECT ON DATABASE " + Identifiers.quote(database) + " TO " + APP);
            s.execute("CREATE SCHEMA IF NOT EXISTS askbar AUTHORIZATION " + APP);
            s.execute("REVOKE ALL ON SCHEMA askbar FROM " + READER);
        }
    }

    /**
     * The exact SQL that creates (or updates) the read-only role: it logs in, reads the allowed schemas and
     * nothing else, and is read-only by default even if a grant slips. What {@code askbar database reader-role}
     * prints and runs.
     */
    public static List<String> readerStatements(String database, List<String> schemas, String password) {
        List<String> sql = new ArrayList<>();
        sql.add(ensureRole(READER, password));
        sql.add("ALTER ROLE " + READER + " SET default_transaction_read_only = on");
        sql.add("GRANT CONNECT ON DATABASE " + Identifiers.quote(database) + " TO " + READER);
        for (String schema : schemas) {
            // a role that may create tables in a schema it reads is not read-only
            sql.add("REVOKE CREATE ON SCHEMA " + Identifiers.quote(schema) + " FROM PUBLIC");
            sql.add("GRANT USAGE ON SCHEMA " + Identifiers.quote(schema) + " TO " + READER);
            sql.add("GRANT SELECT ON ALL TABLES IN SCHEMA " + Identifiers.quote(schema) + " TO " + READER);
            sql.add("ALTER DEFAULT PRIVILEGES IN SCHEMA " + Identifiers.quote(schema) + " GRANT SELECT ON TABLES TO "
                    + READER);
        }
        return sql;
    }

    private static String ensureRole(String role, String password) {
        String pw = password.replace("'", "''");
        return "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + role + "') THEN "
                + "CREATE ROLE " + role + " LOGIN PASSWORD '" + pw + "' NOSUPERUSER NOCREATEDB NOCREATEROLE; "
                + "ELSE ALTER ROLE " + role + " LOGIN PASSWORD '" + pw + "'; END IF; END $$";
    }
}
