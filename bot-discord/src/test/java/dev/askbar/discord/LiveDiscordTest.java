package dev.askbar.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.askbar.core.config.AskBarConfig;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.SessionControllerAdapter;
import net.dv8tion.jda.api.utils.cache.CacheFlag;
import net.dv8tion.jda.api.utils.messages.MessageRequest;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The real Discord REST API through JDA, configured as {@link DiscordAdapter#start()} configures it (light cache,
 * GUILD_MESSAGES, no default mentions, {@code ASKBAR_DISCORD_REST_URL}): the bot's own user ({@code GET /users/@me},
 * read by JDA at login), a message posted, edited and deleted in {@code ASKBAR_LIVE_DISCORD_CHANNEL}, and
 * {@code allowed_mentions} honoured. {@code ASKBAR_DISCORD_GATEWAY_URL} (optional) points the gateway elsewhere, as
 * {@link DiscordEndpoints#gatewayUrl()} does. An interceptor records what JDA sends, so the test sees the wire body itself.
 * Keeps {@code FakeDiscord} honest (docs/live-checks.md). Everything it posts is deleted.
 */
@Tag("live")
class LiveDiscordTest {
    private record Sent(String method, String url, String authorization, String body) {}

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(30);

    private final List<Sent> sent = new CopyOnWriteArrayList<>();
    private final List<String> posted = new ArrayList<>();
    private JDA jda;
    private GuildMessageChannel channel;

    @BeforeEach
    void connect() throws InterruptedException {
        String token = System.getenv("DISCORD_TOKEN");
        String channelId = System.getenv("ASKBAR_LIVE_DISCORD_CHANNEL");
        assumeTrue(
                token != null && !token.isBlank() && channelId != null && !channelId.isBlank(),
                "DISCORD_TOKEN and ASKBAR_LIVE_DISCORD_CHANNEL are not both set (no live Discord check without them)");
        Map<String, String> env = new HashMap<>();
        Optional.ofNullable(System.getenv("ASKBAR_DISCORD_REST_URL"))
                .ifPresent(url -> env.put("ASKBAR_DISCORD_REST_URL", url));
        String restUrl = AskBarConfig.from(env).chat().discordRestUrl();

        // as DiscordAdapter.start(): JDA's defaults would allow @everyone, @here and roles
        MessageRequest.setDefaultMentions(EnumSet.noneOf(Message.MentionType.class));
        MessageRequest.setDefaultMentionRepliedUser(false);
        JDABuilder builder = JDABuilder.createLight(token, EnumSet.of(GatewayIntent.GUILD_MESSAGES))
                .enableCache(CacheFlag.ROLE_TAGS)
                .setEnableShutdownHook(false)
                .setHttpClientBuilder(new OkHttpClient.Builder().addInterceptor(chain -> {
                    Request request = chain.request();
                    sent.add(new Sent(
                            request.method(),
                            request.url().toString(),
                            request.header("Authorization"),
                            body(request)));
                    return chain.proceed(request);
                }));
        Optional<String> gatewayUrl =
                Optional.ofNullable(System.getenv("ASKBAR_DISCORD_GATEWAY_URL")).filter(s -> !s.isBlank());
        if (!restUrl.equals(AskBarConfig.Chat.DEFAULT_DISCORD_REST_URL)) {
            // as bot-app's DiscordAddress and DiscordAdapter: a proxy or a local fake, which speaks uncompressed JSON
            builder.setRestConfig(new RestConfig().setBaseUrl(restUrl.endsWith("/") ? restUrl : restUrl + "/"));
            builder.setCompression(Compression.NONE);
        }
        // as DiscordEndpoints#gatewayUrl: JDA asks its session controller, not GET /gateway/bot, where to connect
        gatewayUrl.ifPresent(url -> builder.setSessionController(new SessionControllerAdapter() {
            @Override
            public String getGateway() {
                return url;
            }
        }));
        CompletableFuture<Void> ready = new CompletableFuture<>();
        builder.addEventListeners(new ListenerAdapter() {
            @Override
            public void onReady(ReadyEvent event) {
                ready.complete(null);
            }
        });
        jda = builder.build();
        try {
            ready.get(READY_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new AssertionError("Discord's gateway did not get ready within " + READY_TIMEOUT.toSeconds()
                    + " s; check the network, DISCORD_TOKEN and ASKBAR_DISCORD_GATEWAY_URL");
        }
        channel = jda.getChannelById(GuildMessageChannel.class, channelId);
        assertThat(channel)
                .as("channel %s among the channels the bot can see (invite it to that server)", channelId)
                .isNotNull();
    }

    @AfterEach
    void removeWhatWasPostedAndDisconnect() {
        if (jda == null) {
            return;
        }
        for (String id : posted) {
            try {
                channel.deleteMessageById(id).complete();
            } catch (RuntimeException e) {
                // already gone: the test deleted it itself
            }
        }
        jda.shutdownNow();
    }

    @Test
    void usersMeIsABotReadWithTheBotAuthorization() {
        assertThat(jda.getSelfUser().isBot()).isTrue();
        assertThat(jda.getSelfUser().getId()).matches("\\d{17,20}");
        Sent me = sent.stream()
                .filter(s -> s.method().equals("GET") && s.url().endsWith("/users/@me"))
                .findFirst()
                .orElseThrow();
        assertThat(me.authorization()).startsWith("Bot ");
    }

    @Test
    void aMessageIsPostedEditedAndDeleted() {
        Message message =
                channel.sendMessage("AskBar live check " + Instant.now()).complete();
        posted.add(message.getId());
        assertThat(message.getAuthor().getId()).isEqualTo(jda.getSelfUser().getId());

        Message edited = channel.editMessageById(message.getId(), "AskBar live check: edited")
                .complete();
        assertThat(edited.getContentRaw()).isEqualTo("AskBar live check: edited");
        assertThat(edited.getId()).isEqualTo(message.getId());

        channel.deleteMessageById(message.getId()).complete();
        posted.remove(message.getId());

        // FakeDiscord answers anything about a deleted message with 404, code 10008 (Unknown Message)
        assertThatThrownBy(() -> channel.retrieveMessageById(message.getId()).complete())
                .isInstanceOfSatisfying(
                        ErrorResponseException.class,
                        e -> assertThat(e.getErrorResponse()).isEqualTo(ErrorResponse.UNKNOWN_MESSAGE));
    }

    @Test
    void noMentionIsAllowedSoEveryoneAndTheBotItselfAreNotPinged() {
        String self = jda.getSelfUser().getId();
        Message message = channel.sendMessage("AskBar live check: @everyone <@" + self + "> (nobody is pinged)")
                .complete();
        posted.add(message.getId());

        Sent create = sent.stream()
                .filter(s ->
                        s.method().equals("POST") && s.url().endsWith("/channels/" + channel.getId() + "/messages"))
                .reduce((first, second) -> second)
                .orElseThrow();
        JsonObject allowed =
                JsonParser.parseString(create.body()).getAsJsonObject().getAsJsonObject("allowed_mentions");
        assertThat(allowed).as("allowed_mentions in the request body").isNotNull();
        assertThat(allowed.getAsJsonArray("parse")).isEmpty();
        assertThat(allowed.has("users") ? allowed.getAsJsonArray("users").size() : 0)
                .isZero();
        assertThat(allowed.has("roles") ? allowed.getAsJsonArray("roles").size() : 0)
                .isZero();
        // Discord's answer: mention_everyone stays false when allowed_mentions forbids it
        assertThat(message.getMentions().mentionsEveryone()).isFalse();
    }

    private static String body(Request request) {
        if (request.body() == null) {
            return "";
        }
        try {
            Buffer buffer = new Buffer();
            request.body().writeTo(buffer);
            return buffer.readUtf8();
        } catch (IOException e) {
            return "";
        }
    }
}
