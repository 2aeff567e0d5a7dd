package dev.askbar.core.sql;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Layer 3 of SQL safety: the role that runs questions should be unable to write. Reports what it could
 * do beyond reading, so the launcher can warn loudly or refuse to start.
 */
public final class DataRoleCheck {
    private static final String WRITABLE = """
            SELECT n.nspname || '.' || c.relname
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = ANY (?) AND c.relkind IN ('r','p')
              AND has_table_privilege(c.oid, 'INSERT,UPDATE,DELETE,TRUNCATE')
            ORDER BY 1 LIMIT 5""";

    private DataRoleCheck() {
    }

    /** Empty when the role is read-only; otherwise one sentence saying what it can do. */
    public static Optional<String> problems(DataSource dataSource, List<String> schemas) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            String role;
            boolean superuser;
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT current_user, rolsuper OR rolcreaterole OR rolcreatedb FROM pg_roles WHERE rolname = current_user");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                role = rs.getString(1);
                superuser = rs.getBoolean(2);
            }
            if (superuser) {
                return Optional.of("the data role " + role + " is a superuser or can create roles or databases");
            }
            List<String> writable = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(WRITABLE)) {
                ps.setArray(1, c.createArrayOf("text", schemas.toArray()));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        writable.add(rs.getString(1));
                    }
                }
            }
            if (!writable.isEmpty()) {
                return Optional.of("the data role " + role + " can write to " + String.join(", ", writable));
            }
            return Optional.empty();
        }
    }
}
