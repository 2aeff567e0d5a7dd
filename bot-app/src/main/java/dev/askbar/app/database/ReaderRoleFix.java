package dev.askbar.app.database;

import dev.askbar.core.config.AskBarConfig;
import dev.askbar.core.config.DatabaseTarget;
import dev.askbar.core.sql.DataRoleCheck;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The fix for a data role that can write or read beyond {@code ASKBAR_SCHEMAS}: a role that can only read those
 * schemas. AskBar creates it itself when the configured user may create roles; otherwise it prints the exact SQL
 * for someone who may. The generated password is kept in {@code ASKBAR_HOME/reader-password} (0600).
 */
public final class ReaderRoleFix {
    public static final String PASSWORD_FILE = "reader-password";

    private ReaderRoleFix() {}

    /** What to do about a role problem, in one clause for a start-up refusal or a doctor line. */
    public static String advice(DataRoleCheck.Findings findings) {
        String then = ", then set ASKBAR_DATABASE_USER=" + DatabaseRoles.READER
                + " and keep AskBar's own tables with ASKBAR_STATE_DATABASE_USER (e.g. " + findings.role() + ")";
        if (findings.canCreateRoles()) {
            return "run askbar database reader-role --create to let AskBar create a read-only role "
                    + DatabaseRoles.READER + then;
        }
        return "run askbar database reader-role for the SQL that creates a read-only role " + DatabaseRoles.READER
                + " (run it as the database owner)" + then;
    }

    /** The statements, for the database the configured URL names, with a freshly generated password. */
    public static List<String> sql(AskBarConfig config, String database) {
        return DatabaseRoles.readerStatements(database, config.schemas(), SecretFile.generate());
    }

    /** Result of {@link #createOrPrint}: either the role exists now, or the SQL someone else must run. */
    public record Outcome(boolean created, List<String> sql, Path passwordFile) {}

    /**
     * Connects as the configured data user; when it may create roles, creates {@code askbar_reader} with a new
     * password saved in ASKBAR_HOME; otherwise returns the SQL (with a generated password) to run as an owner.
     */
    public static Outcome createOrPrint(AskBarConfig config, boolean create) throws SQLException {
        DatabaseTarget target = config.database()
                .orElseThrow(() -> new IllegalStateException(
                        "the embedded database already runs questions as " + DatabaseRoles.READER));
        Path passwordFile = config.home().resolve(PASSWORD_FILE);
        try (Connection c = DriverManager.getConnection(target.jdbcUrl(), target.user(), target.passwordOrEmpty())) {
            String database = currentDatabase(c);
            DataRoleCheck.Findings findings = DataRoleCheck.inspect(c, config.schemas());
            if (!create || !findings.canCreateRoles()) {
                return new Outcome(false, sql(config, database), passwordFile);
            }
            String password = SecretFile.replace(passwordFile);
            List<String> statements = DatabaseRoles.readerStatements(database, config.schemas(), password);
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                for (String sql : statements) {
                    s.execute(sql);
                }
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
            return new Outcome(true, statements, passwordFile);
        }
    }

    private static String currentDatabase(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT current_database()")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
