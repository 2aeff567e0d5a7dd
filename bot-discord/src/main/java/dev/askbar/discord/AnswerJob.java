package dev.askbar.discord;

import dev.askbar.core.engine.Answer;
import dev.askbar.core.engine.ProgressListener;
import dev.askbar.core.engine.Question;
import dev.askbar.core.platform.AdapterContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;

/** One question worked on a worker thread: progress to the target, then the answer or a friendly error. */
final class AnswerJob implements Runnable {
    private static final Logger log = LoggerFactory.getLogger(AnswerJob.class);
    static final String WRITING_SQL = "Writing SQL…";
    static final String RUNNING_QUERY = "Running query…";

    private final AdapterContext context;
    private final DiscordAnswerRenderer renderer;
    private final Question question;
    private final AnswerTarget target;

    AnswerJob(AdapterContext context, DiscordAnswerRenderer renderer, Question question, AnswerTarget target) {
        this.context = context;
        this.renderer = renderer;
        this.question = question;
        this.target = target;
    }

    @Override
    public void run() {
        try {
            target.progress(WRITING_SQL);
            Answer answer = context.engine().answer(question, new ProgressListener() {
                @Override
                public void sqlReady(String sql) {
                    target.progress(RUNNING_QUERY);
                }
            });
            if (answer.ok()) {
                target.answered(answer, Optional.of(context.archive().keep(answer)));
            } else {
                target.failed(renderer.failure(answer));
            }
        } catch (RuntimeException e) {
            // the asker gets a sentence; the operator gets the stack trace
            log.error("answering a Discord question failed", e);
            target.failed(renderer.error(question.text(), "Something went wrong on my side while answering. Please try again in a moment."));
        }
    }
}
