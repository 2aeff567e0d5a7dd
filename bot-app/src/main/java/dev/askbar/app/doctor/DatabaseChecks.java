package dev.askbar.app.doctor;

import dev.askbar.app.database.ReaderRoleFix;
import dev.askbar.app.ops.DatabaseHealth;
import dev.askbar.core.config.DatabaseTarget;
import dev.askbar.core.schema.SchemaCatalog;
import dev.askbar.core.sql.DataRoleCheck;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The databases: the data database answers, its role can only read and only {@code ASKBAR_SCHEMAS}, and the
 * state database takes writes in schema {@code askbar}. Nothing is changed: the test write is rolled back.
 */
final class DatabaseChecks {
    private static final int LOGIN_TIMEOUT_SECONDS = 5;

    private DatabaseChecks() {}

    /** Reachability first; the role findings only when there is a connection to ask. */
    static DoctorCheck data(DatabaseTarget data, List<String> schemas) {
        return () -> {
            List<Finding> out = new ArrayList<>();
            try (Connection c = connect(data)) {
                out.add(Finding.ok("data database reachable", "logged in as " + data.user() + " (" + version(c) + ")"));
                DataRoleCheck.Findings role = DataRoleCheck.inspect(c, schemas);
                String fix = ReaderRoleFix.advice(role);
                out.add(
                        role.readOnly()
                                ? Finding.ok("data role read-only", data.user() + " cannot change anything")
                                : Finding.failed(
                                        "data role read-only", role.problem().orElseThrow(), fix));
                out.add(
                        role.confined()
                                ? Finding.ok(
                                        "data role confined to ASKBAR_SCHEMAS",
                                        data.user() + " reads only " + String.join(", ", schemas)
                                                + " (not AskBar's own schema askbar)")
                                : Finding.failed(
                                        "data role confined to ASKBAR_SCHEMAS",
                                        confinementProblem(role, schemas),
                                        fix));
                out.add(tablesToAnswerFrom(c, schemas));
            } catch (SQLException e) {
                out.add(
                        Finding.failed(
                                "data database reachable",
                                DatabaseHealth.describe(e),
                                "check ASKBAR_DATABASE_URL, ASKBAR_DATABASE_USER and ASKBAR_DATABASE_PASSWORD, and that the server runs"));
            }
            return out;
        };
    }

    /** Questions need tables: none in ASKBAR_SCHEMAS is the usual mistake on a database whose data is elsewhere. */
    private static Finding tablesToAnswerFrom(Connection c, List<String> schemas) throws SQLException {
        String item = "tables to answer from";
        Map<String, Integer> readable = SchemaCatalog.readableTables(c);
        int inAllowed =
                schemas.stream().mapToInt(s -> readable.getOrDefault(s, 0)).sum();
        if (inAllowed > 0) {
            return Finding.ok(item, inAllowed + " tables and views in " + String.join(", ", schemas));
        }
        List<String> elsewhere = readable.keySet().stream().limit(8).toList();
        return elsewhere.isEmpty()
                ? Finding.failed(
                        item,
                        "the data role can read no table in " + String.join(", ", schemas) + " or anywhere else",
                        "grant it SELECT on the tables questions are about (askbar database reader-role prints the SQL)")
                : Finding.failed(
                        item,
                        "no table in " + String.join(", ", schemas) + "; the data role reads tables in "
                                + String.join(", ", elsewhere),
                        "set ASKBAR_SCHEMAS=" + String.join(",", elsewhere));
    }

    private static String confinementProblem(DataRoleCheck.Findings role, List<String> schemas) {
        if (role.privileged()) {
            return "the data role " + role.role() + " is a superuser or can create roles, so it can read everything";
        }
        return "the data role " + role.role() + " can read " + String.join(", ", role.readableOutside())
                + (role.readableOutsideTotal() > role.readableOutside().size()
                        ? " (and "
                                + (role.readableOutsideTotal()
                                        - role.readableOutside().size()) + " more)"
                        : "")
                + " outside " + String.join(", ", schemas);
    }

    /** Writes a row to the audit log inside a transaction that is rolled back, or checks AskBar may create its schema. */
    static DoctorCheck state(DatabaseTarget state) {
        String item = "state database writable";
        String fix =
                "set ASKBAR_STATE_DATABASE_USER (and _PASSWORD) to a role that owns schema askbar: CREATE SCHEMA askbar AUTHORIZATION <role>";
        return () -> {
            try (Connection c = connect(state)) {
                c.setAutoCommit(false);
                try (Statement s = c.createStatement()) {
                    boolean migrated;
                    try (ResultSet rs = s.executeQuery("SELECT to_regclass('askbar.audit_log') IS NOT NULL")) {
                        rs.next();
                        migrated = rs.getBoolean(1);
                    }
                    if (!migrated) {
                        return List.of(
                                mayCreateSchema(c)
                                        ? Finding.ok(
                                                item,
                                                state.user() + " may create schema askbar (done at the first start)")
                                        : Finding.failed(item, state.user() + " cannot create schema askbar", fix));
                    }
                    s.executeUpdate("INSERT INTO askbar.audit_log (platform, asker, question, outcome) "
                            + "VALUES ('doctor', 'doctor', 'write check', 'answered')");
                    return List.of(Finding.ok(item, state.user() + " can write AskBar's tables in schema askbar"));
                } catch (SQLException e) {
                    return List.of(Finding.failed(
                            item, state.user() + " cannot write AskBar's tables (" + e.getSQLState() + ")", fix));
                } finally {
                    c.rollback();
                }
            } catch (SQLException e) {
                return List.of(
                        Finding.failed(
                                item,
                                DatabaseHealth.describe(e).replace("data database", "state database"),
                                "check ASKBAR_STATE_DATABASE_URL, _USER and _PASSWORD (or the ASKBAR_DATABASE_* ones they default to)"));
            }
        };
    }

    private static boolean mayCreateSchema(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT CASE WHEN n.oid IS NULL THEN has_database_privilege(current_database(), 'CREATE')
                            ELSE has_schema_privilege(n.oid, 'CREATE') END
                FROM (SELECT 1) one LEFT JOIN pg_namespace n ON n.nspname = 'askbar'""");
                ResultSet rs = ps.executeQuery()) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    private static String version(Connection c) throws SQLException {
        return "PostgreSQL " + c.getMetaData().getDatabaseProductVersion();
    }

    private static Connection connect(DatabaseTarget target) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", target.user());
        props.setProperty("password", target.passwordOrEmpty());
        props.setProperty("loginTimeout", String.valueOf(LOGIN_TIMEOUT_SECONDS));
        props.setProperty("connectTimeout", String.valueOf(LOGIN_TIMEOUT_SECONDS));
        props.setProperty("ApplicationName", "askbar-doctor");
        return DriverManager.getConnection(target.jdbcUrl(), props);
    }
}
