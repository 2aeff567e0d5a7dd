package dev.askbar.app.database;

import dev.askbar.core.config.DatabaseTarget;
import dev.askbar.core.config.Secret;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL AskBar starts for itself when no database is configured. Its data lives in
 * {@code ~/.askbar/pg}, so only the first start pays for initdb and the demo data.
 *
 * <p>Every role logs in with a password AskBar generated ({@code ~/.askbar/pg-password}, 0600), over loopback only:
 * another local user or process cannot connect as the superuser. The server's initdb trusts local connections, so
 * the first start (or the first after upgrading from a trusting data directory) lets only the superuser in without
 * a password, from this machine, until AskBar has set that password a moment later.
 */
public final class EmbeddedDatabase implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    public static final String DATABASE = "askbar";
    public static final String PASSWORD_FILE = "pg-password";
    private static final String SUPERUSER = "postgres";
    /** The first line of the access rules AskBar writes; a data directory without it still trusts local connections. */
    private static final String HBA_MARK = "# AskBar: passwords (scram-sha-256) from this machine only";

    private static final String PASSWORD_HBA =
            HBA_MARK + "\n" + "host all all 127.0.0.1/32 scram-sha-256\n" + "host all all ::1/128 scram-sha-256\n";
    /** Only while AskBar sets the superuser's password: the superuser alone, from loopback. */
    private static final String BOOTSTRAP_HBA = "# AskBar: setting the superuser's password\n"
            + "host all postgres 127.0.0.1/32 trust\n"
            + "host all postgres ::1/128 trust\n";

    private final Path dataDir;
    private final String password;
    private volatile EmbeddedPostgres postgres;

    private EmbeddedDatabase(Path dataDir, String password, EmbeddedPostgres postgres) {
        this.dataDir = dataDir;
        this.password = password;
        this.postgres = postgres;
    }

    /** @param port 0 for any free port */
    public static EmbeddedDatabase start(Path home, int port) throws IOException {
        Path dataDir = home.resolve("pg");
        Files.createDirectories(dataDir.getParent());
        Path passwordFile = home.resolve(PASSWORD_FILE);
        // a lost password file is recovered the same way as a trusting data directory: AskBar sets a new one
        boolean newPassword = !Files.exists(passwordFile);
        String password = SecretFile.readOrCreate(passwordFile);
        return new EmbeddedDatabase(dataDir, password, launch(dataDir, port, password, newPassword));
    }

    private static EmbeddedPostgres launch(Path dataDir, int port, String password, boolean newPassword)
            throws IOException {
        long t0 = System.nanoTime();
        Path hba = dataDir.resolve("pg_hba.conf");
        AtomicBoolean bootstrap = new AtomicBoolean();
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setServerConfig("max_connections", "50")
                .setServerConfig("listen_addresses", "localhost")
                .setServerConfig("password_encryption", "scram-sha-256")
                .setConnectConfig("password", password)
                // runs after initdb, before the server starts: the access rules are in place before anyone connects
                .setDataDirectoryCustomizer(dir -> {
                    bootstrap.set(newPassword || !hasPasswordRules(hba));
                    write(hba, bootstrap.get() ? BOOTSTRAP_HBA : PASSWORD_HBA);
                })
                .setOutputRedirector(ProcessBuilder.Redirect.DISCARD)
                .setErrorRedirector(ProcessBuilder.Redirect.DISCARD);
        if (port > 0) {
            builder.setPort(port);
        }
        EmbeddedPostgres pg = builder.start();
        if (bootstrap.get()) {
            setSuperuserPassword(pg, hba, password);
        }
        log.info(
                "embedded PostgreSQL started in {} ms on port {} (data in {})",
                (System.nanoTime() - t0) / 1_000_000,
                pg.getPort(),
                dataDir);
        return pg;
    }

    private static void setSuperuserPassword(EmbeddedPostgres pg, Path hba, String password) throws IOException {
        try (Connection c = DriverManager.getConnection(pg.getJdbcUrl(SUPERUSER, "postgres"), SUPERUSER, "");
                Statement s = c.createStatement()) {
            s.execute("SET password_encryption = 'scram-sha-256'");
            s.execute("ALTER ROLE " + SUPERUSER + " PASSWORD '" + password.replace("'", "''") + "'");
            write(hba, PASSWORD_HBA);
            s.execute("SELECT pg_reload_conf()");
            log.info("embedded PostgreSQL now requires the generated password");
        } catch (SQLException e) {
            pg.close();
            throw new IOException("could not set the embedded PostgreSQL's password: " + e.getMessage(), e);
        }
    }

    private static boolean hasPasswordRules(Path hba) {
        try {
            return Files.isRegularFile(hba) && Files.readString(hba).startsWith(HBA_MARK);
        } catch (IOException e) {
            return false;
        }
    }

    private static void write(Path hba, String rules) {
        try {
            Files.writeString(hba, rules);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + hba, e);
        }
    }

    /** Where questions run: the read-only role, on this server. */
    public DatabaseTarget readerTarget() {
        return new DatabaseTarget(jdbcUrl(), DatabaseRoles.READER, Optional.of(new Secret(password)));
    }

    /** Where AskBar keeps its own tables: the role owning schema askbar, on this server. */
    public DatabaseTarget appTarget() {
        return new DatabaseTarget(jdbcUrl(), DatabaseRoles.APP, Optional.of(new Secret(password)));
    }

    /** The generated password every embedded role logs in with. */
    public String password() {
        return password;
    }

    /** Stops the server; {@link #startAgain()} brings it back on the same port. */
    public void stop() throws IOException {
        postgres.close();
    }

    public void startAgain() throws IOException {
        postgres = launch(dataDir, port(), password, false);
    }

    public int port() {
        return postgres.getPort();
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", DATABASE).replaceFirst("\\?.*$", "");
    }

    public Connection connectAsSuperuser(String database) throws SQLException {
        return DriverManager.getConnection(postgres.getJdbcUrl(SUPERUSER, database), SUPERUSER, password);
    }

    /** Creates the {@code askbar} database if this data directory does not have it yet; true when it was created. */
    public boolean ensureDatabase() throws SQLException {
        try (Connection c = connectAsSuperuser("postgres");
                PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            ps.setString(1, DATABASE);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    return false;
                }
            }
            try (Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + DATABASE + " ENCODING 'UTF8' TEMPLATE template0");
            }
            return true;
        }
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
