package dev.askbar.app;

import dev.askbar.app.database.DatabaseRoles;
import dev.askbar.app.database.EmbeddedDatabase;
import dev.askbar.app.demo.DemoDataset;
import dev.askbar.core.config.AskBarConfig;
import dev.askbar.core.config.DatabaseTarget;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo shop's place in a database: loaded on the embedded server's first start, rebuilt by
 * {@code askbar demo reset}, and seeded into the PostgreSQL of docker-compose.yml with the same loader.
 */
final class DemoInstall {
    private static final Logger log = LoggerFactory.getLogger(DemoInstall.class);

    private DemoInstall() {}

    /** First start: create the database, the demo data and the roles; later starts only re-check the roles. */
    static void prepareEmbedded(EmbeddedDatabase db, AskBarConfig config) throws SQLException {
        boolean created = db.ensureDatabase();
        try (Connection c = db.connectAsSuperuser(EmbeddedDatabase.DATABASE)) {
            load(c, !created)
                    .ifPresent(summary -> log.info(
                            "demo data loaded: {} orders in {} ms",
                            summary.orders(),
                            summary.took().toMillis()));
            provisionEmbeddedRoles(c, db, config);
        }
    }

    /**
     * Rebuilds the demo data on the embedded server, or on the configured one (connecting as its owner).
     * Empty when {@code onlyIfEmpty} and the data is already there.
     */
    static Optional<DemoDataset.Summary> reset(AskBarConfig config, boolean onlyIfEmpty)
            throws IOException, SQLException {
        if (config.usesEmbeddedDatabase()) {
            try (EmbeddedDatabase db =
                    EmbeddedDatabase.start(config.home(), config.engine().embeddedPort())) {
                db.ensureDatabase();
                try (Connection c = db.connectAsSuperuser(EmbeddedDatabase.DATABASE)) {
                    Optional<DemoDataset.Summary> summary = load(c, onlyIfEmpty);
                    provisionEmbeddedRoles(c, db, config);
                    return summary;
                }
            }
        }
        DatabaseTarget target = config.database().get();
        try (Connection c = DriverManager.getConnection(target.jdbcUrl(), target.user(), target.passwordOrEmpty())) {
            Optional<DemoDataset.Summary> summary = load(c, onlyIfEmpty);
            if (summary.isPresent()) {
                grantToReaderIfPresent(c, config);
            }
            return summary;
        }
    }

    private static Optional<DemoDataset.Summary> load(Connection c, boolean onlyIfEmpty) throws SQLException {
        if (onlyIfEmpty && hasDemoData(c)) {
            return Optional.empty();
        }
        return Optional.of(DemoDataset.reset(c));
    }

    private static boolean hasDemoData(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT to_regclass('public.orders') IS NOT NULL")) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    private static void provisionEmbeddedRoles(Connection c, EmbeddedDatabase db, AskBarConfig config)
            throws SQLException {
        DatabaseRoles.provision(c, EmbeddedDatabase.DATABASE, config.schemas(), db.password(), db.password());
    }

    /** On a server set up by hand or by docker compose, the reader role may exist already: let it read the new tables. */
    private static void grantToReaderIfPresent(Connection c, AskBarConfig config) throws SQLException {
        try (Statement s = c.createStatement()) {
            try (ResultSet rs =
                    s.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = '" + DatabaseRoles.READER + "'")) {
                if (!rs.next()) {
                    return;
                }
            }
            for (String schema : config.schemas()) {
                s.execute("GRANT SELECT ON ALL TABLES IN SCHEMA \"" + schema + "\" TO " + DatabaseRoles.READER);
            }
        }
    }
}
