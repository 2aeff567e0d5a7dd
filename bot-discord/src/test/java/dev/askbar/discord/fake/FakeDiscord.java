package dev.askbar.discord.fake;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.MediaType;
import okhttp3.MultipartReader;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import okio.Buffer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * A small local Discord for tests: the REST API the adapter uses (recorded, answered with plausible objects) and a
 * websocket gateway that does HELLO / IDENTIFY / READY / GUILD_CREATE and then delivers the events a test sends.
 * One guild ("Shop") with a #general channel, an Administrators role and the bot's managed role.
 */
public final class FakeDiscord implements AutoCloseable {
    private static final long DISCORD_EPOCH = 1420070400000L;
    private static final AtomicLong SEQUENCE = new AtomicLong();
    private static final Gson GSON = new Gson();

    public final String botId = snowflake();
    public final String guildId = snowflake();
    public final String channelId = snowflake();
    public final String botRoleId = snowflake();
    public final String adminRoleId = snowflake();
    public final String ownerId = snowflake();

    private final MockWebServer server = new MockWebServer();
    private final List<RestCall> calls = new ArrayList<>();
    private final AtomicInteger gatewaySequence = new AtomicInteger();
    private volatile WebSocket gateway;
    private final java.util.Set<String> goneTokens = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private volatile boolean expireNextToken;

    /** One REST request the adapter made; {@code json} is the body, or the {@code payload_json} part of an upload. */
    public record RestCall(String method, String path, JsonObject json, String body, List<String> files) {
        public String string(String member) {
            JsonElement e = json.get(member);
            return e == null || e.isJsonNull() ? null : e.getAsString();
        }

        public Optional<JsonObject> embed() {
            JsonArray embeds = json.getAsJsonArray("embeds");
            return embeds == null || embeds.isEmpty() ? Optional.empty() : Optional.of(embeds.get(0).getAsJsonObject());
        }

        /** Interaction callback responses carry the message under "data". */
        public JsonObject data() {
            return json.getAsJsonObject("data");
        }
    }

