package dev.askbar.slack.fake;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * What Slack itself sends to an app in HTTP mode: slash commands, event callbacks and interaction payloads,
 * signed the way Slack signs them (v0 = HMAC-SHA256 of "v0:timestamp:body" with the signing secret). Bodies never
 * end with a newline: the servlet adapter re-joins lines and the signature would no longer match.
 */
public final class SignedSlackRequests {
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String signingSecret;
    private final URI endpoint;

    private static final java.util.concurrent.atomic.AtomicLong TRIGGERS = new java.util.concurrent.atomic.AtomicLong();

    public static String nextTriggerId() {
        return "1234." + TRIGGERS.incrementAndGet() + "." + Long.toHexString(System.nanoTime());
    }

    public SignedSlackRequests(String signingSecret, URI endpoint) {
        this.signingSecret = signingSecret;
        this.endpoint = endpoint;
    }

    public HttpResponse<String> slashCommand(
            String command, String text, String user, String channel, String responseUrl) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("token", "verification-token-unused");
        form.put("team_id", FakeSlack.TEAM);
        form.put("team_domain", "askbar-test");
        form.put("channel_id", channel);
        form.put("channel_name", "data");
        form.put("user_id", user);
        form.put("user_name", user.toLowerCase());
        form.put("command", command);
        form.put("text", text);
        form.put("api_app_id", "A0ASKBAR1");
        form.put("response_url", responseUrl);
        // unique per invocation, as Slack's are: AskBar claims it so a duplicated request is answered once
        form.put("trigger_id", nextTriggerId());
        return send(formBody(form), "application/x-www-form-urlencoded", Map.of());
    }

    /** An app_mention event callback; {@code threadTs} null for a mention at the top of a channel. */
    public static String mentionEvent(
            String eventId, String user, String channel, String text, String ts, String threadTs) {
        JsonObject event = new JsonObject();
        event.addProperty("type", "app_mention");
        event.addProperty("user", user);
        event.addProperty("text", text);
        event.addProperty("ts", ts);
        event.addProperty("channel", channel);
        event.addProperty("event_ts", ts);
        if (threadTs != null) {
            event.addProperty("thread_ts", threadTs);
        }
        JsonObject callback = new JsonObject();
        callback.addProperty("token", "verification-token-unused");
        callback.addProperty("team_id", FakeSlack.TEAM);
        callback.addProperty("api_app_id", "A0ASKBAR1");
        callback.add("event", event);
        callback.addProperty("type", "event_callback");
        callback.addProperty("event_id", eventId);
        callback.addProperty("event_time", Instant.now().getEpochSecond());
        return callback.toString();
    }

    public HttpResponse<String> event(String json, Map<String, String> headers) {
        return send(json, "application/json", headers);
    }

    /** A click on a button under a message: a block_actions payload in a form field, as Slack posts it. */
    public HttpResponse<String> buttonClick(
            String actionId,
            String value,
            String user,
            String channel,
            String messageTs,
            String threadTs,
            String responseUrl) {
        JsonObject action = new JsonObject();
        action.addProperty("type", "button");
        action.addProperty("action_id", actionId);
        action.addProperty("block_id", "b1");
        action.addProperty("value", value);
        action.addProperty("action_ts", Instant.now().getEpochSecond() + ".000100");
        com.google.gson.JsonArray actions = new com.google.gson.JsonArray();
        actions.add(action);
        JsonObject u = new JsonObject();
        u.addProperty("id", user);
        u.addProperty("username", user.toLowerCase());
        u.addProperty("team_id", FakeSlack.TEAM);
        JsonObject container = new JsonObject();
        container.addProperty("type", "message");
        container.addProperty("message_ts", messageTs);
        container.addProperty("channel_id", channel);
        container.addProperty("is_ephemeral", false);
        if (threadTs != null) {
            container.addProperty("thread_ts", threadTs);
        }
        JsonObject ch = new JsonObject();
        ch.addProperty("id", channel);
        ch.addProperty("name", "data");
        JsonObject team = new JsonObject();
        team.addProperty("id", FakeSlack.TEAM);
        team.addProperty("domain", "askbar-test");
        JsonObject message = new JsonObject();
        message.addProperty("type", "message");
        message.addProperty("ts", messageTs);
        message.addProperty("text", "an answer");
        JsonObject payload = new JsonObject();
        payload.addProperty("type", "block_actions");
        payload.add("user", u);
        payload.addProperty("api_app_id", "A0ASKBAR1");
        payload.addProperty("token", "verification-token-unused");
        payload.add("container", container);
        payload.addProperty("trigger_id", nextTriggerId());
        payload.add("team", team);
        payload.add("channel", ch);
        payload.add("message", message);
        payload.addProperty("response_url", responseUrl);
        payload.add("actions", actions);
        return send(formBody(Map.of("payload", payload.toString())), "application/x-www-form-urlencoded", Map.of());
    }

    /** Signed now, with the right secret. */
    public HttpResponse<String> send(String body, String contentType, Map<String, String> headers) {
        long timestamp = Instant.now().getEpochSecond();
        return sendSigned(body, contentType, timestamp, signature(signingSecret, timestamp, body), headers);
    }

    /** Exactly these signature headers (null leaves one out), for forged and stale requests. */
    public HttpResponse<String> sendSigned(
            String body, String contentType, Long timestamp, String signature, Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(endpoint)
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (timestamp != null) {
            b.header("X-Slack-Request-Timestamp", Long.toString(timestamp));
        }
        if (signature != null) {
            b.header("X-Slack-Signature", signature);
        }
        headers.forEach(b::header);
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static String signature(String secret, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal(("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8));
            return "v0=" + HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String formBody(Map<String, String> form) {
        StringJoiner out = new StringJoiner("&");
        form.forEach((k, v) -> out.add(
                URLEncoder.encode(k, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return out.toString();
    }
}
