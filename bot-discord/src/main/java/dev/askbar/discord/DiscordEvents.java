package dev.askbar.discord;

import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.events.session.ShutdownEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Routes gateway events to the command, mention and button handlers. Runs on JDA's gateway thread: every handler
 * acknowledges or hands off at once. While stopping, new events are ignored so answers in flight can finish.
 */
final class DiscordEvents extends ListenerAdapter {
    private static final Logger log = LoggerFactory.getLogger(DiscordEvents.class);

    private final AskCommand ask;
    private final AskbarCommand askbar;
    private final MentionReplies mentions;
    private final AnswerButtonClicks buttons;
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final CompletableFuture<Void> ready = new CompletableFuture<>();

    DiscordEvents(AskCommand ask, AskbarCommand askbar, MentionReplies mentions, AnswerButtonClicks buttons) {
        this.ask = ask;
        this.askbar = askbar;
        this.mentions = mentions;
        this.buttons = buttons;
    }

    /** Completes when the gateway session is ready; fails with one sentence when JDA gives up (bad token, intents). */
    CompletableFuture<Void> ready() {
        return ready;
    }

    @Override
    public void onReady(ReadyEvent event) {
        ready.complete(null);
    }

    @Override
    public void onShutdown(ShutdownEvent event) {
        String why = event.getCloseCode() == null ? "Discord closed the connection"
                : "Discord closed the connection: " + event.getCloseCode().getMeaning();
        ready.completeExceptionally(new IllegalStateException(why));
    }

    void stop() {
        stopping.set(true);
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        if (stopping.get()) {
            event.reply("AskBar is restarting; please ask again in a minute.").setEphemeral(true).queue();
            return;
        }
        try {
            switch (event.getName()) {
                case DiscordCommands.ASK -> ask.handle(event);
                case DiscordCommands.ASKBAR -> askbar.handle(event);
                default -> log.debug("ignoring unknown command /{}", event.getName());
            }
        } catch (RuntimeException e) {
            log.error("handling /{} failed", event.getName(), e);
        }
    }

    @Override
    public void onMessageReceived(MessageReceivedEvent event) {
        if (stopping.get()) {
            return;
        }
        try {
            mentions.handle(event);
        } catch (RuntimeException e) {
            log.error("handling a mention failed", e);
        }
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        if (stopping.get()) {
            return;
        }
        try {
            buttons.handle(event);
        } catch (RuntimeException e) {
            log.error("handling a button failed", e);
        }
    }
}
