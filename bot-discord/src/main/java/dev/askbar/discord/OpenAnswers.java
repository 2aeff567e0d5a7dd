package dev.askbar.discord;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Answers still being shown, so stopping the adapter can wait for them before the connection closes. The workers
 * belong to whoever created them; the adapter only waits for its own messages.
 */
final class OpenAnswers {
    private int open;

    /** Counts one answer as open; the returned action (idempotent) closes it. */
    synchronized Runnable begin() {
        open++;
        AtomicBoolean done = new AtomicBoolean();
        return () -> {
            if (done.compareAndSet(false, true)) {
                end();
            }
        };
    }

    private synchronized void end() {
        open--;
        notifyAll();
    }

    synchronized int open() {
        return open;
    }

    /** Waits until no answer is open or the grace has passed; returns how many are still open. */
    synchronized int awaitNone(Duration grace) throws InterruptedException {
        long deadline = System.nanoTime() + grace.toNanos();
        while (open > 0) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                break;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return open;
    }
}
