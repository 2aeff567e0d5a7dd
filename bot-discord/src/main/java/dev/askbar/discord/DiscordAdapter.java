package dev.askbar.discord;

import dev.askbar.core.platform.AdapterContext;
import dev.askbar.core.platform.ChatAdapter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.ConcurrentSessionController;
import net.dv8tion.jda.api.utils.SessionControllerAdapter;
import net.dv8tion.jda.api.utils.cache.CacheFlag;
import net.dv8tion.jda.api.utils.messages.MessageRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * AskBar on Discord through JDA: {@code /ask}, {@code /askbar help|keys|refresh|examples}, @mention questions and
 * answer buttons, each turned into a call on the shared {@link AdapterContext}.
 *
 * <p>Only the GUILD_MESSAGES intent: a message that mentions the bot carries its content without the privileged
 * MESSAGE_CONTENT intent, and asking for that intent without enabling it in the developer portal makes Discord
 * close the gateway (4014). JDA runs in its light mode (no member cache): everything needed arrives with events.
 * Messages allow no mentions unless one is asked for (a late answer names its asker): JDA's default would let a
 * summary or a database value ping {@code @everyone}.
 */
public final class DiscordAdapter implements ChatAdapter {
    private static final Logger log = LoggerFactory.getLogger(DiscordAdapter.class);
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);
    /** How long stopping waits for answers still being shown. */
    private static final Duration GRACE = Duration.ofSeconds(30);

    private static final Duration CONNECTED_WAIT = Duration.ofSeconds(5);
    private static final EnumSet<GatewayIntent> INTENTS = EnumSet.of(GatewayIntent.GUILD_MESSAGES);

    /**
     * @param guildIds the only servers AskBar answers in (ASKBAR_DISCORD_GUILDS, or ASKBAR_DISCORD_GUILD); commands
     *                 are registered there, where they appear at once; any other server is left
     */
    public record Settings(
            String token,
            Set<String> guildIds,
            DiscordAdmins admins,
            DiscordEndpoints endpoints,
            Optional<DiscordShards> shards) {
        public Settings {
            guildIds = Set.copyOf(guildIds);
        }

        /** One unsharded gateway connection, as a bot in fewer than 2,500 servers runs. */
        public Settings(String token, Set<String> guildIds, DiscordAdmins admins, DiscordEndpoints endpoints) {
            this(token, guildIds, admins, endpoints, Optional.empty());
        }

        /** One server, as ASKBAR_DISCORD_GUILD configures it; none means the adapter will refuse to start. */
        public Settings(String token, Optional<String> guildId, DiscordAdmins admins, DiscordEndpoints endpoints) {
            this(token, guildId.map(Set::of).orElse(Set.of()), admins, endpoints);
        }

        /**
         * The servers to answer in, from ASKBAR_DISCORD_GUILDS (a comma- or space-separated list of server ids)
         * and the older single ASKBAR_DISCORD_GUILD; both may be given and are joined.
         *
         * @throws IllegalArgumentException naming the variable, when a value is not a server id
         */
        public static Set<String> guilds(Optional<String> guildsVariable, Optional<String> guildVariable) {
            Set<String> ids = new LinkedHashSet<>();
            guildsVariable.ifPresent(v -> ids.addAll(snowflakes("ASKBAR_DISCORD_GUILDS", v)));
            guildVariable.ifPresent(v -> ids.addAll(snowflakes("ASKBAR_DISCORD_GUILD", v)));
            return Collections.unmodifiableSet(ids);
        }

        private static List<String> snowflakes(String variable, String value) {
            List<String> ids = new ArrayList<>();
            for (String part : value.split("[,\\s]+")) {
                if (part.isEmpty()) {
                    continue;
                }
                if (!part.matches("\\d{17,20}")) {
                    throw new IllegalArgumentException(
                            variable + " must list Discord server ids (17 to 20 digits, comma-separated); "
                                    + "got a value that is not one");
                }
                ids.add(part);
            }
            return ids;
        }

        @Override
        public String toString() {
            return "Settings[guildIds=" + guildIds + ", admins=" + admins + ", endpoints=" + endpoints + ", shards="
                    + shards + "]";
        }
    }

    private final AdapterContext context;
    private final Settings settings;
    private final DiscordEvents events;
    private final OpenAnswers open = new OpenAnswers();
    /** The one connection, or this process's shards' connections. */
    private volatile List<JDA> connections = List.of();

    private volatile ShardManager shardManager;

    public DiscordAdapter(AdapterContext context, Settings settings) {
        // we read content only of messages that mention the bot, which Discord delivers without the intent
        Message.suppressContentIntentWarning();
        this.context = context;
        this.settings = settings;
        DiscordAnswerRenderer renderer = new DiscordAnswerRenderer();
        this.events = new DiscordEvents(
                settings.guildIds(),
                settings.shards().map(s -> s.ids().size()).orElse(1),
                new AskCommand(context, renderer, open),
                new AskbarCommand(context, renderer, settings.admins()),
                new MentionReplies(context, renderer, new ReplyChains(context.coordination()), open),
                new AnswerButtonClicks(context, renderer, settings.admins()));
    }

    @Override
    public String name() {
        return "discord";
    }

    @Override
    public void start() throws Exception {
        if (settings.guildIds().isEmpty()) {
            throw new IllegalStateException(
                    "ASKBAR_DISCORD_GUILDS is not set: list the ids of the Discord servers AskBar may answer in "
                            + "(a bot's invite link is public, so AskBar answers nowhere else)");
        }
        // JDA's default allows @everyone, @here and roles; this holds for every message this process sends
        MessageRequest.setDefaultMentions(EnumSet.noneOf(Message.MentionType.class));
        MessageRequest.setDefaultMentionRepliedUser(false);
        try {
            if (settings.shards().isPresent()) {
                startShards(settings.shards().get());
            } else {
                connections = List.of(connect());
            }
        } catch (InvalidTokenException e) {
            throw new IllegalStateException(
                    "DISCORD_TOKEN was refused by Discord; copy the bot token from the developer portal (Bot → Reset Token)");
        }
        try {
            events.ready().get(READY_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            shutDownNow();
            throw new IllegalStateException("Discord did not get ready within " + READY_TIMEOUT.toSeconds()
                    + " s; check the network and DISCORD_TOKEN");
        } catch (ExecutionException e) {
            shutDownNow();
            throw new IllegalStateException(e.getCause().getMessage());
        }
        if (shardManager != null) {
            connections = List.copyOf(shardManager.getShards());
        }
        awaitConnected();
        for (String id : settings.guildIds()) {
            // another process's shards receive the servers that are not ours to check
            boolean ours = settings.shards().map(s -> s.runsHere(id)).orElse(true);
            if (ours && connections.stream().allMatch(c -> c.getGuildById(id) == null)) {
                log.warn(
                        "ASKBAR_DISCORD_GUILDS lists {}, a server this bot is not in; invite it there (scopes bot and applications.commands)",
                        id);
            }
        }
    }

    /** JDA marks a connection CONNECTED just after its ready event: wait for that moment, briefly. */
    private void awaitConnected() throws InterruptedException {
        long deadline = System.nanoTime() + CONNECTED_WAIT.toNanos();
        while (!connected() && System.nanoTime() - deadline < 0) {
            Thread.sleep(10);
        }
    }

    /** One gateway connection, without sharding. */
    private JDA connect() {
        JDABuilder builder = JDABuilder.createLight(settings.token(), INTENTS)
                // role tags tell which role Discord manages for this bot, so "@AskBar" picked as a role still counts
                .enableCache(CacheFlag.ROLE_TAGS)
                .addEventListeners(events)
                // a mention of the bot's role may come without text, and JDA reads role mentions from the text only
                .setRawEventsEnabled(true)
                // the launcher stops adapters in order, letting answers finish first
                .setEnableShutdownHook(false);
        settings.endpoints().restBaseUrl().ifPresent(url -> builder.setRestConfig(new RestConfig().setBaseUrl(url)));
        settings.endpoints()
                .gatewayUrl()
                .ifPresent(url -> builder.setSessionController(new SessionControllerAdapter() {
                    @Override
                    public String getGateway() {
                        return url;
                    }
                }));
        if (settings.endpoints().gatewayUrl().isPresent()) {
            builder.setCompression(Compression.NONE);
        }
        return builder.build();
    }

    /**
     * This process's shards through JDA's shard manager: one gateway connection each, identified as
     * {@code [id, total]}. Shards start as Discord's {@code max_concurrency} allows (JDA's session controller waits
     * between identifies otherwise); the REST address, a shared rate-limit proxy for large bots, is the same for all.
     */
    private void startShards(DiscordShards shards) {
        DefaultShardManagerBuilder builder = DefaultShardManagerBuilder.createLight(settings.token(), INTENTS)
                .setShardsTotal(shards.total())
                .setShards(shards.ids())
                .enableCache(CacheFlag.ROLE_TAGS)
                .addEventListeners(events)
                .setRawEventsEnabled(true)
                .setEnableShutdownHook(false);
        settings.endpoints().restBaseUrl().ifPresent(url -> builder.setRestConfig(new RestConfig().setBaseUrl(url)));
        settings.endpoints()
                .gatewayUrl()
                .ifPresent(url -> builder.setSessionController(new ConcurrentSessionController() {
                    // Discord's answer still sets the identify concurrency; only the address is replaced
                    @Override
                    public ShardedGateway getShardedGateway(JDA api) {
                        ShardedGateway discord = super.getShardedGateway(api);
                        return new ShardedGateway(url, discord.getShardTotal(), discord.getConcurrency());
                    }
                }));
        if (settings.endpoints().gatewayUrl().isPresent()) {
            builder.setCompression(Compression.NONE);
        }
        log.info("starting Discord shards {} of {}", shards.ids(), shards.total());
        shardManager = builder.build();
    }

    private void shutDownNow() {
        if (shardManager != null) {
            shardManager.shutdown();
        }
        connections.forEach(JDA::shutdownNow);
    }

    @Override
    public boolean connected() {
        List<JDA> current = connections;
        return !current.isEmpty() && current.stream().allMatch(c -> c.getStatus() == JDA.Status.CONNECTED);
    }

    /** Stops taking events, waits for answers being shown, then disconnects; the workers are the creator's to close. */
    @Override
    public void stopTakingEvents() {
        events.stop();
    }

    @Override
    public void close() {
        events.stop();
        try {
            int left = open.awaitNone(GRACE);
            if (left > 0) {
                log.warn("{} Discord answers still open after {} s; disconnecting anyway", left, GRACE.toSeconds());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        List<JDA> current = connections;
        if (shardManager != null) {
            // the manager owns its shards' thread pools: it shuts them down with the shards
            shardManager.shutdown();
        } else {
            current.forEach(JDA::shutdown);
        }
        for (JDA c : current) {
            try {
                if (!c.awaitShutdown(10, TimeUnit.SECONDS)) {
                    c.shutdownNow();
                }
            } catch (InterruptedException e) {
                c.shutdownNow();
                Thread.currentThread().interrupt();
            }
        }
    }
}
