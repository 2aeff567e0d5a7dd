package dev.askbar.core.platform;

import dev.askbar.core.engine.Answer;
import dev.askbar.core.engine.ProgressListener;
import dev.askbar.core.engine.QueryEngine;
import dev.askbar.core.engine.Question;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One question from "working on it" to the answer, the same for every surface: progress stages, the rows as soon as
 * they are in, the summary edited in when it arrives, or one sentence when there is no answer. Whatever happens,
 * the surface's progress is replaced: a render that throws becomes {@link Sentences#NOT_SHOWN}.
 *
 * <p>The rows are shown on a second thread while the engine's thread goes on to ask for the summary: drawing the chart
 * and posting the table then overlap the summary's round trip instead of delaying it. The summary is shown only
 * after the rows were, so the surface still sees one call at a time, in order.
 */
public final class AnswerSession {
    private static final Logger log = LoggerFactory.getLogger(AnswerSession.class);

    private final QueryEngine engine;
    private final AnswerArchive archive;
    private final Question question;
    private final AnswerSurface surface;
    private final Executor drafts;
    private Optional<String> shownId = Optional.empty();
    private CompletableFuture<Void> draftShown = CompletableFuture.completedFuture(null);
    // set by whichever thread's render failed; read by the session's thread after the draft was joined
    private volatile boolean broken;

    AnswerSession(
            QueryEngine engine, AnswerArchive archive, Question question, AnswerSurface surface, Executor drafts) {
        this.engine = engine;
        this.archive = archive;
        this.question = question;
        this.surface = surface;
        this.drafts = drafts;
    }

    /**
     * Answers on this thread, showing the rows on this thread too before the summary is asked for; the terminal calls
     * this, chat adapters go through {@link AdapterContext#ask}.
     */
    public static void run(QueryEngine engine, AnswerArchive archive, Question question, AnswerSurface surface) {
        new AnswerSession(engine, archive, question, surface, Runnable::run).run();
    }

    /** Answers on this thread and shows the rows on one of {@code drafts} while the summary is being written. */
    static void run(
            QueryEngine engine, AnswerArchive archive, Question question, AnswerSurface surface, Executor drafts) {
        new AnswerSession(engine, archive, question, surface, drafts).run();
    }

    void run() {
        progress(Sentences.WRITING_SQL);
        Answer answer;
        try {
            answer = engine.answer(question, new ProgressListener() {
                @Override
                public void sqlReady(String sql) {
                    progress(Sentences.RUNNING_QUERY);
                }

                @Override
                public void rowsAnswered(Answer draft) {
                    shownId = Optional.of(archive.keep(draft));
                    showDraft(draft);
                }
            });
        } catch (RuntimeException e) {
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

    private void progress(String stage) {
        if (broken || shownId.isPresent()) {
            return;
        }
        try {
            surface.progress(stage);
        } catch (RuntimeException e) {
            // a lost progress edit costs nothing: the answer replaces it
            log.debug("progress not shown on {}: {}", question.platform(), e.toString());
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

    private void fail(String sentence) {
        broken = true;
        failSafely(surface, question.platform(), sentence);
    }

    static void failSafely(AnswerSurface surface, String platform, String sentence) {
        try {
            surface.failed(sentence);
        } catch (RuntimeException e) {
            log.error("could not tell the asker on {} that the answer failed", platform, e);
        }
    }
}
