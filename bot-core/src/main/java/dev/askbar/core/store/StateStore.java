package dev.askbar.core.store;

import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * AskBar's own tables in schema {@code askbar}, created and upgraded by Flyway at start. Each instance is one
 * replica: several processes may share one state database, and {@link #replicaId()} tells their writes apart.
 */
public final class StateStore {
    private static final Logger log = LoggerFactory.getLogger(StateStore.class);
    public static final String SCHEMA = "askbar";

    /** After a failure, optional work (cache, examples, history) skips the store this long instead of waiting on it. */
    static final Duration BACK_OFF = Duration.ofSeconds(10);

    private final DataSource dataSource;
    private final String replicaId;
    private volatile long unavailableUntilNanos;

    private StateStore(DataSource dataSource) {
        this.dataSource = dataSource;
        this.replicaId = newReplicaId();
    }

    /**
     * This process's name among the replicas: the host name (a pod name under Kubernetes) when known, for the
     * operator reading the tables, plus a random part, since two processes may run on one host.
     */
    private static String newReplicaId() {
        byte[] random = new byte[4];
        new SecureRandom().nextBytes(random);
        String host =
                Optional.ofNullable(System.getenv("HOSTNAME")).orElse("askbar").replaceAll("[^A-Za-z0-9._-]", "");
        return (host.length() > 40 ? host.substring(0, 40) : host) + "-"
                + HexFormat.of().formatHex(random);
    }

    /** Who wrote a row of shared state; unique per {@code StateStore} object, hence per process. */
    public String replicaId() {
        return replicaId;
    }

    /**
     * False for a short while after the store failed: callers whose work is optional skip it, so a question
     * during a database outage is not made to wait on every lookup in turn.
     */
    public boolean available() {
        return System.nanoTime() - unavailableUntilNanos >= 0;
    }

    /** Called by a caller whose store access failed. */
    public void failed(SQLException e) {
        unavailableUntilNanos = System.nanoTime() + BACK_OFF.toNanos();
        log.debug("state store marked unavailable for {} s: {}", BACK_OFF.toSeconds(), e.getMessage());
    }

    public static StateStore migrate(DataSource dataSource) {
        var result = Flyway.configure()
                .dataSource(dataSource)
                .schemas(SCHEMA)
                .defaultSchema(SCHEMA)
                .createSchemas(true)
                .locations("classpath:db/askbar")
                .load()
                .migrate();
        if (result.migrationsExecuted > 0) {
            log.info(
                    "state store migrated to version {} ({} migrations)",
                    result.targetSchemaVersion,
                    result.migrationsExecuted);
        }
        return new StateStore(dataSource);
    }

    public DataSource dataSource() {
        return dataSource;
    }
}
