package dev.askbar.discord;

import dev.askbar.core.platform.AdapterContext;
import dev.askbar.core.platform.ChatAdapter;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.SessionControllerAdapter;
import net.dv8tion.jda.api.utils.cache.CacheFlag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * AskBar on Discord through JDA: {@code /ask}, {@code /askbar keys|help}, @mention questions and answer buttons.
 *
 * <p>Only the GUILD_MESSAGES intent: a message that mentions the bot carries its content without the privileged
 * MESSAGE_CONTENT intent, and asking for that intent without enabling it in the developer portal makes Discord
 * close the gateway (4014). JDA runs in its light mode (no member cache): everything needed arrives with events.
 */
public final class DiscordAdapter implements ChatAdapter {
    private static final Logger log = LoggerFactory.getLogger(DiscordAdapter.class);
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

    /**
     * @param guildId register commands in this server only (they appear at once), else globally (up to an hour)
     */
    public record Settings(String token, Optional<String> guildId, DiscordAdmins admins, DiscordEndpoints endpoints) {
        @Override
        public String toString() {
            return "Settings[guildId=" + guildId + ", admins=" + admins + ", endpoints=" + endpoints + "]";
        }
    }

    private final AdapterContext context;
    private final Settings settings;
    private final DiscordEvents events;
    private volatile JDA jda;

    public DiscordAdapter(AdapterContext context, Settings settings) {
        // we read content only of messages that mention the bot, which Discord delivers without the intent
        Message.suppressContentIntentWarning();
        this.context = context;
        this.settings = settings;
        DiscordAnswerRenderer renderer = new DiscordAnswerRenderer();
        this.events = new DiscordEvents(new AskCommand(context, renderer),
                new AskbarCommand(context, renderer, settings.admins()),
                new MentionReplies(context, renderer, new ReplyChains()),
                new AnswerButtonClicks(context, renderer));
    }

    @Override
    public String name() {
        return "discord";
    }

    @Override
    public void start() throws Exception {
        JDABuilder builder = JDABuilder.createLight(settings.token(), EnumSet.of(GatewayIntent.GUILD_MESSAGES))
                // role tags tell which role Discord manages for this bot, so "@AskBar" picked as a role still counts
                .enableCache(CacheFlag.ROLE_TAGS)
                .addEventListeners(events)
                // the launcher stops adapters in order, letting answers finish first
                .setEnableShutdownHook(false);
        settings.endpoints().restBaseUrl().ifPresent(url -> builder.setRestConfig(new RestConfig().setBaseUrl(url)));
        settings.endpoints().gatewayUrl().ifPresent(url -> builder.setSessionController(new SessionControllerAdapter() {
            @Override
            public String getGateway() {
                return url;
            }
        }));
        if (settings.endpoints().isLocal()) {
            builder.setCompression(Compression.NONE);
        }
        try {
            jda = builder.build();
        } catch (InvalidTokenException e) {
            throw new IllegalStateException("DISCORD_TOKEN was refused by Discord; copy the bot token from the developer portal (Bot → Reset Token)");
        }
        try {
            events.ready().get(READY_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            jda.shutdownNow();
            throw new IllegalStateException("Discord did not get ready within " + READY_TIMEOUT.toSeconds() + " s; check the network and DISCORD_TOKEN");
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause().getMessage());
        }
        registerCommands();
    }

    private void registerCommands() {
        if (settings.guildId().isPresent()) {
            Guild guild = jda.getGuildById(settings.guildId().get());
            if (guild == null) {
                log.warn("ASKBAR_DISCORD_GUILD {} is not a server this bot is in; invite the bot there (scopes bot and applications.commands)",
                        settings.guildId().get());
                return;
            }
            guild.updateCommands().addCommands(DiscordCommands.all()).queue(
                    ok -> log.info("Discord commands registered in server {}", guild.getName()),
                    e -> log.error("could not register Discord commands in server {}: {}", guild.getId(), e.getMessage()));
        } else {
            jda.updateCommands().addCommands(DiscordCommands.all()).queue(
                    ok -> log.info("Discord commands registered globally (they can take up to an hour to appear)"),
                    e -> log.error("could not register Discord commands: {}", e.getMessage()));
        }
    }

    @Override
    public boolean connected() {
        JDA current = jda;
        return current != null && current.getStatus() == JDA.Status.CONNECTED;
    }

    @Override
    public void close() {
        events.stop();
        context.workers().close();
        JDA current = jda;
        if (current != null) {
            current.shutdown();
            try {
                if (!current.awaitShutdown(10, TimeUnit.SECONDS)) {
                    current.shutdownNow();
                }
            } catch (InterruptedException e) {
                current.shutdownNow();
                Thread.currentThread().interrupt();
            }
        }
    }
}
