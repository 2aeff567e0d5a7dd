package dev.askbar.core.llm;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The attempts of one request that are out at once. Each runs on the gateway's threads with a hedging deadline;
 * the caller waits for the next one to finish or for the earliest deadline to pass, then decides whether to start
 * another. Closing cancels whatever is still out; what those attempts return later goes to {@code late}.
 * Used by one calling thread; only the finished queue is shared with the attempts' threads.
 */
final class Race implements AutoCloseable {

    /** One attempt out, with the time after which a hedge may start beside it. */
    static final class Running {
        final Candidate candidate;
        final LlmTask task;
        final InFlight inFlight = new InFlight();
        final long hedgeAtNanos;
        final boolean hedge;

        Running(Candidate candidate, LlmTask task, long hedgeAtNanos, boolean hedge) {
            this.candidate = candidate;
            this.task = task;
            this.hedgeAtNanos = hedgeAtNanos;
            this.hedge = hedge;
        }
    }

    record Finished(Running running, Attempt attempt) {
        Candidate candidate() {
            return running.candidate;
        }

        LlmTask task() {
            return running.task;
        }
    }

    private final Executor executor;
    private final Consumer<Finished> late;
    private final BlockingQueue<Finished> finished = new LinkedBlockingQueue<>();
    private final List<Running> running = new ArrayList<>(2);
    private boolean closed;

    Race(Executor executor, Consumer<Finished> late) {
        this.executor = executor;
        this.late = late;
    }

    void start(Candidate candidate, LlmRequest request, Duration hedgeAfter) {
        Running r =
                new Running(candidate, request.task(), System.nanoTime() + hedgeAfter.toNanos(), !running.isEmpty());
        running.add(r);
        executor.execute(() -> {
            Attempt attempt = candidate.pool().client().call(candidate.key(), candidate.model(), request, r.inFlight);
            Finished done = new Finished(r, attempt);
            synchronized (this) {
                if (!closed) {
                    finished.add(done);
                    return;
                }
            }
            late.accept(done);
        });
    }

    /** No attempt out is still within its hedging deadline (or none is out): time to start another. */
    boolean wantsAnother() {
        long now = System.nanoTime();
        for (Running r : running) {
            if (now < r.hedgeAtNanos) {
                return false;
            }
        }
        return true;
    }

    boolean idle() {
        return running.isEmpty();
    }

    /** The attempt started last among those still out. */
    Optional<Candidate> latest() {
        return running.isEmpty() ? Optional.empty() : Optional.of(running.get(running.size() - 1).candidate);
    }

    /**
     * The next attempt to finish, or empty when the earliest hedging deadline (or {@code deadlineNanos}) came first.
     */
    Optional<Finished> next(long deadlineNanos) throws InterruptedException {
        long now = System.nanoTime();
        long until = deadlineNanos;
        for (Running r : running) {
            if (r.hedgeAtNanos > now) {
                until = Math.min(until, r.hedgeAtNanos);
            }
        }
        Finished done = finished.poll(Math.max(0, until - now), TimeUnit.NANOSECONDS);
        if (done != null) {
            running.remove(done.running());
        }
        return Optional.ofNullable(done);
    }

    /** Cancels what is still out; attempts that finished but were not taken go to {@code late}. */
    @Override
    public void close() {
        List<Finished> untaken = new ArrayList<>();
        synchronized (this) {
            closed = true;
            finished.drainTo(untaken);
        }
        for (Running r : running) {
            r.inFlight.cancel();
        }
        untaken.forEach(late);
    }
}
