package dev.askbar.app.doctor;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The few HTTP calls the doctor makes to Slack and Discord, with short timeouts. */
final class PlatformHttp {
    private static final Duration TIMEOUT = Duration.ofSeconds(8);
    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    record Reply(int status, JsonElement body) {}

    Reply get(String url, String authorization) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url)).GET(), authorization);
    }

    Reply postForm(String url, String authorization) throws IOException, InterruptedException {
        return send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("")),
                authorization);
    }

    private Reply send(HttpRequest.Builder request, String authorization) throws IOException, InterruptedException {
        HttpResponse<String> r = client.send(
                request.timeout(TIMEOUT)
                        .header("Authorization", authorization)
                        .header("User-Agent", "AskBar doctor")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        JsonElement body;
        try {
            body = JsonParser.parseString(r.body().isBlank() ? "null" : r.body());
        } catch (RuntimeException notJson) {
            body = com.google.gson.JsonNull.INSTANCE;
        }
        return new Reply(r.statusCode(), body);
    }

    /** "api.slack.com" from a URL, for sentences that name where AskBar tried to go. */
    static String host(String url) {
        try {
            String host = URI.create(url).getHost();
            return host == null ? url : host;
        } catch (IllegalArgumentException e) {
            return url;
        }
    }
}
