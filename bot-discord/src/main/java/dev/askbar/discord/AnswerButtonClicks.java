package dev.askbar.discord;

import dev.askbar.core.engine.Answer;
import dev.askbar.core.platform.AdapterContext;
import dev.askbar.core.platform.AskbarAction;
import dev.askbar.core.platform.Sentences;
import java.util.Optional;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The buttons: "Show SQL", "CSV", 👍 and 👎 under an answer, approve and reject under pending examples. Every reply
 * goes to the presser alone; whatever needs a worker is acknowledged first, and a full worker queue still ends the
 * "thinking…" with a sentence.
 */
final class AnswerButtonClicks {
    private static final Logger log = LoggerFactory.getLogger(AnswerButtonClicks.class);

    private final AdapterContext context;
    private final DiscordAnswerRenderer renderer;
    private final DiscordAdmins admins;

    AnswerButtonClicks(AdapterContext context, DiscordAnswerRenderer renderer, DiscordAdmins admins) {
        this.context = context;
        this.renderer = renderer;
        this.admins = admins;
    }

    void handle(ButtonInteractionEvent event) {
        Optional<ButtonIds.Pressed> pressed = ButtonIds.parse(event.getComponentId());
        if (pressed.isEmpty()) {
            return;
        }
        ButtonIds.Action action = pressed.get().action();
        if (action.reviewsAnExample()) {
            review(event, pressed.get());
            return;
        }
        String archiveId = pressed.get().answerId();
        switch (action) {
            case UP -> feedback(event, archiveId, 1);
            case DOWN -> feedback(event, archiveId, -1);
            case SQL -> {
                Optional<Answer> answer = context.archive().find(archiveId);
                event.reply(
                                answer.isEmpty()
                                        ? renderer.notice(Sentences.EXPIRED)
                                        : renderer.sql(answer.get().sql().orElse("-- no SQL for this answer")))
                        .setEphemeral(true)
                        .queue();
            }
            case CSV -> csv(event, archiveId);
            default -> log.debug("ignoring button {}", event.getComponentId());
        }
    }

    /** CSV writing is quick for the capped result, but files upload slowly: acknowledged first, sent from a worker. */
    private void csv(ButtonInteractionEvent event, String archiveId) {
        Optional<Answer> answer = context.archive().find(archiveId);
        if (answer.isEmpty()) {
            event.reply(renderer.notice(Sentences.EXPIRED)).setEphemeral(true).queue();
            return;
        }
        event.deferReply(true)
                .queue(null, e -> log.warn("could not acknowledge a CSV click ({})", DiscordErrors.describe(e)));
        EphemeralReplies replies = new EphemeralReplies(event.getHook(), renderer);
        long limit = DiscordLimits.uploadLimit(event.getGuild());
        boolean queued = context.workers()
                .submit(() -> replies.show(MessageEditBuilder.fromCreateData(renderer.csv(answer.get(), limit))
                        .build()));
        if (!queued) {
            replies.notice(Sentences.BUSY);
        }
    }

    /** Feedback writes to the state database: acknowledged at once, stored by the shared flow on a worker. */
    private void feedback(ButtonInteractionEvent event, String archiveId, int value) {
        event.deferReply(true)
                .queue(null, e -> log.warn("could not acknowledge feedback ({})", DiscordErrors.describe(e)));
        context.feedback(archiveId, event.getUser().getId(), value, new EphemeralReplies(event.getHook(), renderer));
    }

    /** The list of examples was shown to an admin, but anyone who can see a button may press it: ask again. */
    private void review(ButtonInteractionEvent event, ButtonIds.Pressed pressed) {
        event.deferReply(true)
                .queue(null, e -> log.warn("could not acknowledge a review ({})", DiscordErrors.describe(e)));
        EphemeralReplies replies = new EphemeralReplies(event.getHook(), renderer);
        if (!admins.isAdmin(event.getMember())) {
            replies.notice(Sentences.notAdmin(AskbarAction.EXAMPLES, AskbarCommand.WHO_MAY));
            return;
        }
        Optional<Long> example = pressed.exampleId();
        if (example.isEmpty()) {
            replies.notice(Sentences.UNKNOWN_EXAMPLE);
            return;
        }
        context.review(
                example.get(),
                pressed.action() == ButtonIds.Action.APPROVE,
                event.getUser().getId(),
                replies);
    }
}
