package dev.askbar.core.sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Layer 3 of SQL safety: the role that runs questions should only be able to read, and only the schemas in
 * {@code ASKBAR_SCHEMAS}. The guard is the first line; this check makes sure the database itself would say no
 * if the guard were ever wrong, AskBar's own schema (every user's questions, the cache, the examples) included.
 * Reports what the role can do beyond that, so the launcher can warn loudly or refuse to start.
 */
public final class DataRoleCheck {
    /** Schemas every role sees and no question can misuse (the guard refuses them anyway). */
    private static final String NOT_SYSTEM = """
            n.nspname NOT IN ('pg_catalog', 'information_schema')
              AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp\\_%'""";

    private static final String WRITABLE = """
            SELECT n.nspname || '.' || c.relname, count(*) OVER ()
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE c.relkind IN ('r','p') AND %s
              AND has_schema_privilege(n.oid, 'USAGE')
              AND has_table_privilege(c.oid, 'INSERT,UPDATE,DELETE,TRUNCATE')
            ORDER BY (n.nspname = 'askbar') DESC, 1 LIMIT 5""".formatted(NOT_SYSTEM);

    private static final String CREATABLE = """
            SELECT n.nspname, count(*) OVER ()
            FROM pg_namespace n
            WHERE %s AND has_schema_privilege(n.oid, 'CREATE')
            ORDER BY 1 LIMIT 5""".formatted(NOT_SYSTEM);

    /** Tables, views and foreign tables the role can read, wholly or by some column, outside the allowed schemas. */
    private static final String READABLE_OUTSIDE = """
            SELECT n.nspname || '.' || c.relname, count(*) OVER ()
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE c.relkind IN ('r','p','v','m','f') AND %s
              AND n.nspname <> ALL (?)
              AND has_schema_privilege(n.oid, 'USAGE')
              AND (has_table_privilege(c.oid, 'SELECT') OR has_any_column_privilege(c.oid, 'SELECT'))
            ORDER BY (n.nspname = 'askbar') DESC, 1 LIMIT 5""".formatted(NOT_SYSTEM);

    private DataRoleCheck() {}

    /**
     * What the data role can do beyond reading the allowed schemas. Each list holds at most five examples;
     * the matching total says how many there are in all.
     *
     * @param privileged superuser, or may create roles or databases
     */
    public record Findings(
            String role,
            boolean privileged,
            boolean canCreateRoles,
            List<String> writable,
            int writableTotal,
            List<String> creatableSchemas,
            int creatableTotal,
            List<String> readableOutside,
            int readableOutsideTotal) {

        /** Cannot change anything: no write privilege on any table, no CREATE on any schema, not privileged. */
        public boolean readOnly() {
            return !privileged && writable.isEmpty() && creatableSchemas.isEmpty();
        }

        /** Cannot read anything outside {@code ASKBAR_SCHEMAS}, AskBar's own schema included. */
        public boolean confined() {
            return !privileged && readableOutside.isEmpty();
        }

        /** True when the role can read AskBar's own schema (the audit log, cache and examples). */
        public boolean readsAskBarState() {
            return readableOutside.stream().anyMatch(t -> t.startsWith("askbar."));
        }

        /** Empty when the role is read-only and confined; otherwise one sentence saying what it can do. */
        public Optional<String> problem() {
            if (privileged) {
                return Optional.of("the data role " + role + " is a superuser or can create roles or databases");
            }
            List<String> parts = new ArrayList<>();
            if (!writable.isEmpty()) {
                parts.add("can write to " + listed(writable, writableTotal));
            }
            if (!creatableSchemas.isEmpty()) {
                parts.add("can create tables in schema " + listed(creatableSchemas, creatableTotal));
            }
            if (!readableOutside.isEmpty()) {
                parts.add("can read " + listed(readableOutside, readableOutsideTotal) + " outside ASKBAR_SCHEMAS"
                        + (readsAskBarState() ? " (AskBar's own schema among them)" : ""));
            }
            return parts.isEmpty()
                    ? Optional.empty()
                    : Optional.of("the data role " + role + " " + String.join(" and ", parts));
        }

        private static String listed(List<String> names, int total) {
            String shown = String.join(", ", names);
            return total > names.size() ? shown + " (and " + (total - names.size()) + " more)" : shown;
        }
    }

    /** Empty when the role is read-only and confined to {@code schemas}; otherwise one sentence saying what it can do. */
    public static Optional<String> problems(DataSource dataSource, List<String> schemas) throws SQLException {
        return inspect(dataSource, schemas).problem();
    }

    public static Findings inspect(DataSource dataSource, List<String> schemas) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return inspect(c, schemas);
        }
    }

    public static Findings inspect(Connection c, List<String> schemas) throws SQLException {
        String role;
        boolean privileged;
        boolean createRoles;
        try (PreparedStatement ps = c.prepareStatement(
                        "SELECT current_user, rolsuper OR rolcreaterole OR rolcreatedb, rolsuper OR rolcreaterole"
                                + " FROM pg_roles WHERE rolname = current_user");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            role = rs.getString(1);
            privileged = rs.getBoolean(2);
            createRoles = rs.getBoolean(3);
        }
        Listing writable = list(c, WRITABLE, null);
        Listing creatable = list(c, CREATABLE, null);
        Listing readable = list(c, READABLE_OUTSIDE, schemas);
        return new Findings(
                role,
                privileged,
                createRoles,
                writable.names,
                writable.total,
                creatable.names,
                creatable.total,
                readable.names,
                readable.total);
    }

    private record Listing(List<String> names, int total) {}

    private static Listing list(Connection c, String sql, List<String> schemas) throws SQLException {
        List<String> names = new ArrayList<>();
        int total = 0;
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (schemas != null) {
                // the spellings the guard allows are inside, no other
                ps.setArray(
                        1,
                        c.createArrayOf(
                                "text",
                                schemas.stream()
                                        .flatMap(SqlGuard::asSchemaNames)
                                        .toArray()));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                    total = rs.getInt(2);
                }
            }
        }
        return new Listing(List.copyOf(names), total);
    }
}
