package dev.askbar.core.platform;

import dev.askbar.core.engine.Answer;
import dev.askbar.core.engine.ProgressListener;
import dev.askbar.core.engine.QueryEngine;
import dev.askbar.core.engine.Question;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One question from "working on it" to the answer, the same for every surface: progress stages, the rows as soon as
 * they are in, the summary edited in when it arrives, or one sentence when there is no answer. Whatever happens,
 * the surface's progress is replaced: a render that throws becomes {@link Sentences#NOT_SHOWN}.
 */
public final class AnswerSession {
    private static final Logger log = LoggerFactory.getLogger(AnswerSession.class);

    private final QueryEngine engine;
    private final AnswerArchive archive;
    private final Question question;
    private final AnswerSurface surface;
    private Optional<String> shownId = Optional.empty();
    private boolean broken;

    AnswerSession(QueryEngine engine, AnswerArchive archive, Question question, AnswerSurface surface) {
        this.engine = engine;
        this.archive = archive;
        this.question = question;
        this.surface = surface;
    }

    /** Answers on this thread; the terminal calls this, chat adapters go through {@link AdapterContext#ask}. */
    public static void run(QueryEngine engine, AnswerArchive archive, Question question, AnswerSurface surface) {
        new AnswerSession(engine, archive, question, surface).run();
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
                    show(draft, true);
                }
            });
        } catch (RuntimeException e) {
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
