package dev.askbar.discord;

import dev.askbar.core.platform.Sentences;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.events.RawGatewayEvent;
import net.dv8tion.jda.api.events.guild.GuildJoinEvent;
import net.dv8tion.jda.api.events.guild.GuildReadyEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.events.session.ShutdownEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.Interaction;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes gateway events to the command, mention and button handlers. Runs on JDA's gateway thread: every handler
 * acknowledges or hands off at once. Only the configured servers are served: the bot leaves any other server it
 * finds itself in (at start and on join), and events from elsewhere (another server, a DM) are ignored. While
 * stopping, new events are turned away so answers in flight can finish.
 */
final class DiscordEvents extends ListenerAdapter {
    private static final Logger log = LoggerFactory.getLogger(DiscordEvents.class);

    private final Set<String> guilds;
    private final AskCommand ask;
    private final AskbarCommand askbar;
    private final MentionReplies mentions;
    private final AnswerButtonClicks buttons;
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final CompletableFuture<Void> ready = new CompletableFuture<>();
    private final AtomicInteger shardsNotReady;

    /** @param shards how many gateway connections this process runs; ready once each of them is */
    DiscordEvents(
            Set<String> guilds,
            int shards,
            AskCommand ask,
            AskbarCommand askbar,
            MentionReplies mentions,
            AnswerButtonClicks buttons) {
        this.guilds = Set.copyOf(guilds);
        this.shardsNotReady = new AtomicInteger(shards);
        this.ask = ask;
        this.askbar = askbar;
        this.mentions = mentions;
        this.buttons = buttons;
    }

    /** Completes when every shard's gateway session is ready; fails with one sentence when JDA gives up (bad token, intents). */
    CompletableFuture<Void> ready() {
        return ready;
    }

    @Override
    public void onReady(ReadyEvent event) {
        if (shardsNotReady.decrementAndGet() <= 0) {
            ready.complete(null);
        }
    }

    @Override
    public void onShutdown(ShutdownEvent event) {
        String why = event.getCloseCode() == null
                ? "Discord closed the connection"
                : "Discord closed the connection: " + event.getCloseCode().getMeaning();
        ready.completeExceptionally(new IllegalStateException(why));
    }

    void stop() {
        stopping.set(true);
    }

    @Override
    public void onGuildReady(GuildReadyEvent event) {
        admit(event.getGuild(), "at start");
    }

    @Override
    public void onGuildJoin(GuildJoinEvent event) {
        admit(event.getGuild(), "on join");
    }

    /** A configured server gets the commands (they appear at once); any other is left, so nobody there can ask. */
    private void admit(Guild guild, String when) {
        if (!guilds.contains(guild.getId())) {
            log.warn(
                    "leaving Discord server {} ({}) {}: it is not in ASKBAR_DISCORD_GUILDS",
                    guild.getId(),
                    guild.getName(),
                    when);
            guild.leave()
                    .queue(
                            null,
                            e -> log.error(
                                    "could not leave Discord server {} ({})",
                                    guild.getId(),
                                    DiscordErrors.describe(e)));
            return;
        }
        guild.updateCommands()
                .addCommands(DiscordCommands.all())
                .queue(
                        ok -> log.info("Discord commands registered in server {} ({})", guild.getId(), guild.getName()),
                        e -> log.error(
                                "could not register Discord commands in server {} ({})",
                                guild.getId(),
                                DiscordErrors.describe(e)));
    }

    /** Interactions from a server not configured (a user install, a server being left) or from a DM are not answered. */
    private boolean fromConfiguredGuild(Interaction interaction) {
        Guild guild = interaction.getGuild();
        if (guild == null || !guilds.contains(guild.getId())) {
            log.info(
                    "ignoring a Discord interaction from {}",
                    guild == null ? "a direct message" : "server " + guild.getId());
            return false;
        }
        return true;
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        if (!fromConfiguredGuild(event.getInteraction())) {
            return;
        }
        if (stopping.get()) {
            event.reply(Sentences.RESTARTING).setEphemeral(true).queue();
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
        if (stopping.get()
                || !event.isFromGuild()
                || !guilds.contains(event.getGuild().getId())) {
            return;
        }
        try {
            mentions.handle(event);
        } catch (RuntimeException e) {
            log.error("handling a mention failed", e);
        }
    }

    @Override
    public void onRawGateway(RawGatewayEvent event) {
        if (stopping.get() || !"MESSAGE_CREATE".equals(event.getType())) {
            return;
        }
        DataObject message = event.getPayload();
        if (message.isNull("guild_id") || !guilds.contains(message.getString("guild_id"))) {
            return;
        }
        try {
            mentions.handleRaw(message, event.getJDA());
        } catch (RuntimeException e) {
            log.error("handling a role mention failed", e);
        }
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        if (!fromConfiguredGuild(event.getInteraction())) {
            return;
        }
        if (stopping.get()) {
            event.reply(Sentences.RESTARTING).setEphemeral(true).queue();
            return;
        }
        try {
            buttons.handle(event);
        } catch (RuntimeException e) {
            log.error("handling a button failed", e);
        }
    }
}
