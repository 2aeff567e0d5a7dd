package dev.askbar.core.store;

import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;

/** AskBar's own tables in schema {@code askbar}, created and upgraded by Flyway at start. */
public final class StateStore {
    private static final Logger log = LoggerFactory.getLogger(StateStore.class);
    public static final String SCHEMA = "askbar";

    private final DataSource dataSource;

    private StateStore(DataSource dataSource) {
        this.dataSource = dataSource;
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
