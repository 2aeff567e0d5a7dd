package dev.askbar.core.engine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What one chat user may ask: at most N questions in any sliding minute, so one eager person cannot spend the
 * team's daily quota, and at most {@link #IN_FLIGHT} at a time, so one person cannot hold every database
 * connection and worker.
 */
final class AskerLimits {
    static final int IN_FLIGHT = 2;
    private static final Duration WINDOW = Duration.ofMinutes(1);

    /** A question being answered; closing it frees the asker's slot. */
    interface Permit extends AutoCloseable {
        @Override
        void close();
    }

    private final int perMinute;
    private final Clock clock;
    private final Map<String, Deque<Instant>> recent = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> running = new ConcurrentHashMap<>();

    AskerLimits(int perMinute, Clock clock) {
        this.perMinute = perMinute;
        this.clock = clock;
    }

    /** Counts the question, or says how long to wait when the asker is over the limit. */
    Optional<Duration> tryAcquire(String platform, String asker) {
        Instant now = clock.instant();
        Deque<Instant> times = recent.computeIfAbsent(platform + ":" + asker, k -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(WINDOW))) {
                times.pollFirst();
            }
            if (times.size() >= perMinute) {
                return Optional.of(Duration.between(now, times.peekFirst().plus(WINDOW)));
            }
            times.addLast(now);
            return Optional.empty();
        }
    }

    /** A slot for one more question in flight, or empty when the asker already has {@link #IN_FLIGHT}. */
    Optional<Permit> enter(String platform, String asker) {
        String who = platform + ":" + asker;
        AtomicInteger n = running.computeIfAbsent(who, k -> new AtomicInteger());
        if (n.incrementAndGet() > IN_FLIGHT) {
            n.decrementAndGet();
            return Optional.empty();
        }
        return Optional.of(new Permit() {
            private boolean closed;

            @Override
            public synchronized void close() {
                if (!closed) {
                    closed = true;
                    n.decrementAndGet();
                }
            }
        });
    }
}
