package dev.askbar.core.sql;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The database's own answer to "which relations does this statement read". Parsing a statement makes
 * PostgreSQL resolve every name its own way (TABLE shorthand, subqueries anywhere, CTEs, LATERAL, views
 * expanded) and lock each relation it will read until the transaction ends; right after the runner has had
 * the statement described, those locks are the list. Every one must lie in the allowed schemas, so a name
 * the guard misread still cannot bring back a row from elsewhere. A view in an allowed schema over tables
 * elsewhere is refused too, since its tables are locked with it.
 *
 * <p>Locks rather than EXPLAIN: a plan prints folded constants, and {@code repeat('x', 400000000)} folded into
 * a plan would reach AskBar whole; the list of locks is as small as the list of relations.
 */
final class OpenedRelations {

    private static final String LOCKED = "SELECT l.relation FROM pg_catalog.pg_locks l"
            + " WHERE l.pid = pg_catalog.pg_backend_pid() AND l.locktype = 'relation' AND l.relation IS NOT NULL"
            + " AND l.relation <> 'pg_catalog.pg_locks'::pg_catalog.regclass";
    private static final String NAMES = "SELECT n.nspname, c.relname FROM pg_catalog.pg_class c"
            + " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE c.oid = ANY (?)";

    private OpenedRelations() {}

    /** The first relation this transaction has opened outside the allowed schemas, as "schema.name". */
    static Optional<String> outsider(Connection connection, Set<String> schemas) throws SQLException {
        List<Long> oids = new ArrayList<>();
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery(LOCKED)) {
            while (rs.next()) {
                oids.add(rs.getLong(1));
            }
        }
        if (oids.isEmpty()) {
            return Optional.empty();
        }
        Array array = connection.createArrayOf("oid", oids.toArray());
        try (PreparedStatement p = connection.prepareStatement(NAMES)) {
            p.setArray(1, array);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    if (!schemas.contains(rs.getString(1))) {
                        return Optional.of(rs.getString(1) + "." + rs.getString(2));
                    }
                }
            }
        } finally {
            array.free();
        }
        return Optional.empty();
    }
}
