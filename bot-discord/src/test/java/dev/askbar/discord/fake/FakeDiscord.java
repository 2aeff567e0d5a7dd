package dev.askbar.discord.fake;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.askbar.testkit.NoDelayServerSockets;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
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
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A small local Discord for tests, and a strict witness: the REST API the adapter uses and a websocket gateway that
 * does HELLO / IDENTIFY / READY / GUILD_CREATE and then delivers the events a test sends. One guild ("Shop") with a
 * #general channel, an Administrators role and the bot's managed role, plus a second guild ("Elsewhere") the bot
 * was invited to without being configured for it. The two servers fall on different shards when the bot runs two
 * ({@code id >> 22 % 2}, as Discord assigns them); a client may IDENTIFY with a {@code shard} array, and each
 * gateway session then gets READY and GUILD_CREATE for its shard's servers only, and the events of those servers.
 *
 * <p>It keeps every message's state (content, embeds, attachments, buttons, ephemeral, deleted) and refuses what
 * Discord refuses, with Discord's codes (https://discord.com/developers/docs/topics/opcodes-and-status-codes):
 * embed and content limits (50035), empty messages (50006), files over the upload limit (40005, 10 MiB by default),
 * an acknowledgement later than 3 s after the interaction (10062), a second acknowledgement (40060), webhook
 * requests before the acknowledgement or after the token is gone (10015). A follow-up sent while a deferred reply
 * still shows "thinking…" replaces it and keeps its visibility, as Discord does.
 */
public final class FakeDiscord implements AutoCloseable, AfterEachCallback {
    private static final long DISCORD_EPOCH = 1420070400000L;
    private static final AtomicLong SEQUENCE = new AtomicLong();
    private static final Gson GSON = new Gson();
    public static final long DEFAULT_UPLOAD_LIMIT = 10L * 1024 * 1024;

    public final String botId = snowflake();
    public final String guildId = snowflakeOnShard(0, 2);
    public final String channelId = snowflake();
    public final String botRoleId = snowflake();
    public final String adminRoleId = snowflake();
    public final String ownerId = snowflake();
    /** A server the bot is in but was not configured for. */
    public final String otherGuildId = snowflakeOnShard(1, 2);

    public final String otherChannelId = snowflake();

    private final MockWebServer server = new MockWebServer();
    private final List<RestCall> calls = new ArrayList<>();
    private final List<Rejection> rejections = new ArrayList<>();
    private final AtomicInteger gatewaySequence = new AtomicInteger();
    /** Open gateway sessions by the shard they identified as (0 without sharding). */
    private final Map<Integer, WebSocket> sessions = new java.util.concurrent.ConcurrentHashMap<>();

    private final List<List<Integer>> identifies = new java.util.concurrent.CopyOnWriteArrayList<>();
    private volatile int shardTotal = 1;
    private final Map<String, StoredMessage> messages = new LinkedHashMap<>();
    private final Map<String, InteractionState> interactions = new LinkedHashMap<>();
    private final List<String> leftGuilds = new ArrayList<>();
    private final List<Refusal> refusals = new ArrayList<>();
    private volatile boolean expireNextToken;
    private volatile Duration ackWindow = Duration.ofSeconds(3);
    private volatile long uploadLimit = DEFAULT_UPLOAD_LIMIT;
    private final List<java.util.function.Consumer<RestCall>> watchers =
            new java.util.concurrent.CopyOnWriteArrayList<>();

    /** One REST request the adapter made; {@code json} is the body, or the {@code payload_json} part of an upload. */
    public record RestCall(
            String method, String path, JsonObject json, String body, List<String> files, long fileBytes) {
        public String string(String member) {
            JsonElement e = json.get(member);
            return e == null || e.isJsonNull() ? null : e.getAsString();
        }

        public Optional<JsonObject> embed() {
            JsonArray embeds = json.getAsJsonArray("embeds");
            return embeds == null || embeds.isEmpty()
                    ? Optional.empty()
                    : Optional.of(embeds.get(0).getAsJsonObject());
        }

        /** Interaction callback responses carry the message under "data". */
        public JsonObject data() {
            return json.getAsJsonObject("data");
        }
    }

    /** A request the fake refused, with Discord's HTTP status and JSON error code. */
    public record Rejection(RestCall call, int status, int code, String message) {}

    private record Refusal(Predicate<RestCall> when, int status, int code, String message) {}

