package dev.askbar.core.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.askbar.testkit.TestPostgres;
import java.util.ArrayList;
import java.util.List;

/**
 * Two AskBar replicas as the state store sees them: one fresh database, two connection pools and two
 * {@link StateStore} objects, each with its own replica id.
 */
final class TwoReplicas implements AutoCloseable {
    final TestPostgres.TestDatabase db;
    final StateStore a;
    final StateStore b;
    private final HikariDataSource poolA;
    private final HikariDataSource poolB;
    private final List<HikariDataSource> pools = new ArrayList<>();

    TwoReplicas(String purpose) {
        db = TestPostgres.shared().createDatabase(purpose);
        poolA = pool("replica-a");
        poolB = pool("replica-b");
        a = StateStore.migrate(poolA);
        b = StateStore.migrate(poolB);
    }

    private HikariDataSource pool(String name) {
        HikariConfig hc = new HikariConfig();
        hc.setPoolName(name);
        hc.setJdbcUrl(db.jdbcUrl());
        hc.setUsername(db.user());
        hc.setPassword(db.password());
        hc.setMaximumPoolSize(4);
        hc.setConnectionTimeout(2_000);
        HikariDataSource pool = new HikariDataSource(hc);
        pools.add(pool);
        return pool;
    }

    /** A third process started later on the same database, as after a restart of replica A. */
    StateStore restartedA() {
        poolA.close();
        return StateStore.migrate(pool("replica-a-restarted"));
    }

    /** Replica A's database connections are gone, as when its network to the state database fails. */
    void cutOffA() {
        poolA.close();
    }

    @Override
    public void close() {
        pools.forEach(HikariDataSource::close);
    }
}
