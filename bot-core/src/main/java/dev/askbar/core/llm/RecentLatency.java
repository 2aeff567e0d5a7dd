package dev.askbar.core.llm;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/** The last {@value #SIZE} successful exchange times of one provider, for its 95th percentile. */
final class RecentLatency {
    static final int SIZE = 64;

    private final long[] nanos = new long[SIZE];
    private int count;
    private int next;

    synchronized void add(Duration exchange) {
        nanos[next] = exchange.toNanos();
        next = (next + 1) % SIZE;
        count = Math.min(SIZE, count + 1);
    }

    /** Empty until the provider has answered once. */
    synchronized Optional<Duration> p95() {
        if (count == 0) {
            return Optional.empty();
        }
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        return Optional.of(Duration.ofNanos(sorted[(int) Math.ceil(0.95 * count) - 1]));
    }
}
