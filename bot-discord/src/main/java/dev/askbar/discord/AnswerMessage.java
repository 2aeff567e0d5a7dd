package dev.askbar.discord;

import dev.askbar.core.answer.AnswerView;
import dev.askbar.core.answer.TextTable;
import dev.askbar.core.engine.Answer;
import dev.askbar.core.platform.AnswerSurface;
import dev.askbar.core.platform.Sentences;
import dev.askbar.discord.DiscordAnswerRenderer.Form;
import dev.askbar.discord.DiscordAnswerRenderer.Summary;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Discord answer surface: progress, then the answer at once with "Writing the summary…", then the summary edited
 * in (embed and buttons only, files stay), or one error sentence. When Discord refuses the rich answer it is tried
 * once in each plainer form (code-block table, then text) and, failing that, replaced by
 * {@link Sentences#NOT_SHOWN}; when an interaction token is gone, everything moves to the fallback slot (the
 * channel). No path leaves a progress message standing.
 */
final class AnswerMessage implements AnswerSurface {
    private static final Logger log = LoggerFactory.getLogger(AnswerMessage.class);

    private final String question;
    private final DiscordAnswerRenderer renderer;
    private final Optional<ReplySlot> fallback;
    private final Runnable finished;
    private final Steps steps = new Steps();

    // touched only inside steps, which run one at a time
    private ReplySlot slot;
    private Form form = Form.RICH;
    private ReplySlot shownOn;
    private boolean summaryWasPending;

    /**
     * @param fallback where to go when the slot's token is gone
     * @param finished called once the answer or the error is shown (or could not be)
     */
    AnswerMessage(
            String question,
            ReplySlot slot,
            Optional<ReplySlot> fallback,
            DiscordAnswerRenderer renderer,
            Runnable finished) {
        this.question = question == null ? "" : question;
        this.slot = slot;
        this.fallback = fallback;
        this.renderer = renderer;
        this.finished = finished;
    }

    @Override
    public void progress(String stage) {
        steps.then(() -> slot.progress(renderer.progress(stage)).exceptionally(e -> {
            if (!moveToFallback(e)) {
                log.debug("progress not shown on Discord: {}", DiscordErrors.describe(e));
            }
            return null;
        }));
    }

    @Override
    public void answered(Answer answer, Optional<String> archiveId, boolean summaryPending) {
        // the chart is drawn here, on the answer's own worker, not on whichever JDA or pool thread runs the step
        AnswerView.of(answer, TextTable.Style.chat());
        CompletableFuture<Void> shown = steps.then(() -> {
            Summary summary = summaryPending
                    ? Summary.PENDING
                    : summaryWasPending
                                    && answer.summary()
                                            .filter(s -> !s.isBlank())
                                            .isEmpty()
                            ? Summary.MISSING
                            : Summary.FINAL;
            summaryWasPending |= summaryPending;
            return show(answer, archiveId, summary);
        });
        if (!summaryPending) {
            shown.whenComplete((ok, e) -> finished.run());
        }
    }

    @Override
    public void failed(String sentence) {
        steps.then(() -> fail(sentence)).whenComplete((ok, e) -> finished.run());
    }

    private CompletableFuture<Void> show(Answer answer, Optional<String> archiveId, Summary summary) {
        boolean update = shownOn == slot;
        ReplySlot target = slot;
        CompletableFuture<Void> attempt = Steps.safely(() -> update
                ? target.update(renderer.summaryEdit(answer, archiveId, summary, form, target.uploadLimit()))
                : target.replace(renderer.answer(answer, archiveId, summary, form, target.uploadLimit())));
        return attempt.thenRun(() -> shownOn = target).exceptionallyCompose(e -> {
            if (moveToFallback(e)) {
                return show(answer, archiveId, summary);
            }
            Optional<Form> plainer = form.plainer();
            if (plainer.isPresent() && !DiscordErrors.tokenGone(e)) {
                log.warn(
                        "Discord refused the answer as {} ({}); trying {}",
                        form,
                        DiscordErrors.describe(e),
                        plainer.get());
                form = plainer.get();
                return show(answer, archiveId, summary);
            }
            log.error("Discord refused every form of the answer ({}); telling the asker", DiscordErrors.describe(e));
            return fail(Sentences.NOT_SHOWN);
        });
    }

    private CompletableFuture<Void> fail(String sentence) {
        ReplySlot target = slot;
        return Steps.safely(() -> target.fail(renderer.error(question, sentence), renderer.errorText(sentence)))
                .exceptionallyCompose(e -> {
                    if (moveToFallback(e)) {
                        return fail(sentence);
                    }
                    log.error("could not tell a Discord asker that the answer failed: {}", DiscordErrors.describe(e));
                    return CompletableFuture.completedFuture(null);
                });
    }

    /** True when the token is gone and there is a fallback not yet used: the slot is now the fallback. */
    private boolean moveToFallback(Throwable e) {
        if (!DiscordErrors.tokenGone(e) || fallback.isEmpty() || slot == fallback.get()) {
            return false;
        }
        log.info("interaction token gone ({}); answering in the channel instead", DiscordErrors.describe(e));
        slot = fallback.get();
        return true;
    }
}
