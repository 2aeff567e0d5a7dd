package dev.askbar.discord;

import dev.askbar.core.engine.Question;
import dev.askbar.core.platform.AdapterContext;
import dev.askbar.core.platform.Sentences;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /ask}: acknowledged at once (Discord allows three seconds and the listener runs on the gateway thread),
 * then answered through the shared answer session by editing the deferred reply. When the interaction's token is
 * gone (never acknowledged in time, or 15 minutes over) the answer is posted to the channel, addressed to the asker.
 */
final class AskCommand {
    private static final Logger log = LoggerFactory.getLogger(AskCommand.class);

    private final AdapterContext context;
    private final DiscordAnswerRenderer renderer;
    private final OpenAnswers open;

    AskCommand(AdapterContext context, DiscordAnswerRenderer renderer, OpenAnswers open) {
        this.context = context;
        this.renderer = renderer;
        this.open = open;
    }

    void handle(SlashCommandInteractionEvent event) {
        OptionMapping option = event.getOption(DiscordCommands.ASK_QUESTION);
        String text = option == null ? "" : option.getAsString();
        String asker = event.getUser().getId();
        Question question = new Question(text, asker, "discord", conversation(event));
        // a failed acknowledgement fails every later request on the hook, which then moves the answer to the channel
        event.deferReply().queue(null, e -> log.warn("could not acknowledge /ask ({})", DiscordErrors.describe(e)));
        long limit = DiscordLimits.uploadLimit(event.getGuild());
        MessageChannel channel = event.getMessageChannel();
        ReplySlot late = new PostedMessage(
                data -> channel.sendMessage(addressed(data, asker)), false, m -> {}, DiscordLimits.UPLOAD);
        context.ask(
                question,
                new AnswerMessage(
                        text, new OriginalResponse(event.getHook(), limit), Optional.of(late), renderer, open.begin()));
    }

    /** The late answer names the asker, and lets that one mention (and only it) notify them. */
    static MessageCreateData addressed(MessageCreateData data, String askerId) {
        String mention = "<@" + askerId + "> ";
        String content = data.getContent().isEmpty()
                ? mention + Sentences.LATE_ANSWER
                : DiscordLimits.fit(mention + data.getContent(), DiscordLimits.MESSAGE);
        return MessageCreateBuilder.from(data)
                .setContent(content)
                .mentionUsers(List.of(askerId))
                .build();
    }

    /** A slash command in a thread continues the thread's conversation; elsewhere each /ask stands alone. */
    private static Optional<String> conversation(SlashCommandInteractionEvent event) {
        return event.getChannelType().isThread()
                ? Optional.of("discord:thread:" + event.getChannel().getId())
                : Optional.empty();
    }
}
