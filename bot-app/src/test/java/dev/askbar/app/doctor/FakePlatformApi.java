package dev.askbar.app.doctor;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A tiny local stand-in for the two calls the doctor makes to each platform: Slack's {@code auth.test}
 * and Discord's {@code GET /users/@me} and {@code /users/@me/guilds}. Answers by method and path.
 */
public final class FakePlatformApi implements AutoCloseable {
    private record Reply(int status, String body) {}

    private final HttpServer server;
    private final Map<String, Reply> replies = new ConcurrentHashMap<>();
    /** "METHOD path Authorization" of every call, to check which token went where. */
    public final List<String> calls = new CopyOnWriteArrayList<>();

    private FakePlatformApi(HttpServer server) {
        this.server = server;
    }

    public static FakePlatformApi start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            FakePlatformApi fake = new FakePlatformApi(server);
            server.createContext("/", exchange -> {
                String key = exchange.getRequestMethod() + " "
                        + exchange.getRequestURI().getPath();
                fake.calls.add(key + " " + exchange.getRequestHeaders().getFirst("Authorization"));
                Reply reply = fake.replies.getOrDefault(key, new Reply(404, "{\"message\":\"404: Not Found\"}"));
                byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
                exchange.sendResponseHeaders(reply.status(), body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            server.start();
            return fake;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public FakePlatformApi on(String methodAndPath, int status, String json) {
        replies.put(methodAndPath, new Reply(status, json));
        return this;
    }

    /** The base for ASKBAR_SLACK_API_URL: calls land on /api/&lt;method&gt;. */
    public String slackApiUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/";
    }

    /** The base for ASKBAR_DISCORD_REST_URL. */
    public String discordRestUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/v10";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
