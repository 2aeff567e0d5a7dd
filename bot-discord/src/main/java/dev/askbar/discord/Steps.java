package dev.askbar.discord;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Requests for one message, one after another without blocking: each step starts when the previous one has
 * finished (well or not). JDA's callbacks must not block, and the answer session may call from the gateway thread
 * (a full worker queue), so surfaces chain instead of waiting.
 */
final class Steps {
    private CompletableFuture<Void> tail = CompletableFuture.completedFuture(null);

    synchronized CompletableFuture<Void> then(Supplier<CompletableFuture<Void>> step) {
        CompletableFuture<Void> next = tail.thenCompose(ignored -> safely(step));
        tail = next.exceptionally(e -> null);
        return next;
    }

    /** A step that throws instead of returning a failed future fails the same way. */
    static CompletableFuture<Void> safely(Supplier<CompletableFuture<Void>> step) {
        try {
            return step.get();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }
}
