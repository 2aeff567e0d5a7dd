package dev.askbar.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.askbar.app.database.EmbeddedDatabase;
import dev.askbar.core.config.AskBarConfig;
import dev.askbar.testkit.TestKeys;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A service started while its database is down waits for it, saying why, and starts once it is back. */
class DatabaseWaitTest {

    @Test
    void startWaitsForADatabaseThatIsDownAndSaysWhy(@TempDir Path home) throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        EmbeddedDatabase db = EmbeddedDatabase.start(home, port);
        db.ensureDatabase();
        db.stop();
        AskBarConfig config = AskBarConfig.from(Map.of(
                "ASKBAR_DATABASE_URL",
                "jdbc:postgresql://localhost:" + port + "/askbar",
                "ASKBAR_DATABASE_USER",
                "postgres",
                "ASKBAR_DATABASE_PASSWORD",
                db.password(),
                "GROQ_API_KEYS",
                TestKeys.groq("wait", "0000")));
        List<String> reasons = new CopyOnWriteArrayList<>();
        CompletableFuture<AskBarRuntime> starting = CompletableFuture.supplyAsync(() -> {
            try {
                return AskBarRuntime.start(config, Duration.ofSeconds(60), reasons::add);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (reasons.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(reasons).isNotEmpty();
        assertThat(reasons.get(0)).startsWith("cannot reach the database at jdbc:postgresql://localhost:" + port);
        assertThat(starting).isNotDone();
        db.startAgain();
        try (AskBarRuntime runtime = starting.get(60, TimeUnit.SECONDS)) {
            assertThat(runtime.databaseProblem()).isEmpty();
        } finally {
            db.close();
        }
    }
}
