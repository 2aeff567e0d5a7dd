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

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    public static EmbeddedDatabase start(Path home) throws IOException {
        Path dataDir = home.resolve("pg");
        Files.createDirectories(dataDir.getParent());
        long t0 = System.nanoTime();
        EmbeddedPostgres pg = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setServerConfig("max_connections", "50")
                .setOutputRedirector(ProcessBuilder.Redirect.DISCARD)
                .setErrorRedirector(ProcessBuilder.Redirect.DISCARD)
                .start();
        log.info("embedded PostgreSQL started in {} ms on port {} (data in {})",
                (System.nanoTime() - t0) / 1_000_000, pg.getPort(), dataDir);
        return new EmbeddedDatabase(pg);
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", DATABASE).replaceFirst("\\?.*$", "");
    }

    public String superUser() {
        return "postgres";
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
