package dev.askbar.app;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.askbar.app.database.EmbeddedDatabase;
import dev.askbar.app.database.ReaderRoleFix;
import dev.askbar.app.ops.AskBarMetrics;
import dev.askbar.app.ops.DatabaseHealth;
import dev.askbar.core.config.AskBarConfig;
import dev.askbar.core.config.DatabaseTarget;
import dev.askbar.core.engine.QueryEngine;
import dev.askbar.core.llm.KeyState;
import dev.askbar.core.llm.LlmRouter;
import dev.askbar.core.sql.DataRoleCheck;
import dev.askbar.core.store.AuditLog;
import dev.askbar.core.store.KeyStateFeed;
import dev.askbar.core.store.KeyStateRepository;
import dev.askbar.core.store.StateStore;
import dev.askbar.core.wiring.EngineFactory;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Everything one AskBar process shares: databases, pools, the LLM router and the engine. Closed in reverse order. */
final class AskBarRuntime implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(AskBarRuntime.class);

    static final int STATE_CONNECTIONS = 6;

    private final AskBarConfig config;
    private final Optional<EmbeddedDatabase> embedded;
    private final HikariDataSource dataPool;
    private final HikariDataSource statePool;
    private final LlmRouter router;
    private final KeyStateFeed feed;
    private final EngineFactory.Wired wired;
    private final StateStore store;
    private final AskBarMetrics metrics;

    private AskBarRuntime(
            AskBarConfig config,
            Optional<EmbeddedDatabase> embedded,
            HikariDataSource dataPool,
            HikariDataSource statePool,
            LlmRouter router,
            KeyStateFeed feed,
            EngineFactory.Wired wired,
            StateStore store,
            AskBarMetrics metrics) {
        this.feed = feed;
        this.wired = wired;
        this.store = store;
        this.metrics = metrics;
        this.config = config;
        this.embedded = embedded;
        this.dataPool = dataPool;
        this.statePool = statePool;
        this.router = router;
    }

    static AskBarRuntime start(AskBarConfig config) throws IOException, SQLException {
        return start(config, Duration.ZERO, status -> {});
    }

    /**
     * Starts everything; when the database cannot be reached, keeps trying with growing pauses for up to
     * {@code patience} (a service waits for a database that is restarting; a terminal command does not),
     * telling {@code status} why it is waiting.
     */
    static AskBarRuntime start(AskBarConfig config, Duration patience, Consumer<String> status)
            throws IOException, SQLException {
        Waiting waiting = new Waiting(patience, status);
        Optional<EmbeddedDatabase> embedded = Optional.empty();
        DatabaseTarget data;
        DatabaseTarget state;
        if (config.usesEmbeddedDatabase()) {
            EmbeddedDatabase db =
                    EmbeddedDatabase.start(config.home(), config.engine().embeddedPort());
            embedded = Optional.of(db);
            DemoInstall.prepareEmbedded(db, config);
            data = db.readerTarget();
            state = db.appTarget();
        } else {
            data = config.database().get();
            state = config.stateDatabase().orElse(data);
        }
        // questions hold a data connection only while their SQL runs, so a few serve many more answers in flight;
        // the state pool also carries the shared limits, claims and archive, and one connection LISTENs for key state
        HikariDataSource dataPool = pool("askbar-data", data, config.limits().dataConnections());
        HikariDataSource statePool = pool("askbar-state", state, STATE_CONNECTIONS);
        StateStore store = migrate(statePool, state, waiting);
        DataRoleCheck.Findings role = DataRoleCheck.inspect(dataPool, config.schemas());
        Optional<String> roleProblem = role.problem();
        if (roleProblem.isPresent()) {
            String fix = ReaderRoleFix.advice(role);
            if (config.engine().requireReadOnlyRole()) {
                dataPool.close();
                statePool.close();
                stop(embedded);
                throw new StartupException(
                        "Refusing to start: " + roleProblem.get() + "; " + fix
                                + " (see docs/security.md), or unset ASKBAR_REQUIRE_READ_ONLY_ROLE.",
                        null);
            }
            log.error(
                    "SECURITY: {}; questions should run as a role that can only read ASKBAR_SCHEMAS: {} (see docs/security.md)",
                    roleProblem.get(),
                    fix);
        }
        KeyStateRepository keyStates = new KeyStateRepository(store);
        LlmRouter router = LlmRouter.from(config, keyStates, Clock.systemUTC());
        // what another replica learns about a quota (a 429, a revoked key, a budget) reaches this one within a second
        KeyStateFeed feed = KeyStateFeed.start(
                keyStates,
                router::apply,
                b -> router.applyBudget(b.provider(), b.group(), b.model(), b.tokensLeft(), b.resetsAt()));
        AskBarMetrics metrics = new AskBarMetrics();
        router.addObserver(metrics::llmCall);
        metrics.keysAvailable(router::status);
        EngineFactory.Wired wired =
                EngineFactory.build(config, dataPool, store, router, List.of(metrics), Clock.systemDefaultZone());
        return new AskBarRuntime(config, embedded, dataPool, statePool, router, feed, wired, store, metrics);
    }

    /** Runs the state store's migrations, waiting for the database as long as allowed. */
    private static StateStore migrate(HikariDataSource pool, DatabaseTarget target, Waiting waiting) {
        while (true) {
            try {
                return StateStore.migrate(pool);
            } catch (RuntimeException e) {
                String reason = rootMessage(e);
                if (!waiting.another("cannot reach the database at " + target.jdbcUrl() + " (" + reason + ")")) {
                    throw new StartupException(
                            "Cannot reach the database at " + target.jdbcUrl() + " (" + reason
                                    + "); check ASKBAR_DATABASE_URL and that the server is running.",
                            e);
                }
            }
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        int nl = m.indexOf('\n');
        return (nl < 0 ? m : m.substring(0, nl)).strip();
    }

    /** Pauses of 1, 2, 4 … up to 30 s until the patience is spent. */
    private static final class Waiting {
        private final long deadline;
        private final Consumer<String> status;
        private long pauseMillis = 1000;

        Waiting(Duration patience, Consumer<String> status) {
            this.deadline = System.nanoTime() + patience.toNanos();
            this.status = status;
        }

        boolean another(String why) {
            if (System.nanoTime() + pauseMillis * 1_000_000 > deadline) {
                return false;
            }
            status.accept(why);
            log.warn("{}; retrying in {} s", why, pauseMillis / 1000);
            try {
                Thread.sleep(pauseMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
            pauseMillis = Math.min(pauseMillis * 2, 30_000);
            return true;
        }
    }

    private static HikariDataSource pool(String name, DatabaseTarget target, int size) {
        HikariConfig hc = new HikariConfig();
        hc.setPoolName(name);
        hc.setJdbcUrl(target.jdbcUrl());
        hc.setUsername(target.user());
        hc.setPassword(target.passwordOrEmpty());
        hc.setMaximumPoolSize(size);
        hc.setMinimumIdle(1);
        // a chat user waiting on a dead database is better told so in seconds than after the default 30
        hc.setConnectionTimeout(3_000);
        // fail on first use, not at construction, so a database that is down for a while does not stop the start
        hc.setInitializationFailTimeout(-1);
        hc.addDataSourceProperty("ApplicationName", "askbar");
        if (name.equals("askbar-data")) {
            // a question's error can carry a huge value, which the driver would read whole (see BoundedReplies)
            hc.addDataSourceProperty("socketFactory", dev.askbar.core.sql.BoundedReplies.class.getName());
        }
        return new HikariDataSource(hc);
    }

    AskBarConfig config() {
        return config;
    }

    QueryEngine engine() {
        return wired.engine();
    }

    AskBarMetrics metrics() {
        return metrics;
    }

    /** Empty when the data database answers; otherwise why not, for {@code /health}. */
    Optional<String> databaseProblem() {
        try (Connection c = dataPool.getConnection();
                Statement s = c.createStatement()) {
            s.setQueryTimeout(3);
            s.execute("SELECT 1");
            return Optional.empty();
        } catch (SQLException e) {
            // the detail (hosts, driver text) goes to the log; /health says what is wrong in words
            log.warn("health: data database check failed: {}", e.getMessage());
            return Optional.of(DatabaseHealth.describe(e));
        }
    }

    /** Empty when at least one LLM key can take a call now; for {@code /health}. */
    Optional<String> llmProblem() {
        boolean any = router.status().stream()
                .anyMatch(k -> k.state() == KeyState.AVAILABLE || k.state() == KeyState.PROBING);
        return any ? Optional.empty() : Optional.of("no LLM key available right now (see askbar keys)");
    }

    Optional<EmbeddedDatabase> embedded() {
        return embedded;
    }

    AuditLog audit() {
        return wired.audit();
    }

    StateStore store() {
        return store;
    }

    LlmRouter router() {
        return router;
    }

    @Override
    public void close() {
        int unwritten = wired.audit().flush();
        if (unwritten > 0) {
            log.error("{} audit records could not be written before stopping; they are in this log", unwritten);
        }
        feed.close();
        router.close();
        wired.close();
        dataPool.close();
        statePool.close();
        stop(embedded);
    }

    private static void stop(Optional<EmbeddedDatabase> embedded) {
        embedded.ifPresent(db -> {
            try {
                db.close();
            } catch (IOException e) {
                log.warn("embedded PostgreSQL did not stop cleanly: {}", e.getMessage());
            }
        });
    }
}