    /** A message as Discord holds it after every create, edit and delete so far. */
    public static final class StoredMessage {
        public final String id;
        public final String channelId;
        public volatile String content = "";
        public volatile JsonArray embeds = new JsonArray();
        public volatile JsonArray components = new JsonArray();
        public volatile List<String> attachments = new ArrayList<>();
        public volatile boolean ephemeral;
        public volatile boolean deleted;
        /** The interaction token whose reply this is, if any. */
        public final String token;
        /** Still the "thinking…" of a deferred reply: never edited. */
        public volatile boolean loading;

        public volatile Optional<String> repliesTo = Optional.empty();
        public volatile JsonObject allowedMentions;

        StoredMessage(String id, String channelId, String token) {
            this.id = id;
            this.channelId = channelId;
            this.token = token;
        }

        public Optional<JsonObject> embed() {
            return embeds.isEmpty()
                    ? Optional.empty()
                    : Optional.of(embeds.get(0).getAsJsonObject());
        }

        public String description() {
            return embed().map(e -> e.has("description") ? e.get("description").getAsString() : "")
                    .orElse("");
        }

        public List<String> buttonIds() {
            List<String> ids = new ArrayList<>();
            for (JsonElement row : components) {
                for (JsonElement b : row.getAsJsonObject().getAsJsonArray("components")) {
                    if (b.getAsJsonObject().has("custom_id")) {
                        ids.add(b.getAsJsonObject().get("custom_id").getAsString());
                    }
                }
            }
            return ids;
        }

        @Override
        public String toString() {
            return "message " + id + (deleted ? " (deleted)" : "") + (ephemeral ? " (ephemeral)" : "")
                    + (loading ? " (loading)" : "") + " content=" + content + " embeds=" + embeds + " attachments="
                    + attachments;
        }
    }

    private static final class InteractionState {
        final String id;
        final String token;
        final long createdNanos = System.nanoTime();
        final String channelId;
        volatile int acknowledgedWith;
        volatile boolean gone;
        volatile StoredMessage original;

        InteractionState(String id, String token, String channelId) {
            this.id = id;
            this.token = token;
            this.channelId = channelId;
        }
    }

    private FakeDiscord() {
        server.setServerSocketFactory(NoDelayServerSockets.factory());
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
        return snowflake(System.currentTimeMillis());
    }

    static String snowflake(long millis) {
        return Long.toString(((millis - DISCORD_EPOCH) << 22) | (SEQUENCE.incrementAndGet() & 0x3FFFFF));
    }

    /** A current snowflake that Discord would deliver on shard {@code shard} of {@code total}. */
    static String snowflakeOnShard(int shard, int total) {
        long millis = System.currentTimeMillis();
        long sinceEpoch = millis - DISCORD_EPOCH;
        return snowflake(millis - sinceEpoch % total + shard);
    }

    /** The shard of each IDENTIFY received, as {@code [id, total]}; {@code [0, 1]} when the client sent none. */
    public List<List<Integer>> identifies() {
        return List.copyOf(identifies);
    }

    public String restBaseUrl() {
        return server.url("/api/v10/").toString();
    }

    public String gatewayUrl() {
        return "ws://" + server.getHostName() + ":" + server.getPort() + "/gateway";
    }

    // ---- knobs -------------------------------------------------------------------------------------------------

    /** The next interaction's token is refused for edits and follow-ups, as when its 15 minutes have passed. */
    public void expireNextInteractionToken() {
        expireNextToken = true;
    }

    /** How long after an interaction its acknowledgement is still taken (Discord: 3 s). */
    public void ackWindow(Duration window) {
        ackWindow = window;
    }

    /** The most the files of one message may weigh (Discord without boosts: 10 MiB). */
    public void uploadLimit(long bytes) {
        uploadLimit = bytes;
    }

    /** Refuses matching requests, as Discord refuses a form body it does not like (until {@link #stopRefusing}). */
    public void refuse(Predicate<RestCall> when) {
        synchronized (this) {
            refusals.add(new Refusal(when, 400, 50035, "Invalid Form Body"));
        }
    }

    public void stopRefusing() {
        synchronized (this) {
            refusals.clear();
        }
    }

    /** Every refusal so far, in order. */
    public List<Rejection> rejections() {
        synchronized (this) {
            return List.copyOf(rejections);
        }
    }

    public List<String> leftGuilds() {
        synchronized (this) {
            return List.copyOf(leftGuilds);
        }
    }

