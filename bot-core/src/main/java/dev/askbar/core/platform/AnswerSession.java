package dev.askbar.core.platform;

import dev.askbar.core.engine.Answer;
import dev.askbar.core.engine.ProgressListener;
import dev.askbar.core.engine.QueryEngine;
import dev.askbar.core.engine.Question;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One question from "working on it" to the answer, the same for every surface: progress stages, the rows as soon as
 * they are in, the summary edited in when it arrives, or one sentence when there is no answer. Whatever happens,
 * the surface's progress is replaced: a render that throws becomes {@link Sentences#NOT_SHOWN}.
 *
 * <p>The rows are shown on a second thread while the engine's thread goes on to ask for the summary: drawing the chart
 * and posting the table then overlap the summary's round trip instead of delaying it. On chat surfaces "Running the
 * query…" comes from a timer, only for queries that run long enough to need it. Every call to the surface is made
 * under one lock and checked against what was shown already, so the surface still sees one call at a time, in order,
 * and never a stage after the rows.
 */
public final class AnswerSession {
    private static final Logger log = LoggerFactory.getLogger(AnswerSession.class);

    private final QueryEngine engine;
    private final AnswerArchive archive;
    private final Question question;
    private final AnswerSurface surface;
    private final Executor drafts;
    private final Function<Runnable, Future<?>> queryNotice;
    private final Object surfaceLock = new Object();
    private Optional<String> shownId = Optional.empty();
    private CompletableFuture<Void> draftShown = CompletableFuture.completedFuture(null);
    private Future<?> pendingNotice = CompletableFuture.completedFuture(null);
    // the rows or the outcome are known: no stage may be shown any more (read by the timer's thread)
    private volatile boolean stagesOver;
    // set by whichever thread's render failed; read by the session's thread after the draft was joined
    private volatile boolean broken;

    AnswerSession(
            QueryEngine engine,
            AnswerArchive archive,
            Question question,
            AnswerSurface surface,
            Executor drafts,
            Function<Runnable, Future<?>> queryNotice) {
        this.engine = engine;
        this.archive = archive;
        this.question = question;
        this.surface = surface;
        this.drafts = drafts;
        this.queryNotice = queryNotice;
    }

    /**
     * Answers on this thread, showing every stage and the rows on this thread too, before the summary is asked for;
     * the terminal calls this, chat adapters go through {@link AdapterContext#ask}.
     */
    public static void run(QueryEngine engine, AnswerArchive archive, Question question, AnswerSurface surface) {
        new AnswerSession(engine, archive, question, surface, Runnable::run, AnswerSession::now).run();
    }

    /**
     * Answers on this thread, shows the rows on one of the workers' drafts threads while the summary is being written,
     * and "Running the query…" only once the query has taken a while.
     */
    static void run(
            QueryEngine engine,
            AnswerArchive archive,
            Question question,
            AnswerSurface surface,
            AnswerWorkers workers) {
        new AnswerSession(engine, archive, question, surface, workers.drafts(), workers::afterQueryNoticeDelay).run();
    }

    private static Future<?> now(Runnable notice) {
        notice.run();
        return CompletableFuture.completedFuture(null);
    }

    void run() {
        progress(Sentences.WRITING_SQL);
        Answer answer;
        try {
            answer = engine.answer(question, new ProgressListener() {
                @Override
                public void sqlReady(String sql) {
                    pendingNotice.cancel(false); // a repaired query starts its own wait
                    pendingNotice = queryNotice.apply(() -> progress(Sentences.RUNNING_QUERY));
                }

                @Override
                public void rowsAnswered(Answer draft) {
                    endStages();
                    shownId = Optional.of(archive.keep(draft));
                    showDraft(draft);
                }
            });
        } catch (RuntimeException e) {
            endStages();
            draftShown.join();
            // the engine turns known failures into an AnswerError; this is a bug, and the asker should not wait forever
            log.error("answering a {} question failed", question.platform(), e);
            if (shownId.isEmpty()) {
                fail(Sentences.FAILED);
            } else {
                // the rows are up: leave them standing with the quiet no-summary note rather than "Writing the
                // summary…"
                archive.find(shownId.get()).ifPresent(draft -> show(draft, false));
            }
            return;
        }
        endStages();
        draftShown.join();
        if (broken) {
            return;
        }
        if (answer.ok()) {
            String id =
                    shownId.map(existing -> archive.replace(existing, answer)).orElseGet(() -> archive.keep(answer));
            shownId = Optional.of(id);
            show(answer, false);
        } else {
            fail(answer.error().map(e -> e.message()).orElse(Sentences.FAILED));
        }
    }

    private void endStages() {
        stagesOver = true;
        pendingNotice.cancel(false);
    }

    private void progress(String stage) {
        synchronized (surfaceLock) {
            if (broken || stagesOver) {
                return;
            }
            try {
                surface.progress(stage);
            } catch (RuntimeException e) {
                // a lost progress edit costs nothing: the answer replaces it
                log.debug("progress not shown on {}: {}", question.platform(), e.toString());
            }
        }
    }

    private void showDraft(Answer draft) {
        try {
            draftShown = CompletableFuture.runAsync(() -> show(draft, true), drafts);
        } catch (RejectedExecutionException closing) {
            show(draft, true);
        }
    }

    private void show(Answer answer, boolean summaryPending) {
        synchronized (surfaceLock) {
            if (broken) {
                return;
            }
            try {
                surface.answered(answer, shownId, summaryPending);
            } catch (RuntimeException e) {
                log.error("showing an answer on {} failed", question.platform(), e);
                fail(Sentences.NOT_SHOWN);
            }
        }
    }

    private void fail(String sentence) {
        synchronized (surfaceLock) {
            broken = true;
            failSafely(surface, question.platform(), sentence);
        }
    }

    static void failSafely(AnswerSurface surface, String platform, String sentence) {
        try {
            surface.failed(sentence);
        } catch (RuntimeException e) {
            log.error("could not tell the asker on {} that the answer failed", platform, e);
        }
    }
}
