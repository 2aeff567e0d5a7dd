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

/** {@link AskerLimits} kept in this process: enough for one replica, and the fallback when no state store is shared. */
final class LocalAskerLimits implements AskerLimits {
    private static final Duration WINDOW = Duration.ofMinutes(1);

    private final int perMinute;
    private final Clock clock;
    private final Map<String, Deque<Instant>> recent = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> running = new ConcurrentHashMap<>();

    LocalAskerLimits(int perMinute, Clock clock) {
        this.perMinute = perMinute;
        this.clock = clock;
    }

    @Override
    public Optional<Duration> tryAcquire(String platform, String asker) {
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

    @Override
    public Optional<Permit> enter(String platform, String asker) {
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
