package dev.askbar.core.llm;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes key state behind the request path, in order, on one thread: a question never waits for the state
 * database, and a state database that is down costs a log line, not an answer. Usage counters are summed in
 * memory and written once a second: one database round trip per call would compete with the calls themselves
 * for a small machine's cores (the gateway benchmark's p99 doubled with it).
 */
final class StateWriter implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(StateWriter.class);
    static final Duration USAGE_BATCH = Duration.ofSeconds(1);

    private final Optional<KeyStateStore> store;
    private final ScheduledExecutorService thread;
    private final Map<String, KeyUsage> pendingUsage = new LinkedHashMap<>();
    private boolean usageScheduled;
    private volatile long lastWarning;

    StateWriter(Optional<KeyStateStore> store) {
        this.store = store;
        this.thread = store.isEmpty()
                ? null
                : new ScheduledThreadPoolExecutor(1, r -> {
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
        thread.execute(() -> apply(change));
    }

    /** Adds one call's counts to what the next batch writes. */
    void addUsage(KeyUsage delta) {
        if (store.isEmpty()) {
            return;
        }
        synchronized (pendingUsage) {
            pendingUsage.merge(
                    delta.provider() + "\u0000" + delta.fingerprint() + "\u0000" + delta.model() + "\u0000"
                            + delta.day(),
                    delta,
                    StateWriter::sum);
            if (usageScheduled) {
                return;
            }
            usageScheduled = true;
        }
        thread.schedule(this::writeUsage, USAGE_BATCH.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void writeUsage() {
        List<KeyUsage> batch;
        synchronized (pendingUsage) {
            batch = new ArrayList<>(pendingUsage.values());
            pendingUsage.clear();
            usageScheduled = false;
        }
        for (KeyUsage usage : batch) {
            apply(s -> s.addUsage(usage));
        }
    }

    static KeyUsage sum(KeyUsage a, KeyUsage b) {
        List<Integer> latencies = new ArrayList<>(a.latenciesMs());
        latencies.addAll(b.latenciesMs());
        if (latencies.size() > DailyUsage.LATENCY_SAMPLE) {
            latencies = latencies.subList(latencies.size() - DailyUsage.LATENCY_SAMPLE, latencies.size());
        }
        return new KeyUsage(
                a.provider(),
                a.fingerprint(),
                a.model(),
                a.day(),
                a.requests() + b.requests(),
                a.successes() + b.successes(),
                a.failures() + b.failures(),
                a.tokensIn() + b.tokensIn(),
                a.tokensOut() + b.tokensOut(),
                List.copyOf(latencies),
                b.lastError().or(a::lastError));
    }

    private void apply(Consumer<KeyStateStore> change) {
        try {
            change.accept(store.get());
        } catch (RuntimeException e) {
            long now = System.currentTimeMillis();
            if (now - lastWarning > 60_000) {
                lastWarning = now;
                log.warn("key state not saved (kept in memory): {}", e.getMessage());
            }
        }
    }

    /** Waits until everything written so far, usage included, is stored. */
    void flush() {
        if (store.isEmpty()) {
            return;
        }
        try {
            Future<?> done = thread.submit(this::writeUsage);
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
