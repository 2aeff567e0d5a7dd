package dev.askbar.core.llm;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Writes key state behind the request path, in order, on one thread: a question never waits for the state
 * database, and a state database that is down costs a log line, not an answer.
 */
final class StateWriter implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(StateWriter.class);

    private final Optional<KeyStateStore> store;
    private final ExecutorService thread;
    private volatile long lastWarning;

    StateWriter(Optional<KeyStateStore> store) {
        this.store = store;
        this.thread = store.isEmpty() ? null : Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "askbar-key-state");
            t.setDaemon(true);
            return t;
        });
    }

    Optional<KeyStateStore> store() {
        return store;
    }

    void write(Consumer<KeyStateStore> change) {
        if (store.isEmpty()) {
            return;
        }
        thread.execute(() -> {
            try {
                change.accept(store.get());
            } catch (RuntimeException e) {
                long now = System.currentTimeMillis();
                if (now - lastWarning > 60_000) {
                    lastWarning = now;
                    log.warn("key state not saved (kept in memory): {}", e.getMessage());
                }
            }
        });
    }

    /** Waits until everything written so far is stored. */
    void flush() {
        if (store.isEmpty()) {
            return;
        }
        try {
            Future<?> done = thread.submit(() -> { });
            done.get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            log.warn("key state flush did not finish: {}", e.toString());
        }
    }

    @Override
    public void close() {
        if (thread != null) {
            flush();
            thread.shutdown();
        }
    }
}
