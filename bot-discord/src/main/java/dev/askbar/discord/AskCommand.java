package dev.askbar.discord;

import dev.askbar.core.engine.Question;
import dev.askbar.core.platform.AdapterContext;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;

import java.util.Optional;

/**
 * {@code /ask}: acknowledged at once (Discord allows three seconds and the listener runs on the gateway thread),
 * then answered on the shared workers by editing the deferred reply.
 */
final class AskCommand {
    static final String BUSY = "I am answering many questions right now; please ask again in a minute.";

    private final AdapterContext context;
    private final DiscordAnswerRenderer renderer;

    AskCommand(AdapterContext context, DiscordAnswerRenderer renderer) {
        this.context = context;
        this.renderer = renderer;
    }

    void handle(SlashCommandInteractionEvent event) {
        OptionMapping option = event.getOption(DiscordCommands.ASK_QUESTION);
        String text = option == null ? "" : option.getAsString();
        Question question = new Question(text, event.getUser().getId(), "discord", conversation(event));
        event.deferReply().queue();
        AnswerTarget target = new InteractionAnswer(event.getHook(), event.getMessageChannel(), event.getUser().getId(), renderer);
        if (!context.workers().submit(new AnswerJob(context, renderer, question, target))) {
            target.failed(renderer.error(text, BUSY));
        }
    }

    /** A slash command in a thread continues the thread's conversation; elsewhere each /ask stands alone. */
    private static Optional<String> conversation(SlashCommandInteractionEvent event) {
        return event.getChannelType().isThread()
                ? Optional.of("discord:thread:" + event.getChannel().getId())
                : Optional.empty();
    }
}
