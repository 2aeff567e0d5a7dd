package dev.askbar.app.console;

import dev.askbar.core.engine.Answer;
import dev.askbar.core.platform.AnswerSurface;
import java.util.Optional;

/** A surface that falls silent once its question is cancelled, so a late answer does not print over the next one. */
final class CancellableSurface implements AnswerSurface {
    private final AnswerSurface inner;
    private volatile boolean cancelled;

    CancellableSurface(AnswerSurface inner) {
        this.inner = inner;
    }

    void cancel() {
        cancelled = true;
    }

    @Override
    public void progress(String stage) {
        if (!cancelled) {
            inner.progress(stage);
        }
    }

    @Override
    public void answered(Answer answer, Optional<String> archiveId, boolean summaryPending) {
        if (!cancelled) {
            inner.answered(answer, archiveId, summaryPending);
        }
    }

    @Override
    public void failed(String sentence) {
        if (!cancelled) {
            inner.failed(sentence);
        }
    }
}
