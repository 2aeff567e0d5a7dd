package dev.askbar.slack;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;

/**
 * Keeps new messages in one channel about a second apart, as Slack asks of chat.postMessage (its client does not
 * retry a 429 by itself). Edits (chat.update) are not counted here: they have a per-workspace limit, and
 * {@link SlackSurface} coalesces them.
 */
final class ChannelPacer {
    private final long intervalNanos;
    private final ConcurrentMap<String, Long> nextFree = new ConcurrentHashMap<>();

    ChannelPacer(Duration interval) {
        this.intervalNanos = interval.toNanos();
    }

    /** Takes the channel's next turn and returns how long to wait for it. */
    Duration reserve(String channel) {
        long now = System.nanoTime();
        long[] wait = new long[1];
        nextFree.compute(channel, (c, free) -> {
            long start = free == null ? now : Math.max(free, now);
            wait[0] = start - now;
            return start + intervalNanos;
        });
        return Duration.ofNanos(wait[0]);
    }

    /** Waits for the channel's next turn (on a worker thread, never on the acknowledging one). */
    void await(String channel) {
        Duration wait = reserve(channel);
        if (!wait.isZero()) {
            try {
                TimeUnit.NANOSECONDS.sleep(wait.toNanos());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
