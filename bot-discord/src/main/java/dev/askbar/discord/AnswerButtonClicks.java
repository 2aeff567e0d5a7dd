package dev.askbar.discord;

import dev.askbar.core.engine.Answer;
import dev.askbar.core.platform.AdapterContext;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;

/** "Show SQL", "CSV", 👍 and 👎 under an answer; every reply goes to the presser alone. */
final class AnswerButtonClicks {
    private static final Logger log = LoggerFactory.getLogger(AnswerButtonClicks.class);
    static final String EXPIRED = "That answer is too old for this button; ask the question again.";

    private final AdapterContext context;
    private final DiscordAnswerRenderer renderer;

    AnswerButtonClicks(AdapterContext context, DiscordAnswerRenderer renderer) {
        this.context = context;
        this.renderer = renderer;
    }

    void handle(ButtonInteractionEvent event) {
        Optional<AnswerButtons.Pressed> pressed = AnswerButtons.parse(event.getComponentId());
        if (pressed.isEmpty()) {
            return;
        }
        Optional<Answer> answer = context.archive().find(pressed.get().answerId());
        if (answer.isEmpty()) {
            event.reply(renderer.notice(EXPIRED)).setEphemeral(true).queue();
            return;
        }
        switch (pressed.get().action()) {
            case SQL -> event.reply(renderer.sql(answer.get().sql().orElse("-- no SQL for this answer"))).setEphemeral(true).queue();
            case CSV -> {
                // CSV writing is quick for the capped result, but files upload slowly: acknowledge first
                event.deferReply(true).queue();
                context.workers().submit(() -> event.getHook().sendMessage(renderer.csv(answer.get())).setEphemeral(true).queue());
            }
            case UP -> feedback(event, answer.get(), 1);
            case DOWN -> feedback(event, answer.get(), -1);
        }
    }

    /** Feedback writes to the state database: acknowledged at once, stored on a worker. */
    private void feedback(ButtonInteractionEvent event, Answer answer, int value) {
        if (answer.auditId().isEmpty()) {
            event.reply(renderer.notice(EXPIRED)).setEphemeral(true).queue();
            return;
        }
        event.deferReply(true).queue();
        String user = event.getUser().getId();
        boolean queued = context.workers().submit(() -> {
            boolean stored;
            try {
                stored = context.feedback().record(answer.auditId().get(), user, value);
            } catch (RuntimeException e) {
                log.error("storing feedback failed", e);
                stored = false;
            }
            String sentence = !stored ? "I could not store that feedback; please try again later."
                    : value > 0 ? "Thanks! Answers marked 👍 teach me to answer similar questions." : "Thanks, noted. Try rephrasing the question, or ask an admin to add a glossary term.";
            event.getHook().sendMessage(renderer.notice(sentence)).setEphemeral(true).queue();
        });
        if (!queued) {
            event.getHook().sendMessage(renderer.notice(AskCommand.BUSY)).setEphemeral(true).queue();
        }
    }
}
