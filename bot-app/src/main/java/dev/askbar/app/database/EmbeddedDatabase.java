package dev.askbar.app.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The PostgreSQL AskBar starts for itself when no database is configured. Its data lives in
 * {@code ~/.askbar/pg}, so only the first start pays for initdb and the demo data.
 */
public final class EmbeddedDatabase implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    public static final String DATABASE = "askbar";
    /** The embedded server trusts local connections; role passwords only matter if someone copies the data directory. */
    public static final String LOCAL_PASSWORD = "askbar-local";

    private final Path dataDir;
    private volatile EmbeddedPostgres postgres;

    private EmbeddedDatabase(Path dataDir, EmbeddedPostgres postgres) {
        this.dataDir = dataDir;
        this.postgres = postgres;
    }

    /** @param port 0 for any free port */
    public static EmbeddedDatabase start(Path home, int port) throws IOException {
        Path dataDir = home.resolve("pg");
        Files.createDirectories(dataDir.getParent());
        return new EmbeddedDatabase(dataDir, launch(dataDir, port));
    }

    private static EmbeddedPostgres launch(Path dataDir, int port) throws IOException {
        long t0 = System.nanoTime();
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setServerConfig("max_connections", "50")
                .setOutputRedirector(ProcessBuilder.Redirect.DISCARD)
                .setErrorRedirector(ProcessBuilder.Redirect.DISCARD);
        if (port > 0) {
            builder.setPort(port);
        }
        EmbeddedPostgres pg = builder.start();
        log.info("embedded PostgreSQL started in {} ms on port {} (data in {})",
                (System.nanoTime() - t0) / 1_000_000, pg.getPort(), dataDir);
        return pg;
    }

    /** Stops the server; {@link #startAgain()} brings it back on the same port. */
    public void stop() throws IOException {
        postgres.close();
    }

    public void startAgain() throws IOException {
        postgres = launch(dataDir, port());
    }

    public int port() {
        return postgres.getPort();
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", DATABASE).replaceFirst("\\?.*$", "");
    }

    public Connection connectAsSuperuser(String database) throws SQLException {
        return DriverManager.getConnection(postgres.getJdbcUrl("postgres", database), "postgres", "");
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
