package dev.askbar.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.askbar.core.platform.Coordination;
import dev.askbar.core.store.StateStore;
import dev.askbar.testkit.TestPostgres;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Two replicas' coordination over one state database, each through its own pool, as two processes would have. */
class StoredCoordinationTest {
    private static TestPostgres.TestDatabase database;
    private static final List<HikariDataSource> pools = new ArrayList<>();

    @BeforeAll
    static void createDatabase() {
        database = TestPostgres.shared().createDatabase("coordination");
    }

    @AfterAll
    static void closePools() {
        pools.forEach(HikariDataSource::close);
    }

    private static StateStore replica() {
        HikariConfig hc = new HikariConfig();
        hc.setJdbcUrl(database.jdbcUrl());
        hc.setUsername(database.user());
        hc.setPassword(database.password());
        hc.setMaximumPoolSize(4);
        HikariDataSource pool = new HikariDataSource(hc);
        pools.add(pool);
        return StateStore.migrate(pool);
    }

    @Test
    void anEventIsClaimedByExactlyOneReplicaEvenWhenBothTryAtOnce() throws Exception {
        List<Coordination> replicas = List.of(new StoredCoordination(replica()), new StoredCoordination(replica()));
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            for (int event = 0; event < 20; event++) {
                String id = "Ev" + event;
                List<Callable<Boolean>> attempts = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    Coordination replica = replicas.get(i % 2);
                    attempts.add(() -> replica.claim("slack", id));
                }
                int won = 0;
                for (Future<Boolean> f : threads.invokeAll(attempts)) {
                    won += f.get() ? 1 : 0;
                }
                assertThat(won).as("claims of " + id).isEqualTo(1);
            }
        } finally {
            threads.shutdownNow();
        }
        // the same id on another platform is another event
        assertThat(replicas.get(0).claim("discord", "Ev0")).isTrue();
    }

    @Test
    void aConversationLinkedOnOneReplicaIsFoundOnTheOtherAndAfterARestart() {
        Coordination a = new StoredCoordination(replica());
        Coordination b = new StoredCoordination(replica());

        a.link("discord", "1300000000000000001", "discord:chain:1300000000000000000");

        assertThat(b.conversationOf("discord", "1300000000000000001")).contains("discord:chain:1300000000000000000");
        assertThat(new StoredCoordination(replica()).conversationOf("discord", "1300000000000000001"))
                .contains("discord:chain:1300000000000000000");
        assertThat(b.conversationOf("slack", "1300000000000000001"))
                .as("another platform's message")
                .isEmpty();
        assertThat(b.conversationOf("discord", "1300000000000000002")).isEmpty();
    }

    @Test
    void linksOlderThanTheirAgeAreForgotten() throws InterruptedException {
        Coordination shortLived = new StoredCoordination(replica(), Duration.ofMillis(50));
        shortLived.link("slack", "C1:1767225000.000100", "C1:ask-0a1b2c");
        Thread.sleep(200);
        assertThat(shortLived.conversationOf("slack", "C1:1767225000.000100")).isEmpty();
    }
}
