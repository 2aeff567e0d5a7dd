package dev.askbar.slack.fake;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.askbar.testkit.NoDelayServerSockets;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A local Slack that is a strict witness: the Web API methods AskBar calls (answered in Slack's shapes), the upload URL
 * of the files upload v2 flow, and response_url endpoints. Messages are checked as Slack checks them
 * ({@link SlackShapes}) and refused with Slack's error codes; posted messages are kept, so a test can see what the
 * asker sees in the end; a response_url takes 5 posts in 30 minutes; 429s with Retry-After on request. Every request
 * is recorded, refused ones with their error; tests wait for the calls they expect.
 */
public final class FakeSlack implements AutoCloseable, AfterEachCallback {
    public static final String BOT_USER = "UASKBAR01";
    public static final String TEAM = "T0TEST001";

    private final MockWebServer server = new MockWebServer();
    private final List<SlackCall> calls = new ArrayList<>();
    private final Set<String> workspaceAdmins = ConcurrentHashMap.newKeySet();
    private final Map<String, String> failures = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();
    private volatile String socketModeUrl = "wss://wss-primary.slack.com/link/?ticket=none";
    private final List<Rejection> rejections = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final Map<String, RateLimit> rateLimits = new ConcurrentHashMap<>();
    private final Map<String, PostedMessage> messages = new ConcurrentHashMap<>();
    private final Map<String, List<Long>> responseUrlUses = new ConcurrentHashMap<>();

    /** Slack takes at most 5 posts to one response_url within 30 minutes. */
    public static final int RESPONSE_URL_USES = 5;

    static final Duration RESPONSE_URL_WINDOW = Duration.ofMinutes(30);

    private record Rejection(String method, Predicate<SlackCall> when, String error) {}

    private static final class RateLimit {
        final java.util.concurrent.atomic.AtomicInteger left;
        final int retryAfterSeconds;

        RateLimit(int times, int retryAfterSeconds) {
            this.left = new java.util.concurrent.atomic.AtomicInteger(times);
            this.retryAfterSeconds = retryAfterSeconds;
        }
    }

    /** A message as it stands now in a channel: the latest text, blocks and attachments, or deleted. */
    public record PostedMessage(
            String channel,
            String ts,
            String threadTs,
            String text,
            String blocks,
            String attachments,
            boolean deleted) {
        /** Text, blocks and attachments together, for "does the message say X" assertions. */
        public String content() {
            return text + "\n" + blocks + "\n" + attachments;
        }

        /** Still showing "working on it": what an asker must never be left with. */
        public boolean progress() {
            return !deleted && content().contains(":hourglass_flowing_sand:");
        }
    }

    private FakeSlack() {
        server.setServerSocketFactory(NoDelayServerSockets.factory());
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return answer(request);
            }
        });
    }

    public static FakeSlack start() {
        FakeSlack fake = new FakeSlack();
        try {
            fake.server.start(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return fake;
    }

    /** What ASKBAR_SLACK_API_URL should be. */
    public String apiUrl() {
        return server.url("/api/").toString();
    }

    /** A response_url as a slash command or a button would carry it; posts to it are recorded as method "response_url". */
    public String responseUrl(String name) {
        return server.url("/response/" + name).toString();
    }

    /** users.info will say this user is a workspace admin. */
    public FakeSlack workspaceAdmin(String userId) {
        workspaceAdmins.add(userId);
        return this;
    }

    /** apps.connections.open hands Socket Mode clients this websocket address. */
    public FakeSlack socketModeUrl(String url) {
        this.socketModeUrl = url;
        return this;
    }

    /** The method answers {"ok":false,"error":error} from now on; null makes it work again. */
    public FakeSlack failing(String method, String error) {
        if (error == null) {
            failures.remove(method);
        } else {
            failures.put(method, error);
        }
        return this;
    }

    /**
     * Slack refuses calls of this method that match with {"ok":false,"error":error} (or HTTP 400 with the error for a
     * response_url), as it refuses a message it cannot show.
     */
    public FakeSlack rejectWhen(String method, Predicate<SlackCall> when, String error) {
        rejections.add(new Rejection(method, when, error));
        return this;
    }

    public FakeSlack clearRejections() {
        rejections.clear();
        return this;
    }

    /** The next {@code times} calls of this method get HTTP 429 with this Retry-After, as Slack's rate limits do. */
    public FakeSlack rateLimit(String method, int times, int retryAfterSeconds) {
        rateLimits.put(method, new RateLimit(times, retryAfterSeconds));
        return this;
    }

    /** The message with this ts as it stands now. */
    public Optional<PostedMessage> message(String ts) {
        return Optional.ofNullable(messages.get(ts));
    }

    /** Every message posted into this channel, as each stands now, oldest first. */
    public List<PostedMessage> messages(String channel) {
        return messages.values().stream()
                .filter(m -> m.channel().equals(channel))
                .sorted(java.util.Comparator.comparing(PostedMessage::ts))
                .toList();
    }

    /** How many posts this response_url took (refused ones included). */
    public int responseUrlUses(String name) {
        return responseUrlUses.getOrDefault("/response/" + name, List.of()).size();
    }

    /** Calls Slack refused, with their error in {@link SlackCall#error()}. */
    public List<SlackCall> refused() {
        return calls().stream().filter(c -> c.error() != null).toList();
    }

    public List<SlackCall> calls() {
        synchronized (calls) {
            return List.copyOf(calls);
        }
    }

    public List<SlackCall> calls(String method) {
        return calls().stream().filter(c -> c.method().equals(method)).toList();
    }

    /** Waits until a call of this method matches, and returns the first that does. */
    public SlackCall await(String method, Predicate<SlackCall> match, Duration timeout) {
        return awaitAll(method, match, 1, timeout).get(0);
    }

    /** Waits until at least {@code count} calls of this method match. */
    public List<SlackCall> awaitAll(String method, Predicate<SlackCall> match, int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (calls) {
            while (true) {
                List<SlackCall> found = calls.stream()
                        .filter(c -> c.method().equals(method) && match.test(c))
                        .toList();
                if (found.size() >= count) {
                    return found;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("waited " + timeout.toMillis() + " ms for " + count + " matching " + method
                            + " call(s); saw "
                            + calls.stream().map(SlackCall::method).toList());
                }
                try {
                    calls.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError("interrupted");
                }
            }
        }
    }

    private MockResponse answer(RecordedRequest request) {
        long received = System.nanoTime();
        String path = request.getUrl().encodedPath();
        String body = request.getBody() == null ? "" : request.getBody().utf8();
        int bytes = request.getBody() == null ? 0 : request.getBody().size();
        String method = path.startsWith("/api/")
                ? path.substring(5)
                : path.startsWith("/upload/") ? "upload" : path.startsWith("/response/") ? "response_url" : path;
        String contentType = request.getHeaders().get("Content-Type");
        Map<String, String> params = contentType != null && contentType.startsWith("application/x-www-form-urlencoded")
                ? form(body)
                : Map.of();
        if (request.getUrl().querySize() > 0) {
            params = new LinkedHashMap<>(params);
            for (String name : request.getUrl().queryParameterNames()) {
                params.put(name, request.getUrl().queryParameter(name));
            }
        }
        String ts = method.equals("chat.postMessage") ? nextTs() : null;
        SlackCall call = new SlackCall(
                method, params, body, bytes, path, request.getHeaders().get("Authorization"), ts, received, null);
        String[] error = new String[1];
        MockResponse response = respond(call, error);
        SlackCall recorded = error[0] == null ? call : call.refusedWith(error[0]);
        synchronized (calls) {
            calls.add(recorded);
            calls.notifyAll();
        }
        return response;
    }

    private MockResponse respond(SlackCall call, String[] error) {
        RateLimit limit = rateLimits.get(call.method());
        if (limit != null && limit.left.getAndDecrement() > 0) {
            error[0] = "ratelimited";
            return new MockResponse.Builder()
                    .code(429)
                    .addHeader("Retry-After", Integer.toString(limit.retryAfterSeconds))
                    .addHeader("Content-Type", "application/json; charset=utf-8")
                    .body("{\"ok\":false,\"error\":\"ratelimited\"}")
                    .build();
        }
        if (call.method().equals("response_url")) {
            return respondToResponseUrl(call, error);
        }
        error[0] = failures.get(call.method());
        if (error[0] == null) {
            error[0] = refusal(call).orElse(null);
        }
        if (error[0] != null) {
            return json("{\"ok\":false,\"error\":\"" + error[0] + "\"}");
        }
        JsonObject out = new JsonObject();
        out.addProperty("ok", true);
        switch (call.method()) {
            case "auth.test" -> {
                out.addProperty("url", "https://askbar-test.slack.com/");
                out.addProperty("team", "AskBar Test");
                out.addProperty("user", "askbar");
                out.addProperty("team_id", TEAM);
                out.addProperty("user_id", BOT_USER);
                out.addProperty("bot_id", "BASKBAR01");
            }
            case "chat.postMessage" -> {
                messages.put(
                        call.ts(),
                        new PostedMessage(
                                call.param("channel"),
                                call.ts(),
                                call.param("thread_ts"),
                                orEmpty(call.param("text")),
                                orEmpty(call.param("blocks")),
                                orEmpty(call.param("attachments")),
                                false));
                out.addProperty("channel", call.param("channel"));
                out.addProperty("ts", call.ts());
            }
            case "chat.update" -> {
                messages.computeIfPresent(
                        call.param("ts"),
                        (ts, m) -> new PostedMessage(
                                m.channel(),
                                ts,
                                m.threadTs(),
                                call.params().containsKey("text") ? call.param("text") : m.text(),
                                call.params().containsKey("blocks") ? call.param("blocks") : m.blocks(),
                                call.params().containsKey("attachments") ? call.param("attachments") : m.attachments(),
                                false));
                out.addProperty("channel", call.param("channel"));
                out.addProperty("ts", call.param("ts"));
            }
            case "chat.delete" -> {
                messages.computeIfPresent(
                        call.param("ts"),
                        (ts, m) -> new PostedMessage(
                                m.channel(), ts, m.threadTs(), m.text(), m.blocks(), m.attachments(), true));
                out.addProperty("channel", call.param("channel"));
                out.addProperty("ts", call.param("ts"));
            }
            case "apps.connections.open" -> out.addProperty("url", socketModeUrl);
            case "chat.postEphemeral" -> out.addProperty("message_ts", nextTs());
            case "users.info" -> {
                String id = call.param("user");
                JsonObject user = new JsonObject();
                user.addProperty("id", id);
                user.addProperty("team_id", TEAM);
                user.addProperty("name", id.toLowerCase());
                user.addProperty("is_admin", workspaceAdmins.contains(id));
                user.addProperty("is_owner", false);
                user.addProperty("is_primary_owner", false);
                out.add("user", user);
            }
            case "files.getUploadURLExternal" -> {
                String fileId = "F" + String.format("%08d", ids.incrementAndGet());
                out.addProperty("upload_url", server.url("/upload/" + fileId).toString());
                out.addProperty("file_id", fileId);
            }
            case "upload" -> {
                return new MockResponse.Builder()
                        .code(200)
                        .body("OK - " + call.bodyBytes())
                        .build();
            }
            case "files.completeUploadExternal" -> {
                JsonArray files = new JsonArray();
                for (JsonElement f : JsonParser.parseString(call.param("files")).getAsJsonArray()) {
                    JsonObject file = new JsonObject();
                    file.addProperty("id", f.getAsJsonObject().get("id").getAsString());
                    if (f.getAsJsonObject().has("title")) {
                        file.addProperty(
                                "title", f.getAsJsonObject().get("title").getAsString());
                    }
                    files.add(file);
                }
                out.add("files", files);
            }
            default -> {
                out.addProperty("ok", false);
                out.addProperty("error", "unknown_method");
            }
        }
        return json(out.toString());
    }

    /** What Slack would refuse: a configured rejection, a message it cannot show, an edit of a message it does not know. */
    private Optional<String> refusal(SlackCall call) {
        for (Rejection r : rejections) {
            if (r.method().equals(call.method()) && r.when().test(call)) {
                return Optional.of(r.error());
            }
        }
        switch (call.method()) {
            case "chat.postMessage", "chat.postEphemeral" -> {
                return SlackShapes.check(call.param("text"), call.param("blocks"), call.param("attachments"));
            }
            case "chat.update" -> {
                PostedMessage m = messages.get(call.param("ts") == null ? "" : call.param("ts"));
                if (m == null || m.deleted() || !m.channel().equals(call.param("channel"))) {
                    return Optional.of("message_not_found");
                }
                return SlackShapes.check(call.param("text"), call.param("blocks"), call.param("attachments"));
            }
            case "chat.delete" -> {
                PostedMessage m = messages.get(call.param("ts") == null ? "" : call.param("ts"));
                return m == null || m.deleted() ? Optional.of("message_not_found") : Optional.empty();
            }
            default -> {
                return Optional.empty();
            }
        }
    }

    /** A response_url: 5 posts in 30 minutes, each message checked like chat.postMessage; errors as HTTP status and text. */
    private MockResponse respondToResponseUrl(SlackCall call, String[] error) {
        long now = System.nanoTime();
        List<Long> uses =
                responseUrlUses.computeIfAbsent(call.path(), p -> new java.util.concurrent.CopyOnWriteArrayList<>());
        uses.add(now);
        long recent = uses.stream()
                .filter(t -> now - t < RESPONSE_URL_WINDOW.toNanos())
                .count();
        if (recent > RESPONSE_URL_USES) {
            error[0] = "used_url";
            return new MockResponse.Builder().code(404).body("used_url").build();
        }
        for (Rejection r : rejections) {
            if (r.method().equals("response_url") && r.when().test(call)) {
                error[0] = r.error();
                return new MockResponse.Builder().code(400).body(r.error()).build();
            }
        }
        JsonElement json = call.bodyJson();
        if (json == null || !json.isJsonObject()) {
            error[0] = "invalid_payload";
            return new MockResponse.Builder().code(400).body("invalid_payload").build();
        }
        JsonObject o = json.getAsJsonObject();
        Optional<String> refused = SlackShapes.check(
                o.has("text") ? o.get("text").getAsString() : null,
                o.has("blocks") ? o.get("blocks").toString() : null,
                o.has("attachments") ? o.get("attachments").toString() : null);
        if (refused.isPresent()) {
            error[0] = refused.get();
            return new MockResponse.Builder().code(400).body(refused.get()).build();
        }
        return new MockResponse.Builder().code(200).body("ok").build();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private String nextTs() {
        return "1767225600." + String.format("%06d", ids.incrementAndGet());
    }

    private static MockResponse json(String body) {
        return new MockResponse.Builder()
                .code(200)
                .addHeader("Content-Type", "application/json; charset=utf-8")
                .body(body)
                .build();
    }

    private static Map<String, String> form(String body) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            out.put(name, value);
        }
        return out;
    }

    /** As a JUnit 5 extension on an instance field ({@code @RegisterExtension final ... = start()}): closed after each test. */
    @Override
    public void afterEach(ExtensionContext context) {
        close();
    }

    @Override
    public void close() {
        server.close();
    }
}
