package dev.askbar.app;

import dev.askbar.app.ops.AskBarMetrics;
import dev.askbar.app.ops.HealthCheck;
import dev.askbar.app.ops.OpsServer;
import dev.askbar.core.config.AskBarConfig;
import dev.askbar.core.platform.ChatAdapter;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code askbar run}: the chat adapters whose tokens are set, sharing one engine, plus health and metrics. */
final class Service {
    private static final Logger log = LoggerFactory.getLogger(Service.class);

    private final AskBarConfig config;
    private final PrintStream err;
    private final CountDownLatch stopped = new CountDownLatch(1);

    Service(AskBarConfig config, PrintStream err) {
        this.config = config;
        this.err = err;
    }

    /** How long a service waits for its database at start before giving up. */
    static final Duration DATABASE_PATIENCE = Duration.ofMinutes(10);

    private static String oneLine(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        m = (nl < 0 ? m : m.substring(0, nl)).strip();
        return m.endsWith(".") ? m.substring(0, m.length() - 1) : m;
    }

    int runUntilStopped() throws Exception {
        // health is served while we wait, so an orchestrator sees why the service is not ready yet
        AtomicReference<String> starting = new AtomicReference<>("starting");
        AskBarMetrics early = new AskBarMetrics();
        OpsServer waitingOps = OpsServer.start(
                config.httpHost(),
                config.httpPort(),
                new HealthCheck().addForReadiness("startup", () -> Optional.ofNullable(starting.get())),
                early);
        AskBarRuntime runtime;
        try {
            // the reason (with the database's address) goes to the log; /health only says what AskBar waits for
            runtime = AskBarRuntime.start(
                    config, DATABASE_PATIENCE, why -> starting.set("starting: waiting for the database to answer"));
        } finally {
            waitingOps.close();
        }
        List<ChatAdapter> adapters = ChatAdapters.create(config, runtime);
        if (adapters.isEmpty()) {
            runtime.close();
            err.println(
                    "askbar: no chat platform is configured; set DISCORD_TOKEN, or SLACK_BOT_TOKEN with SLACK_SIGNING_SECRET (or SLACK_APP_TOKEN), or use askbar console.");
            return Main.BAD_SETUP;
        }
        runtime.engine().warmUpSchema();
        HealthCheck health =
                new HealthCheck().add("database", runtime::databaseProblem).add("llm", runtime::llmProblem);
        for (ChatAdapter adapter : adapters) {
            health.addForReadiness(
                    adapter.name(), () -> adapter.connected() ? Optional.empty() : Optional.of("not connected"));
        }
        OpsServer ops = OpsServer.start(config.httpHost(), config.httpPort(), health, runtime.metrics());
        List<ChatAdapter> started = new ArrayList<>();
        for (ChatAdapter adapter : adapters) {
            try {
                adapter.start();
            } catch (Exception e) {
                started.forEach(ChatAdapter::close);
                adapter.close();
                ops.close();
                runtime.close();
                log.error("{} adapter could not start", adapter.name(), e);
                throw new StartupException(
                        "The " + adapter.name() + " adapter could not start (" + oneLine(e)
                                + "); check its tokens and API address in the configuration.",
                        e);
            }
            started.add(adapter);
            log.info("{} adapter started", adapter.name());
        }
        // registered once everything runs: a failed start above has already closed what it opened
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            log.info("stopping: letting answers in flight finish");
                            started.forEach(ChatAdapter::close);
                            ops.close();
                            runtime.close();
                            stopped.countDown();
                        },
                        "askbar-shutdown"));

        stopped.await();
        return Main.OK;
    }
}
