package dev.askbar.slack.fake;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.util.Map;

/**
 * A request the fake Slack received: the Web API method (or "upload", "response_url"), its form parameters
 * and the raw body.
 *
 * @param ts            for chat.postMessage, the ts the fake gave the new message
 * @param receivedNanos {@link System#nanoTime()} when the fake received it, for latency measurements
 * @param error         the error code Slack answered with (e.g. "invalid_blocks", "ratelimited"), null when it took the call
 */
public record SlackCall(
        String method,
        Map<String, String> params,
        String body,
        int bodyBytes,
        String path,
        String authorization,
        String ts,
        long receivedNanos,
        String error) {

    SlackCall refusedWith(String code) {
        return new SlackCall(method, params, body, bodyBytes, path, authorization, ts, receivedNanos, code);
    }

    /** Slack took it. */
    public boolean accepted() {
        return error == null;
    }

    public String param(String name) {
        return params.get(name);
    }

    /** The blocks of a chat message, whether sent as a form field or as a JSON body (response_url). */
    public String blocks() {
        if (params.containsKey("blocks")) {
            return params.get("blocks");
        }
        JsonElement json = bodyJson();
        return json != null && json.isJsonObject() && json.getAsJsonObject().has("blocks")
                ? json.getAsJsonObject().get("blocks").toString()
                : "";
    }

    /** The message text from a form field or a JSON body. */
    public String text() {
        if (params.containsKey("text")) {
            return params.get("text");
        }
        JsonElement json = bodyJson();
        return json != null && json.isJsonObject() && json.getAsJsonObject().has("text")
                ? json.getAsJsonObject().get("text").getAsString()
                : "";
    }

    public JsonElement bodyJson() {
        try {
            return JsonParser.parseString(body);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The attachments of a chat message, from a form field or a JSON body. */
    public String attachments() {
        if (params.containsKey("attachments")) {
            return params.get("attachments");
        }
        JsonElement json = bodyJson();
        return json != null && json.isJsonObject() && json.getAsJsonObject().has("attachments")
                ? json.getAsJsonObject().get("attachments").toString()
                : "";
    }

    /** Text, blocks and attachments together, for "does the message mention X" assertions. */
    public String content() {
        return text() + "\n" + blocks() + "\n" + attachments();
    }
}
