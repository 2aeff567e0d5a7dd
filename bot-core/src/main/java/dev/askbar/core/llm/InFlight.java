package dev.askbar.core.llm;

import okhttp3.Call;

/**
 * A handle on one HTTP exchange in progress, so the router can abandon the slower of two hedged attempts.
 * Cancelling closes the connection at once; the attempt then ends as {@link FailureKind#CANCELLED}.
 */
final class InFlight {
    private Call call;
    private boolean cancelled;

    synchronized void attach(Call call) {
        this.call = call;
        if (cancelled) {
            call.cancel();
        }
    }

    synchronized void cancel() {
        cancelled = true;
        if (call != null) {
            call.cancel();
        }
    }

    synchronized boolean cancelled() {
        return cancelled;
    }
}
