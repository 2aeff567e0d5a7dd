package dev.askbar.testkit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;

/**
 * The one place tests get a real PostgreSQL: a Testcontainers PostgreSQL 16 when Docker is present,
 * otherwise an embedded server (the same kind AskBar itself starts when no database is configured).
 * One server per test JVM; each caller gets a fresh database on it, so tests never see each other's data.
 */
public final class TestPostgres {
    private static final Logger log = LoggerFactory.getLogger(TestPostgres.class);
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static volatile TestPostgres shared;

    private final String host;
    private final int port;
    private final String superUser;
    private final String superPassword;
    private final String kind;

    private TestPostgres(String host, int port, String superUser, String superPassword, String kind) {
        this.host = host;
        this.port = port;
        this.superUser = superUser;
        this.superPassword = superPassword;
        this.kind = kind;
    }

    /** The server for this JVM, started on first use and stopped when the JVM exits. */
    public static TestPostgres shared() {
        if (shared == null) {
            synchronized (TestPostgres.class) {
                if (shared == null) {
                    shared = start();
                }
            }
        }
        return shared;
    }

    private static TestPostgres start() {
        if (dockerAvailable()) {
            PostgreSQLContainer<?> container = new PostgreSQLContainer<>("postgres:16-alpine");
            container.start();
            Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
            log.info("test PostgreSQL: Testcontainers {}", container.getJdbcUrl());
            return new TestPostgres(
                    container.getHost(),
                    container.getMappedPort(5432),
                    container.getUsername(),
                    container.getPassword(),
                    "testcontainers");
        }
        try {
            EmbeddedPostgres pg =
                    EmbeddedPostgres.builder().setRegisterShutdownHook(true).start();
            log.info("test PostgreSQL: embedded on port {}", pg.getPort());
            return new TestPostgres("localhost", pg.getPort(), "postgres", "postgres", "embedded");
        } catch (IOException e) {
            throw new UncheckedIOException("could not start an embedded PostgreSQL for tests", e);
        }
    }

    private static boolean dockerAvailable() {
        if ("false".equalsIgnoreCase(System.getProperty("askbar.test.docker", "auto"))) {
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    /** "embedded" or "testcontainers". */
    public String kind() {
        return kind;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    public String superUser() {
        return superUser;
    }

    public String superPassword() {
        return superPassword;
    }

    /** Creates an empty database with a unique name derived from {@code purpose}. */
    public TestDatabase createDatabase(String purpose) {
        String name = (purpose.toLowerCase().replaceAll("[^a-z0-9]+", "_") + "_" + DATABASES.incrementAndGet());
        if (name.length() > 60) {
            name = name.substring(name.length() - 60);
        }
        name = "t_" + name;
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), superUser, superPassword);
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create test database " + name, e);
        }
        return new TestDatabase(this, name);
    }

    /** A database on the shared server, reached as the superuser unless told otherwise. */
    public record TestDatabase(TestPostgres server, String name) {
        public String jdbcUrl() {
            return server.jdbcUrl(name);
        }

        public String user() {
            return server.superUser();
        }

        public String password() {
            return server.superPassword();
        }

        public Connection connect() throws SQLException {
            return DriverManager.getConnection(jdbcUrl(), user(), password());
        }

        /** The single number a query such as {@code SELECT count(*) ...} returns, read as the superuser. */
        public long count(String sql) {
            try (Connection c = connect();
                    Statement s = c.createStatement();
                    var rs = s.executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            } catch (SQLException e) {
                throw new IllegalStateException("count query failed: " + e.getMessage(), e);
            }
        }

        /** Runs SQL as the superuser: fixtures, roles, grants. */
        public void execute(String sql) {
            try (Connection c = connect();
                    Statement s = c.createStatement()) {
                s.execute(sql);
            } catch (SQLException e) {
                throw new IllegalStateException("fixture SQL failed: " + e.getMessage(), e);
            }
        }
    }
}