    private FakeDiscord() {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return answer(request);
            }
        });
    }

    public static FakeDiscord start() {
        FakeDiscord fake = new FakeDiscord();
        try {
            fake.server.start(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return fake;
    }

    /** A current snowflake: JDA derives an interaction's 15-minute expiry from its id. */
    public static String snowflake() {
        return Long.toString(((System.currentTimeMillis() - DISCORD_EPOCH) << 22) | (SEQUENCE.incrementAndGet() & 0x3FFFFF));
    }

    public String restBaseUrl() {
        return server.url("/api/v10/").toString();
    }

    public String gatewayUrl() {
        return "ws://" + server.getHostName() + ":" + server.getPort() + "/gateway";
    }

    /** The next interaction's token is refused for edits and follow-ups, as when its 15 minutes have passed. */
    public void expireNextInteractionToken() {
        expireNextToken = true;
    }

    // ---- REST ------------------------------------------------------------------------------------------------

    private MockResponse answer(RecordedRequest request) {
        String path = request.getUrl().encodedPath();
        if (path.equals("/gateway")) {
            return new MockResponse.Builder().webSocketUpgrade(new Gateway()).build();
        }
        String route = (path.startsWith("/api/v10/") ? path.substring("/api/v10".length()) : path).replace("%40", "@");
        RestCall call = record(request, route);
        String method = request.getMethod();
        if (route.startsWith("/webhooks/") && goneTokens.stream().anyMatch(t -> route.contains("/" + t))) {
            return json(404, "{\"message\": \"Unknown Webhook\", \"code\": 10015}");
        }
        if (route.equals("/users/@me") && method.equals("GET")) {
            return json(200, GSON.toJson(user(botId, "AskBar", true)));
        }
        if (route.equals("/gateway/bot") || route.equals("/gateway")) {
            return json(200, "{\"url\": \"" + gatewayUrl() + "\", \"shards\": 1, \"session_start_limit\": "
                    + "{\"total\": 1000, \"remaining\": 1000, \"reset_after\": 0, \"max_concurrency\": 1}}");
        }
        if (route.matches("/interactions/\\d+/[^/]+/callback")) {
            return new MockResponse.Builder().code(204).build();
        }
        if (route.matches("/applications/\\d+(/guilds/\\d+)?/commands") && method.equals("PUT")) {
            return json(200, "[]");
        }
        if (method.equals("DELETE")) {
            return new MockResponse.Builder().code(204).build();
        }
        if (route.matches("/webhooks/\\d+/[^/]+(/messages/.+)?") || route.matches("/channels/\\d+/messages(/\\d+)?")) {
            String messageId = route.matches(".*/messages/\\d+") ? route.substring(route.lastIndexOf('/') + 1) : snowflake();
            return json(200, GSON.toJson(messageFromBot(messageId, call)));
        }
        if (route.matches("/channels/\\d+/typing")) {
            return new MockResponse.Builder().code(204).build();
        }
        System.err.println("FakeDiscord has no answer for " + method + " " + route);
        return json(404, "{\"message\": \"404: Not Found\", \"code\": 0}");
    }

    private RestCall record(RecordedRequest request, String route) {
        JsonObject json = new JsonObject();
        List<String> files = new ArrayList<>();
        String type = request.getHeaders().get("Content-Type");
        try {
            if (type != null && type.startsWith("multipart/")) {
                String boundary = MediaType.get(type).parameter("boundary");
                try (MultipartReader reader = new MultipartReader(new Buffer().write(request.getBody()), boundary)) {
                    MultipartReader.Part part;
                    while ((part = reader.nextPart()) != null) {
                        String disposition = part.headers().get("Content-Disposition");
                        String content = part.body().readUtf8();
                        if (disposition != null && disposition.contains("name=\"payload_json\"")) {
                            json = JsonParser.parseString(content).getAsJsonObject();
                        } else if (disposition != null && disposition.contains("filename=\"")) {
                            int start = disposition.indexOf("filename=\"") + 10;
                            files.add(disposition.substring(start, disposition.indexOf('"', start)));
                        }
                    }
                }
            } else if (request.getBody() != null && request.getBody().size() > 0) {
                JsonElement parsed = JsonParser.parseString(request.getBody().utf8());
                if (parsed.isJsonObject()) {
                    json = parsed.getAsJsonObject();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String body = request.getBody() == null ? "" : request.getBody().utf8();
        RestCall call = new RestCall(request.getMethod(), route, json, body, List.copyOf(files));
        synchronized (calls) {
            calls.add(call);
            calls.notifyAll();
        }
        return call;
    }

    /** Every REST call so far, in order. */
    public List<RestCall> calls() {
        synchronized (calls) {
            return List.copyOf(calls);
        }
    }

    /** The first call (in order) that matches, waiting for it up to the timeout. */
    public RestCall await(Predicate<RestCall> match, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (calls) {
            while (true) {
                for (RestCall c : calls) {
                    if (match.test(c)) {
                        return c;
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("no matching Discord REST call within " + timeout + "; calls were:\n" + describe(calls));
                }
                calls.wait(Math.max(1, left / 1_000_000));
            }
        }
    }

    private static String describe(List<RestCall> calls) {
        StringBuilder sb = new StringBuilder();
        for (RestCall c : calls) {
            sb.append("  ").append(c.method()).append(' ').append(c.path()).append(' ').append(c.json()).append('\n');
        }
        return sb.toString();
    }

    private static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json").body(body).build();
    }

    private JsonObject messageFromBot(String id, RestCall call) {
        JsonObject m = new JsonObject();
        m.addProperty("id", id);
        m.addProperty("channel_id", channelId);
        m.add("author", user(botId, "AskBar", true));
        m.addProperty("content", call.json().has("content") ? call.string("content") : "");
        m.addProperty("timestamp", Instant.now().toString());
        m.add("edited_timestamp", JsonNull.INSTANCE);
        m.addProperty("tts", false);
        m.addProperty("mention_everyone", false);
        m.add("mentions", new JsonArray());
        m.add("mention_roles", new JsonArray());
        m.add("attachments", new JsonArray());
        m.add("embeds", new JsonArray());
        m.add("components", new JsonArray());
        m.addProperty("pinned", false);
        m.addProperty("type", 0);
        m.addProperty("flags", 0);
        return m;
    }

    // ---- gateway -----------------------------------------------------------------------------------------------

    private final class Gateway extends WebSocketListener {
        @Override
        public void onOpen(WebSocket webSocket, Response response) {
            gateway = webSocket;
            JsonObject hello = new JsonObject();
            hello.addProperty("heartbeat_interval", 45_000);
            webSocket.send(frame(10, hello, null));
        }

        @Override
        public void onMessage(WebSocket webSocket, String text) {
            JsonObject frame = JsonParser.parseString(text).getAsJsonObject();
            int op = frame.get("op").getAsInt();
            if (op == 1) {
                webSocket.send("{\"op\": 11}");
            } else if (op == 2) {
                webSocket.send(frame(0, ready(), "READY"));
                webSocket.send(frame(0, guild(), "GUILD_CREATE"));
            }
        }
    }

    private String frame(int op, JsonObject data, String type) {
        JsonObject f = new JsonObject();
        f.addProperty("op", op);
        f.add("d", data);
        if (type != null) {
            f.addProperty("s", gatewaySequence.incrementAndGet());
            f.addProperty("t", type);
        }
        return GSON.toJson(f);
    }

    /** Sends a dispatch event (INTERACTION_CREATE, MESSAGE_CREATE, ...) to the connected client. */
    public void dispatch(String type, JsonObject data) {
        WebSocket ws = gateway;
        if (ws == null) {
            throw new IllegalStateException("no client is connected to the fake gateway");
        }
        ws.send(frame(0, data, type));
    }

    private JsonObject ready() {
        JsonObject d = new JsonObject();
        d.addProperty("v", 10);
        d.add("user", user(botId, "AskBar", true));
        JsonArray guilds = new JsonArray();
        JsonObject unavailable = new JsonObject();
        unavailable.addProperty("id", guildId);
        unavailable.addProperty("unavailable", true);
        guilds.add(unavailable);
        d.add("guilds", guilds);
        d.add("private_channels", new JsonArray());
        d.addProperty("session_id", "fake-session");
        d.addProperty("resume_gateway_url", gatewayUrl());
        JsonObject application = new JsonObject();
        application.addProperty("id", botId);
        application.addProperty("flags", 0);
        d.add("application", application);
        return d;
    }

    private JsonObject guild() {
        JsonObject g = new JsonObject();
        g.addProperty("id", guildId);
        g.addProperty("name", "Shop");
        g.add("icon", JsonNull.INSTANCE);
        g.add("splash", JsonNull.INSTANCE);
        g.add("banner", JsonNull.INSTANCE);
        g.add("description", JsonNull.INSTANCE);
        g.add("vanity_url_code", JsonNull.INSTANCE);
        g.addProperty("owner_id", ownerId);
        g.add("afk_channel_id", JsonNull.INSTANCE);
        g.add("system_channel_id", JsonNull.INSTANCE);
        g.add("rules_channel_id", JsonNull.INSTANCE);
        g.add("public_updates_channel_id", JsonNull.INSTANCE);
        g.add("safety_alerts_channel_id", JsonNull.INSTANCE);
        g.addProperty("afk_timeout", 300);
        g.addProperty("verification_level", 0);
        g.addProperty("default_message_notifications", 0);
        g.addProperty("explicit_content_filter", 0);
        g.addProperty("mfa_level", 0);
        g.addProperty("nsfw_level", 0);
        g.addProperty("premium_tier", 0);
        g.addProperty("premium_subscription_count", 0);
        g.addProperty("premium_progress_bar_enabled", false);
        g.addProperty("max_members", 500000);
        g.addProperty("member_count", 3);
        g.addProperty("large", false);
        g.addProperty("unavailable", false);
        g.addProperty("preferred_locale", "en-US");
        g.addProperty("system_channel_flags", 0);
        g.addProperty("joined_at", Instant.now().toString());
        g.add("features", new JsonArray());
        JsonArray roles = new JsonArray();
        roles.add(role(guildId, "@everyone", 0, "104324673", false, null));
        roles.add(role(adminRoleId, "Administrators", 2, "8", false, null));
        roles.add(role(botRoleId, "AskBar", 1, "277025508352", true, botId));
        g.add("roles", roles);
        g.add("emojis", new JsonArray());
        g.add("stickers", new JsonArray());
        JsonArray channels = new JsonArray();
        channels.add(channel());
        g.add("channels", channels);
        g.add("threads", new JsonArray());
        JsonArray members = new JsonArray();
        members.add(member(user(botId, "AskBar", true), List.of(botRoleId)));
        g.add("members", members);
        g.add("voice_states", new JsonArray());
        g.add("presences", new JsonArray());
        g.add("stage_instances", new JsonArray());
        g.add("guild_scheduled_events", new JsonArray());
        return g;
    }

    private static JsonObject role(String id, String name, int position, String permissions, boolean managed, String botId) {
        JsonObject r = new JsonObject();
        r.addProperty("id", id);
        r.addProperty("name", name);
        r.addProperty("color", 0);
        r.addProperty("hoist", false);
        r.add("icon", JsonNull.INSTANCE);
        r.add("unicode_emoji", JsonNull.INSTANCE);
        r.addProperty("position", position);
        r.addProperty("permissions", permissions);
        r.addProperty("managed", managed);
        r.addProperty("mentionable", true);
        r.addProperty("flags", 0);
        if (botId != null) {
            JsonObject tags = new JsonObject();
            tags.addProperty("bot_id", botId);
            r.add("tags", tags);
        }
        return r;
    }

    private JsonObject channel() {
        JsonObject c = new JsonObject();
        c.addProperty("id", channelId);
        c.addProperty("type", 0);
        c.addProperty("guild_id", guildId);
        c.addProperty("name", "general");
        c.addProperty("position", 0);
        c.add("parent_id", JsonNull.INSTANCE);
        c.add("topic", JsonNull.INSTANCE);
        c.addProperty("nsfw", false);
        c.add("last_message_id", JsonNull.INSTANCE);
        c.addProperty("rate_limit_per_user", 0);
        c.add("permission_overwrites", new JsonArray());
        c.addProperty("flags", 0);
        return c;
    }

    public static JsonObject user(String id, String name, boolean bot) {
        JsonObject u = new JsonObject();
        u.addProperty("id", id);
        u.addProperty("username", name);
        u.addProperty("global_name", name);
        u.addProperty("discriminator", "0");
        u.add("avatar", JsonNull.INSTANCE);
        u.addProperty("bot", bot);
        u.addProperty("public_flags", 0);
        return u;
    }

    private static JsonObject member(JsonObject user, List<String> roleIds) {
        JsonObject m = new JsonObject();
        if (user != null) {
            m.add("user", user);
        }
        m.add("nick", JsonNull.INSTANCE);
        m.add("avatar", JsonNull.INSTANCE);
        JsonArray roles = new JsonArray();
        roleIds.forEach(roles::add);
        m.add("roles", roles);
        m.addProperty("joined_at", "2024-01-05T10:00:00.000000+00:00");
        m.add("premium_since", JsonNull.INSTANCE);
        m.addProperty("deaf", false);
        m.addProperty("mute", false);
        m.addProperty("pending", false);
        m.addProperty("flags", 0);
        m.add("communication_disabled_until", JsonNull.INSTANCE);
        return m;
    }

    // ---- events a test sends -------------------------------------------------------------------------------------

    /** A person in the Shop guild; {@code roles} are role ids such as {@link #adminRoleId}. */
    public record Person(String id, String name, List<String> roles) {
        public static Person member(String name) {
            return new Person(snowflake(), name, List.of());
        }
    }

    /**
     * Delivers a slash command; returns the interaction's id and token, which appear in the callback paths.
     *
     * @param options the command's options as Discord sends them (e.g. from {@link #stringOption})
     */
    public Interaction slashCommand(Person who, String command, JsonArray options) {
        JsonObject data = new JsonObject();
        data.addProperty("id", snowflake());
        data.addProperty("name", command);
        data.addProperty("type", 1);
        data.addProperty("guild_id", guildId);
        data.add("options", options);
        return interaction(who, 2, data, null);
    }

    /** Delivers a click on a button with this custom id under a message the bot posted. */
    public Interaction buttonClick(Person who, String customId) {
        JsonObject data = new JsonObject();
        data.addProperty("custom_id", customId);
        data.addProperty("component_type", 2);
        RestCall none = new RestCall("POST", "", new JsonObject(), "", List.of());
        return interaction(who, 3, data, messageFromBot(snowflake(), none));
    }

    private Interaction interaction(Person who, int type, JsonObject data, JsonObject message) {
        String id = snowflake();
        String token = "token-" + id;
        if (expireNextToken) {
            expireNextToken = false;
            goneTokens.add(token);
        }
        JsonObject i = new JsonObject();
        i.addProperty("id", id);
        i.addProperty("application_id", botId);
        i.addProperty("type", type);
        i.addProperty("token", token);
        i.addProperty("version", 1);
        i.addProperty("guild_id", guildId);
        JsonObject partialGuild = new JsonObject();
        partialGuild.addProperty("id", guildId);
        partialGuild.addProperty("locale", "en-US");
        partialGuild.add("features", new JsonArray());
        i.add("guild", partialGuild);
        i.addProperty("channel_id", channelId);
        i.add("channel", channel());
        JsonObject member = member(user(who.id(), who.name(), false), who.roles());
        member.addProperty("permissions", who.roles().contains(adminRoleId) ? "8" : "104324673");
        i.add("member", member);
        i.addProperty("locale", "en-US");
        i.addProperty("guild_locale", "en-US");
        i.addProperty("app_permissions", "277025508352");
        i.add("entitlements", new JsonArray());
        JsonObject owners = new JsonObject();
        owners.addProperty("0", guildId);
        i.add("authorizing_integration_owners", owners);
        i.addProperty("context", 0);
        i.addProperty("attachment_size_limit", 8388608);
        i.add("data", data);
        if (message != null) {
            i.add("message", message);
        }
        dispatch("INTERACTION_CREATE", i);
        return new Interaction(id, token);
    }

    public record Interaction(String id, String token) {
        public String callbackPath() {
            return "/interactions/" + id + "/" + token + "/callback";
        }
    }

    public static JsonArray stringOption(String name, String value) {
        JsonObject o = new JsonObject();
        o.addProperty("name", name);
        o.addProperty("type", 3);
        o.addProperty("value", value);
        JsonArray a = new JsonArray();
        a.add(o);
        return a;
    }

    public static JsonArray subcommand(String name) {
        JsonObject o = new JsonObject();
        o.addProperty("name", name);
        o.addProperty("type", 1);
        o.add("options", new JsonArray());
        JsonArray a = new JsonArray();
        a.add(o);
        return a;
    }

    /**
     * Delivers a message in #general; returns its id.
     *
     * @param mentionedUsers user ids mentioned (Discord lists them besides the {@code <@id>} text)
     * @param repliesTo      the message this one replies to, if any
     */
    public String message(Person who, String content, List<String> mentionedUsers, List<String> mentionedRoles,
                          Optional<String> repliesTo) {
        String id = snowflake();
        JsonObject m = new JsonObject();
        m.addProperty("id", id);
        m.addProperty("channel_id", channelId);
        m.addProperty("guild_id", guildId);
        m.add("author", user(who.id(), who.name(), false));
        m.add("member", member(null, who.roles()));
        m.addProperty("content", content);
        m.addProperty("timestamp", Instant.now().toString());
        m.add("edited_timestamp", JsonNull.INSTANCE);
        m.addProperty("tts", false);
        m.addProperty("mention_everyone", content.contains("@everyone") || content.contains("@here"));
        JsonArray mentions = new JsonArray();
        for (String userId : mentionedUsers) {
            JsonObject u = user(userId, userId.equals(botId) ? "AskBar" : "someone", userId.equals(botId));
            u.add("member", member(null, userId.equals(botId) ? List.of(botRoleId) : List.of()));
            mentions.add(u);
        }
        m.add("mentions", mentions);
        JsonArray roles = new JsonArray();
        mentionedRoles.forEach(roles::add);
        m.add("mention_roles", roles);
        m.add("attachments", new JsonArray());
        m.add("embeds", new JsonArray());
        m.add("components", new JsonArray());
        m.addProperty("pinned", false);
        m.addProperty("type", repliesTo.isPresent() ? 19 : 0);
        m.addProperty("flags", 0);
        repliesTo.ifPresent(parent -> {
            JsonObject ref = new JsonObject();
            ref.addProperty("type", 0);
            ref.addProperty("message_id", parent);
            ref.addProperty("channel_id", channelId);
            ref.addProperty("guild_id", guildId);
            m.add("message_reference", ref);
        });
        dispatch("MESSAGE_CREATE", m);
        return id;
    }

    @Override
    public void close() {
        WebSocket ws = gateway;
        if (ws != null) {
            ws.close(1000, "test over");
        }
        server.close();
    }
}
