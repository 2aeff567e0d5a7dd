package dev.askbar.slack.fake;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * A local Slack: the Web API methods AskBar calls (answered in Slack's shapes), the upload URL of the files
 * upload v2 flow, and response_url endpoints. Every request is recorded; tests wait for the calls they expect.
 */
public final class FakeSlack implements AutoCloseable {
    public static final String BOT_USER = "UASKBAR01";
    public static final String TEAM = "T0TEST001";

    private final MockWebServer server = new MockWebServer();
    private final List<SlackCall> calls = new ArrayList<>();
    private final Set<String> workspaceAdmins = ConcurrentHashMap.newKeySet();
    private final Map<String, String> failures = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();
    private volatile String socketModeUrl = "wss://wss-primary.slack.com/link/?ticket=none";

    private FakeSlack() {
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
                List<SlackCall> found = calls.stream().filter(c -> c.method().equals(method) && match.test(c)).toList();
                if (found.size() >= count) {
                    return found;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("waited " + timeout.toMillis() + " ms for " + count + " matching " + method
                            + " call(s); saw " + calls.stream().map(SlackCall::method).toList());
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
        String method = path.startsWith("/api/") ? path.substring(5)
                : path.startsWith("/upload/") ? "upload"
                : path.startsWith("/response/") ? "response_url" : path;
        String contentType = request.getHeaders().get("Content-Type");
        Map<String, String> params = contentType != null && contentType.startsWith("application/x-www-form-urlencoded")
                ? form(body) : Map.of();
        if (request.getUrl().querySize() > 0) {
            params = new LinkedHashMap<>(params);
            for (String name : request.getUrl().queryParameterNames()) {
                params.put(name, request.getUrl().queryParameter(name));
            }
        }
        String ts = method.equals("chat.postMessage") ? nextTs() : null;
        SlackCall call = new SlackCall(method, params, body, bytes, path, request.getHeaders().get("Authorization"), ts, received);
        MockResponse response = respond(call);
        synchronized (calls) {
            calls.add(call);
            calls.notifyAll();
        }
        return response;
    }

    private MockResponse respond(SlackCall call) {
        String error = failures.get(call.method());
        if (error != null) {
            return json("{\"ok\":false,\"error\":\"" + error + "\"}");
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
                out.addProperty("channel", call.param("channel"));
                out.addProperty("ts", call.ts());
            }
            case "chat.update" -> {
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
                return new MockResponse.Builder().code(200).body("OK - " + call.bodyBytes()).build();
            }
            case "files.completeUploadExternal" -> {
                JsonArray files = new JsonArray();
                for (JsonElement f : JsonParser.parseString(call.param("files")).getAsJsonArray()) {
                    JsonObject file = new JsonObject();
                    file.addProperty("id", f.getAsJsonObject().get("id").getAsString());
                    if (f.getAsJsonObject().has("title")) {
                        file.addProperty("title", f.getAsJsonObject().get("title").getAsString());
                    }
                    files.add(file);
                }
                out.add("files", files);
            }
            case "response_url" -> {
                return new MockResponse.Builder().code(200).body("ok").build();
            }
            default -> {
                out.addProperty("ok", false);
                out.addProperty("error", "unknown_method");
            }
        }
        return json(out.toString());
    }

    private String nextTs() {
        return "1767225600." + String.format("%06d", ids.incrementAndGet());
    }

    private static MockResponse json(String body) {
        return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json; charset=utf-8").body(body).build();
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

    @Override
    public void close() {
        server.close();
    }
}