    /** The reply of an interaction (what "edit original" changes), if it was acknowledged with one. */
    public Optional<StoredMessage> original(Interaction interaction) {
        synchronized (this) {
            InteractionState state = interactions.get(interaction.token());
            return state == null ? Optional.empty() : Optional.ofNullable(state.original);
        }
    }

    /** Every message in creation order, deleted ones included (marked). */
    public List<StoredMessage> messages() {
        synchronized (this) {
            return List.copyOf(messages.values());
        }
    }

    public Optional<StoredMessage> message(String id) {
        synchronized (this) {
            return Optional.ofNullable(messages.get(id));
        }
    }

    /** Waits until a message matches, up to the timeout. */
    public StoredMessage awaitMessage(Predicate<StoredMessage> match, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            for (StoredMessage m : messages()) {
                if (match.test(m)) {
                    return m;
                }
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no matching Discord message within " + timeout + "; messages were:\n  "
                        + String.join(
                                "\n  ",
                                messages().stream().map(StoredMessage::toString).toList()));
            }
            Thread.sleep(20);
        }
    }

    // ---- REST ------------------------------------------------------------------------------------------------

    private MockResponse answer(RecordedRequest request) {
        String path = request.getUrl().encodedPath();
        if (path.equals("/gateway")) {
            return new MockResponse.Builder().webSocketUpgrade(new Gateway()).build();
        }
        String route = (path.startsWith("/api/v10/") ? path.substring("/api/v10".length()) : path).replace("%40", "@");
        RestCall call = read(request, route);
        try {
            synchronized (this) {
                for (Refusal r : refusals) {
                    if (r.when().test(call)) {
                        return reject(call, r.status(), r.code(), r.message());
                    }
                }
                return route(call, route, request.getMethod());
            }
        } finally {
            // recorded once its effect is in the message state, so a test that saw the call sees its outcome
            synchronized (calls) {
                calls.add(call);
                calls.notifyAll();
            }
            watchers.forEach(w -> w.accept(call));
        }
    }

    /** Tells {@code watcher} of every REST call as it is recorded, on the fake's thread: benchmarks take the time there. */
    public void watch(java.util.function.Consumer<RestCall> watcher) {
        watchers.add(watcher);
    }

    private MockResponse route(RestCall call, String route, String method) {
        if (route.equals("/users/@me") && method.equals("GET")) {
            return json(200, GSON.toJson(user(botId, "AskBar", true)));
        }
        if (route.equals("/gateway/bot") || route.equals("/gateway")) {
            // a large bot's concurrency: shards identify together instead of 5 s apart
            return json(
                    200,
                    "{\"url\": \"" + gatewayUrl() + "\", \"shards\": 1, \"session_start_limit\": "
                            + "{\"total\": 1000, \"remaining\": 1000, \"reset_after\": 0, \"max_concurrency\": 16}}");
        }
        if (route.matches("/applications/\\d+(/guilds/\\d+)?/commands") && method.equals("PUT")) {
            return json(200, "[]");
        }
        if (route.matches("/users/@me/guilds/\\d+") && method.equals("DELETE")) {
            leftGuilds.add(route.substring(route.lastIndexOf('/') + 1));
            return new MockResponse.Builder().code(204).build();
        }
        if (route.matches("/interactions/\\d+/[^/]+/callback")) {
            return callback(call, route.split("/")[2]);
        }
        if (route.matches("/webhooks/\\d+/[^/]+(/messages/.+)?")) {
            return webhook(call, route, method);
        }
        if (route.matches("/channels/\\d+/messages") && method.equals("POST")) {
            Optional<MockResponse> refused = check(call, null, true);
            if (refused.isPresent()) {
                return refused.get();
            }
            StoredMessage m = create(route.split("/")[2], null);
            apply(m, call);
            if (call.json().has("message_reference")) {
                m.repliesTo = Optional.of(call.json()
                        .getAsJsonObject("message_reference")
                        .get("message_id")
                        .getAsString());
            }
            return json(200, GSON.toJson(toJson(m)));
        }
        if (route.matches("/channels/\\d+/messages/\\d+")) {
            StoredMessage m = messages.get(route.substring(route.lastIndexOf('/') + 1));
            if (m == null || m.deleted) {
                return reject(call, 404, 10008, "Unknown Message");
            }
            if (method.equals("DELETE")) {
                m.deleted = true;
                return new MockResponse.Builder().code(204).build();
            }
            Optional<MockResponse> refused = check(call, m, false);
            if (refused.isPresent()) {
                return refused.get();
            }
            apply(m, call);
            return json(200, GSON.toJson(toJson(m)));
        }
        if (route.matches("/channels/\\d+/typing")) {
            return new MockResponse.Builder().code(204).build();
        }
        System.err.println("FakeDiscord has no answer for " + method + " " + route);
        return json(404, "{\"message\": \"404: Not Found\", \"code\": 0}");
    }

    private MockResponse callback(RestCall call, String interactionId) {
        InteractionState state = interactions.values().stream()
                .filter(i -> i.id.equals(interactionId))
                .findFirst()
                .orElse(null);
        if (state == null || System.nanoTime() - state.createdNanos > ackWindow.toNanos()) {
            return reject(call, 404, 10062, "Unknown interaction");
        }
        if (state.acknowledgedWith != 0) {
            return reject(call, 400, 40060, "Interaction has already been acknowledged.");
        }
        int type = call.json().get("type").getAsInt();
        JsonObject data =
                call.json().has("data") && call.json().get("data").isJsonObject() ? call.data() : new JsonObject();
        boolean ephemeral = data.has("flags") && (data.get("flags").getAsInt() & 64) != 0;
        if (type == 4) {
            RestCall asMessage =
                    new RestCall(call.method(), call.path(), data, call.body(), call.files(), call.fileBytes());
            Optional<MockResponse> refused = check(asMessage, null, true);
            if (refused.isPresent()) {
                return refused.get();
            }
            state.original = create(state.channelId, state.token);
            state.original.ephemeral = ephemeral;
            apply(state.original, asMessage);
        } else if (type == 5) {
            state.original = create(state.channelId, state.token);
            state.original.ephemeral = ephemeral;
            state.original.loading = true;
        }
        state.acknowledgedWith = type;
        return new MockResponse.Builder().code(204).build();
    }

    private MockResponse webhook(RestCall call, String route, String method) {
        String[] parts = route.split("/");
        String token = parts[3];
        InteractionState state = interactions.get(token);
        if (state == null || state.gone || state.acknowledgedWith == 0) {
            return reject(call, 404, 10015, "Unknown Webhook");
        }
        if (parts.length == 4 && method.equals("POST")) {
            StoredMessage loading =
                    state.original != null && state.original.loading && !state.original.deleted ? state.original : null;
            Optional<MockResponse> refused = check(call, loading, loading == null);
            if (refused.isPresent()) {
                return refused.get();
            }
            if (loading != null) {
                // the first follow-up after a deferred reply edits the loading message, keeping its visibility
                apply(loading, call);
                loading.loading = false;
                return json(200, GSON.toJson(toJson(loading)));
            }
            StoredMessage followUp = create(state.channelId, token);
            followUp.ephemeral =
                    call.json().has("flags") && (call.json().get("flags").getAsInt() & 64) != 0;
            apply(followUp, call);
            return json(200, GSON.toJson(toJson(followUp)));
        }
        String target = parts[parts.length - 1];
        StoredMessage m = target.equals("@original") ? state.original : messages.get(target);
        if (m == null || m.deleted) {
            return reject(call, 404, 10008, "Unknown Message");
        }
        if (method.equals("DELETE")) {
            m.deleted = true;
            return new MockResponse.Builder().code(204).build();
        }
        Optional<MockResponse> refused = check(call, m, false);
        if (refused.isPresent()) {
            return refused.get();
        }
        apply(m, call);
        m.loading = false;
        return json(200, GSON.toJson(toJson(m)));
    }

    private StoredMessage create(String channel, String token) {
        StoredMessage m = new StoredMessage(snowflake(), channel, token);
        messages.put(m.id, m);
        return m;
    }

    /** Applies a create or an edit: what the body sets replaces; attachments are kept unless the body lists them. */
    private static void apply(StoredMessage m, RestCall call) {
        JsonObject j = call.json();
        if (j.has("content") && !j.get("content").isJsonNull()) {
            m.content = j.get("content").getAsString();
        }
        if (j.has("embeds") && j.get("embeds").isJsonArray()) {
            JsonArray embeds = j.getAsJsonArray("embeds").deepCopy();
            // Discord answers with the embed's type; JDA refuses an embed without one
            embeds.forEach(e -> {
                if (!e.getAsJsonObject().has("type")) {
                    e.getAsJsonObject().addProperty("type", "rich");
                }
            });
            m.embeds = embeds;
        }
        if (j.has("components") && j.get("components").isJsonArray()) {
            m.components = j.getAsJsonArray("components");
        }
        if (j.has("allowed_mentions") && j.get("allowed_mentions").isJsonObject()) {
            m.allowedMentions = j.getAsJsonObject("allowed_mentions");
        }
        List<String> attachments = new ArrayList<>(m.attachments);
        if (j.has("attachments") && j.get("attachments").isJsonArray()) {
            List<String> kept = new ArrayList<>();
            for (JsonElement a : j.getAsJsonArray("attachments")) {
                JsonObject o = a.getAsJsonObject();
                String name = o.has("filename") ? o.get("filename").getAsString() : null;
                if (name != null && attachments.contains(name) && !call.files().contains(name)) {
                    kept.add(name);
                }
            }
            attachments = kept;
        }
        attachments.addAll(call.files());
        m.attachments = attachments;
    }

    /**
     * Discord's checks on a message body: null when fine. {@code editing} is the message an edit applies to; a
     * create must not be empty.
     */
    private Optional<MockResponse> check(RestCall call, StoredMessage editing, boolean create) {
        JsonObject j = call.json();
        if (call.fileBytes() > uploadLimit) {
            return Optional.of(reject(call, 413, 40005, "Request entity too large"));
        }
        String content = j.has("content") && !j.get("content").isJsonNull()
                ? j.get("content").getAsString()
                : "";
        if (content.length() > 2000) {
            return Optional.of(reject(call, 400, 50035, "Invalid Form Body: content must be 2000 or fewer in length"));
        }
        JsonArray embeds =
                j.has("embeds") && j.get("embeds").isJsonArray() ? j.getAsJsonArray("embeds") : new JsonArray();
        Optional<String> embedProblem = embedProblem(embeds);
        if (embedProblem.isPresent()) {
            return Optional.of(reject(call, 400, 50035, "Invalid Form Body: " + embedProblem.get()));
        }
        JsonArray components = j.has("components") && j.get("components").isJsonArray()
                ? j.getAsJsonArray("components")
                : new JsonArray();
        if (components.size() > 5) {
            return Optional.of(reject(call, 400, 50035, "Invalid Form Body: more than 5 action rows"));
        }
        for (JsonElement row : components) {
            JsonArray buttons = row.getAsJsonObject().getAsJsonArray("components");
            if (buttons.size() > 5) {
                return Optional.of(reject(call, 400, 50035, "Invalid Form Body: more than 5 buttons in a row"));
            }
            for (JsonElement b : buttons) {
                JsonObject o = b.getAsJsonObject();
                if (o.has("custom_id") && o.get("custom_id").getAsString().length() > 100
                        || o.has("label") && o.get("label").getAsString().length() > 80) {
                    return Optional.of(reject(call, 400, 50035, "Invalid Form Body: button id or label too long"));
                }
            }
        }
        if (create && content.isEmpty() && embeds.isEmpty() && call.files().isEmpty() && components.isEmpty()) {
            return Optional.of(reject(call, 400, 50006, "Cannot send an empty message"));
        }
        return Optional.empty();
    }

    /** Discord's embed limits (https://discord.com/developers/docs/resources/message#embed-object-embed-limits). */
    private static Optional<String> embedProblem(JsonArray embeds) {
        if (embeds.size() > 10) {
            return Optional.of("more than 10 embeds");
        }
        int total = 0;
        for (JsonElement e : embeds) {
            JsonObject o = e.getAsJsonObject();
            int title = length(o, "title");
            int description = length(o, "description");
            if (title > 256 || description > 4096) {
                return Optional.of("embed title or description too long");
            }
            total += title + description;
            JsonArray fields = o.has("fields") ? o.getAsJsonArray("fields") : new JsonArray();
            if (fields.size() > 25) {
                return Optional.of("more than 25 fields");
            }
            for (JsonElement f : fields) {
                int name = length(f.getAsJsonObject(), "name");
                int value = length(f.getAsJsonObject(), "value");
                if (name == 0 || value == 0 || name > 256 || value > 1024) {
                    return Optional.of("embed field name or value empty or too long");
                }
                total += name + value;
            }
            if (o.has("footer")) {
                int footer = length(o.getAsJsonObject("footer"), "text");
                if (footer > 2048) {
                    return Optional.of("footer too long");
                }
                total += footer;
            }
            if (o.has("author")) {
                total += length(o.getAsJsonObject("author"), "name");
            }
        }
        return total > 6000 ? Optional.of("embeds longer than 6000 characters together") : Optional.empty();
    }

    private static int length(JsonObject o, String member) {
        return o.has(member) && !o.get(member).isJsonNull()
                ? o.get(member).getAsString().length()
                : 0;
    }

    private MockResponse reject(RestCall call, int status, int code, String message) {
        rejections.add(new Rejection(call, status, code, message));
        JsonObject body = new JsonObject();
        body.addProperty("message", message);
        body.addProperty("code", code);
        return json(status, GSON.toJson(body));
    }

    private RestCall read(RecordedRequest request, String route) {
        JsonObject json = new JsonObject();
        List<String> files = new ArrayList<>();
        long fileBytes = 0;
        String type = request.getHeaders().get("Content-Type");
        try {
            if (type != null && type.startsWith("multipart/")) {
                String boundary = MediaType.get(type).parameter("boundary");
                try (MultipartReader reader = new MultipartReader(new Buffer().write(request.getBody()), boundary)) {
                    MultipartReader.Part part;
                    while ((part = reader.nextPart()) != null) {
                        String disposition = part.headers().get("Content-Disposition");
                        if (disposition != null && disposition.contains("name=\"payload_json\"")) {
                            json = JsonParser.parseString(part.body().readUtf8())
                                    .getAsJsonObject();
                        } else if (disposition != null && disposition.contains("filename=\"")) {
                            int start = disposition.indexOf("filename=\"") + 10;
                            files.add(disposition.substring(start, disposition.indexOf('"', start)));
                            fileBytes += part.body().readByteString().size();
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
        String body = type != null && type.startsWith("multipart/")
                ? GSON.toJson(json)
                : request.getBody() == null ? "" : request.getBody().utf8();
        return new RestCall(request.getMethod(), route, json, body, List.copyOf(files), fileBytes);
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
                    throw new AssertionError(
                            "no matching Discord REST call within " + timeout + "; calls were:\n" + describe(calls));
                }
                calls.wait(Math.max(1, left / 1_000_000));
            }
        }
    }

    private static String describe(List<RestCall> calls) {
        StringBuilder sb = new StringBuilder();
        for (RestCall c : calls) {
            sb.append("  ")
                    .append(c.method())
                    .append(' ')
                    .append(c.path())
                    .append(' ')
                    .append(c.json())
                    .append('\n');
        }
        return sb.toString();
    }

    private static MockResponse json(int code, String body) {
        return new MockResponse.Builder()
                .code(code)
                .setHeader("Content-Type", "application/json")
                .body(body)
                .build();
    }

    private JsonObject toJson(StoredMessage s) {
        JsonObject m = new JsonObject();
        m.addProperty("id", s.id);
        m.addProperty("channel_id", s.channelId);
        m.add("author", user(botId, "AskBar", true));
        m.addProperty("content", s.content);
        m.addProperty("timestamp", Instant.now().toString());
        m.add("edited_timestamp", JsonNull.INSTANCE);
        m.addProperty("tts", false);
        m.addProperty("mention_everyone", false);
        m.add("mentions", new JsonArray());
        m.add("mention_roles", new JsonArray());
        JsonArray attachments = new JsonArray();
        for (String name : s.attachments) {
            JsonObject a = new JsonObject();
            a.addProperty("id", snowflake());
            a.addProperty("filename", name);
            a.addProperty("size", 1);
            a.addProperty("url", "https://cdn.example/" + name);
            a.addProperty("proxy_url", "https://media.example/" + name);
            attachments.add(a);
        }
        m.add("attachments", attachments);
        m.add("embeds", s.embeds);
        m.add("components", s.components);
        m.addProperty("pinned", false);
        m.addProperty("type", s.repliesTo.isPresent() ? 19 : 0);
        m.addProperty("flags", s.ephemeral ? 64 : 0);
        return m;
    }

    private JsonObject messageFromBot(String id) {
        StoredMessage s = new StoredMessage(id, channelId, null);
        return toJson(s);
    }

    // ---- gateway -----------------------------------------------------------------------------------------------

    private final class Gateway extends WebSocketListener {
        @Override
        public void onOpen(WebSocket webSocket, Response response) {
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
                JsonObject d = frame.getAsJsonObject("d");
                int shard = 0;
                int total = 1;
                if (d.has("shard") && d.get("shard").isJsonArray()) {
                    shard = d.getAsJsonArray("shard").get(0).getAsInt();
                    total = d.getAsJsonArray("shard").get(1).getAsInt();
                }
                identifies.add(List.of(shard, total));
                shardTotal = total;
                sessions.put(shard, webSocket);
                List<String> guilds = new ArrayList<>();
                for (String id : List.of(guildId, otherGuildId)) {
                    if (shardOf(id) == shard) {
                        guilds.add(id);
                    }
                }
                webSocket.send(frame(0, ready(guilds, shard, total), "READY"));
                if (guilds.contains(guildId)) {
                    webSocket.send(frame(0, guild(guildId, "Shop", channelId), "GUILD_CREATE"));
                }
                if (guilds.contains(otherGuildId)) {
                    webSocket.send(frame(0, guild(otherGuildId, "Elsewhere", otherChannelId), "GUILD_CREATE"));
                }
            }
        }

        /** Answers the client's close frame, as Discord does; otherwise the client waits for it until it gives up. */
        @Override
        public void onClosing(WebSocket webSocket, int code, String reason) {
            sessions.values().remove(webSocket);
            webSocket.close(1000, null);
        }

        @Override
        public void onClosed(WebSocket webSocket, int code, String reason) {
            sessions.values().remove(webSocket);
        }

        @Override
        public void onFailure(WebSocket webSocket, Throwable t, Response response) {
            sessions.values().remove(webSocket);
        }
    }

    /** Discord's rule: a server's events go to shard {@code (id >> 22) % total}. */
    private int shardOf(String guildId) {
        return (int) ((Long.parseLong(guildId) >> 22) % shardTotal);
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

    /**
     * Sends a dispatch event (INTERACTION_CREATE, MESSAGE_CREATE, ...) to the session of the shard that Discord
     * would send it to: the shard of its server, or shard 0 for a direct message.
     */
    public void dispatch(String type, JsonObject data) {
        String guild = type.equals("GUILD_CREATE")
                ? data.get("id").getAsString()
                : data.has("guild_id") && !data.get("guild_id").isJsonNull()
                        ? data.get("guild_id").getAsString()
                        : null;
        int shard = guild == null ? 0 : shardOf(guild);
        WebSocket ws = sessions.get(shard);
        if (ws == null) {
            throw new IllegalStateException("no client is connected to the fake gateway as shard " + shard);
        }
        ws.send(frame(0, data, type));
    }

    private JsonObject ready(List<String> shardGuilds, int shard, int total) {
        JsonObject d = new JsonObject();
        d.addProperty("v", 10);
        d.add("user", user(botId, "AskBar", true));
        JsonArray shardArray = new JsonArray();
        shardArray.add(shard);
        shardArray.add(total);
        d.add("shard", shardArray);
        JsonArray guilds = new JsonArray();
        for (String id : shardGuilds) {
            JsonObject unavailable = new JsonObject();
            unavailable.addProperty("id", id);
            unavailable.addProperty("unavailable", true);
            guilds.add(unavailable);
        }
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

    /** Someone invites the bot to a new server: Discord sends its GUILD_CREATE; returns the server's id. */
    public String joinGuild(String name) {
        String id = snowflake();
        dispatch("GUILD_CREATE", guild(id, name, snowflake()));
        return id;
    }

    private JsonObject guild(String guildId, String name, String channelId) {
        JsonObject g = new JsonObject();
        g.addProperty("id", guildId);
        g.addProperty("name", name);
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
        roles.add(
                role(guildId.equals(this.guildId) ? botRoleId : snowflake(), "AskBar", 1, "277025508352", true, botId));
        g.add("roles", roles);
        g.add("emojis", new JsonArray());
        g.add("stickers", new JsonArray());
        JsonArray channels = new JsonArray();
        channels.add(channel(guildId, channelId));
        g.add("channels", channels);
        g.add("threads", new JsonArray());
        JsonArray members = new JsonArray();
        members.add(member(
                user(botId, "AskBar", true),
                List.of(g.getAsJsonArray("roles")
                        .get(2)
                        .getAsJsonObject()
                        .get("id")
                        .getAsString())));
        g.add("members", members);
        g.add("voice_states", new JsonArray());
        g.add("presences", new JsonArray());
        g.add("stage_instances", new JsonArray());
        g.add("guild_scheduled_events", new JsonArray());
        return g;
    }

    private static JsonObject role(
            String id, String name, int position, String permissions, boolean managed, String botId) {
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

    private static JsonObject channel(String guildId, String channelId) {
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
        return slashCommand(who, command, options, Where.SHOP, Duration.ZERO);
    }

    /** Where an interaction comes from: the configured server, the other one, or a direct message. */
    public enum Where {
        SHOP,
        ELSEWHERE,
        DM
    }

    /**
     * @param age how long ago the interaction happened by its id (JDA counts its 15 minutes from the id); the fake
     *            still takes its acknowledgement, as the 3 s window is measured from delivery
     */
    public Interaction slashCommand(Person who, String command, JsonArray options, Where where, Duration age) {
        JsonObject data = new JsonObject();
        data.addProperty("id", snowflake());
        data.addProperty("name", command);
        data.addProperty("type", 1);
        if (where != Where.DM) {
            data.addProperty("guild_id", where == Where.SHOP ? guildId : otherGuildId);
        }
        data.add("options", options);
        return interaction(who, 2, data, null, where, age);
    }

    /** Delivers a click on a button with this custom id under a message the bot posted. */
    public Interaction buttonClick(Person who, String customId) {
        JsonObject data = new JsonObject();
        data.addProperty("custom_id", customId);
        data.addProperty("component_type", 2);
        return interaction(who, 3, data, messageFromBot(snowflake()), Where.SHOP, Duration.ZERO);
    }

    private Interaction interaction(
            Person who, int type, JsonObject data, JsonObject message, Where where, Duration age) {
        String id = snowflake(System.currentTimeMillis() - age.toMillis());
        String token = "token-" + id;
        String guild = where == Where.SHOP ? guildId : otherGuildId;
        String channel = where == Where.SHOP ? channelId : otherChannelId;
        InteractionState state = new InteractionState(id, token, channel);
        if (expireNextToken) {
            expireNextToken = false;
            state.gone = true;
        }
        synchronized (this) {
            interactions.put(token, state);
        }
        JsonObject i = new JsonObject();
        i.addProperty("id", id);
        i.addProperty("application_id", botId);
        i.addProperty("type", type);
        i.addProperty("token", token);
        i.addProperty("version", 1);
        JsonObject owners = new JsonObject();
        if (where == Where.DM) {
            JsonObject dm = new JsonObject();
            dm.addProperty("id", channel);
            dm.addProperty("type", 1);
            dm.addProperty("flags", 0);
            i.addProperty("channel_id", channel);
            i.add("channel", dm);
            i.add("user", user(who.id(), who.name(), false));
            owners.addProperty("1", who.id());
            i.addProperty("context", 1);
        } else {
            i.addProperty("guild_id", guild);
            JsonObject partialGuild = new JsonObject();
            partialGuild.addProperty("id", guild);
            partialGuild.addProperty("locale", "en-US");
            partialGuild.add("features", new JsonArray());
            i.add("guild", partialGuild);
            i.addProperty("channel_id", channel);
            i.add("channel", channel(guild, channel));
            JsonObject member = member(user(who.id(), who.name(), false), who.roles());
            member.addProperty("permissions", who.roles().contains(adminRoleId) ? "8" : "104324673");
            i.add("member", member);
            i.addProperty("guild_locale", "en-US");
            owners.addProperty("0", guild);
            i.addProperty("context", 0);
        }
        i.addProperty("locale", "en-US");
        i.addProperty("app_permissions", "277025508352");
        i.add("entitlements", new JsonArray());
        i.add("authorizing_integration_owners", owners);
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
    public String message(
            Person who,
            String content,
            List<String> mentionedUsers,
            List<String> mentionedRoles,
            Optional<String> repliesTo) {
        return message(who, content, mentionedUsers, mentionedRoles, repliesTo, Where.SHOP);
    }

    /** A message in #general of the Shop server, or in the other server's channel. */
    public String message(
            Person who,
            String content,
            List<String> mentionedUsers,
            List<String> mentionedRoles,
            Optional<String> repliesTo,
            Where where) {
        String id = snowflake();
        String guildId = where == Where.SHOP ? this.guildId : otherGuildId;
        String channelId = where == Where.SHOP ? this.channelId : otherChannelId;
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

    /** As a JUnit 5 extension on an instance field ({@code @RegisterExtension final ... = start()}): closed after each test. */
    @Override
    public void afterEach(ExtensionContext context) {
        close();
    }

    @Override
    public void close() {
        sessions.values().forEach(ws -> ws.close(1000, "test over"));
        server.close();
    }
}
