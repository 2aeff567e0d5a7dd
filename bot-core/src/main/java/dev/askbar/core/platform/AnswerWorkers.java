package dev.askbar.core.platform;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where adapters run questions, off the platform's event thread: Slack acknowledges when the handler returns
 * and JDA listeners block the gateway, so the LLM and the database never run there. Bounded, so a flood of
 * questions queues instead of exhausting threads; stopping lets answers in flight finish within a grace period.
 */
public final class AnswerWorkers implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(AnswerWorkers.class);

    private final ExecutorService pool;
    private final ExecutorService drafts;
    private final ScheduledThreadPoolExecutor timer;
    private final Duration queryNoticeAfter;
    private final Duration grace;

    /**
     * How long a query runs before the asker is told "Running the query…". Most queries finish well within it, and
     * then the stage would only flash by at the cost of one more message edit per question (Slack's chat.update is
     * rate-limited per workspace); a slow query still shows that the SQL was written and is running.
     */
    static final Duration QUERY_NOTICE_AFTER = Duration.ofSeconds(1);

    /** Threads a chat platform's answers run on; mostly they wait on the LLM or the database, so there are many. */
    static final int ANSWER_THREADS = 64;

    static final int ANSWER_QUEUE = 256;

    /**
     * Workers sized for answering: an answer spends nearly all its time waiting on the network, so a handful of
     * threads would queue questions behind idle waits; per-asker and quota limits bound the real work.
     */
    public static AnswerWorkers forAnswers(String name, Duration grace) {
        return new AnswerWorkers(name, ANSWER_THREADS, ANSWER_QUEUE, grace);
    }

    public AnswerWorkers(String name, int threads, int queue, Duration grace) {
        this(name, threads, queue, grace, QUERY_NOTICE_AFTER);
    }

    AnswerWorkers(String name, int threads, int queue, Duration grace, Duration queryNoticeAfter) {
        AtomicInteger n = new AtomicInteger();
        ThreadPoolExecutor executor =
                new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(queue), r -> {
                    Thread t = new Thread(r, name + "-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        // idle workers end after a minute, so 64 threads cost nothing on a quiet day
        executor.allowCoreThreadTimeOut(true);
        this.pool = executor;
        AtomicInteger d = new AtomicInteger();
        // one per answer at most, so the answer threads bound these too; posting a table waits on the platform's
        // network, so they must not queue behind each other (drawing is bounded where it happens, in ChartRenderer)
        this.drafts =
                new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS, new SynchronousQueue<>(), r -> {
                    Thread t = new Thread(r, name + "-rows-" + d.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        this.timer = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, name + "-timer");
            t.setDaemon(true);
            return t;
        });
        // most notices are cancelled because the rows came first: do not keep them queued until their time
        timer.setRemoveOnCancelPolicy(true);
        this.queryNoticeAfter = queryNoticeAfter;
        this.grace = grace;
    }

    /** Where an answer's rows are shown while its own thread waits for the summary. */
    Executor drafts() {
        return drafts;
    }

    /**
     * Runs {@code notice} on a drafts thread once the query has run for {@link #QUERY_NOTICE_AFTER}, unless the
     * returned future is cancelled first. The timer only hands it on: showing it waits on the platform's network.
     */
    Future<?> afterQueryNoticeDelay(Runnable notice) {
        try {
            return timer.schedule(
                    () -> {
                        try {
                            drafts.execute(notice);
                        } catch (RejectedExecutionException closing) {
                            // stopping: the answer replaces the progress anyway
                        }
                    },
                    queryNoticeAfter.toMillis(),
                    TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException closing) {
            return CompletableFuture.completedFuture(null);
        }
    }

    /** Runs the work soon; false when too many questions are already waiting (tell the asker to retry). */
    public boolean submit(Runnable work) {
        try {
            pool.execute(() -> {
                try {
                    work.run();
                } catch (RuntimeException e) {
                    log.error("answer work failed", e);
                }
            });
            return true;
        } catch (RejectedExecutionException e) {
            return false;
        }
    }

    @Override
    public void close() {
        pool.shutdown();
        timer.shutdownNow();
        // answers still running join their drafts, so these end with them
        drafts.shutdown();
        try {
            if (!pool.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn(
                        "{} answers still running after {} s; stopping them",
                        pool.shutdownNow().size(),
                        grace.toSeconds());
                drafts.shutdownNow();
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            drafts.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
