package dev.askbar.core.store;

import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;

/** AskBar's own tables in schema {@code askbar}, created and upgraded by Flyway at start. */
public final class StateStore {
    private static final Logger log = LoggerFactory.getLogger(StateStore.class);
    public static final String SCHEMA = "askbar";

    /** After a failure, optional work (cache, examples, history) skips the store this long instead of waiting on it. */
    static final Duration BACK_OFF = Duration.ofSeconds(10);

    private final DataSource dataSource;
    private volatile long unavailableUntilNanos;

    private StateStore(DataSource dataSource) {
        this.dataSource = dataSource;
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
            log.info("state store migrated to version {} ({} migrations)", result.targetSchemaVersion, result.migrationsExecuted);
        }
        return new StateStore(dataSource);
    }

    public DataSource dataSource() {
        return dataSource;
    }
}
