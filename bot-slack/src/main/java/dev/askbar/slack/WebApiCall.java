package dev.askbar.slack;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.slack.api.Slack;
import com.slack.api.util.json.GsonFactory;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * One Slack Web API request as Slack documents it: a form POST with the bot token as a bearer header, answered with
 * {@code {"ok": …}} JSON. The adapter's hot calls (messages, uploads) go through here rather than through the Slack
 * SDK's {@code MethodsClient}, which builds a new Gson, and with it new reflective adapters for the whole response
 * model, for every call: about half of an answer's CPU time on Slack's side. Blocks are still written by the SDK's
 * own serializer, built once, so the JSON Slack receives is the same.
 */
final class WebApiCall {
    /** The SDK's block and attachment serializer; Gson is thread-safe and caches its adapters. */
    static final Gson BLOCKS = GsonFactory.createSnakeCase();

    /** What Slack answered: the HTTP status, Retry-After when rate limited, and the JSON body when there was one. */
    record Reply(int status, Optional<String> retryAfter, Optional<JsonObject> body) {
        boolean ok() {
            return status == 200
                    && body.map(b -> b.has("ok") && b.get("ok").getAsBoolean()).orElse(false);
        }

        /** Slack's error code, or "http_503" when it did not answer in JSON. */
        String error() {
            return body.filter(b -> b.has("error") && b.get("error").isJsonPrimitive())
                    .map(b -> b.get("error").getAsString())
                    .orElse("http_" + status);
        }

        Optional<String> string(String field) {
            return body.filter(b -> b.has(field) && b.get(field).isJsonPrimitive())
                    .map(b -> b.get(field).getAsString());
        }
    }

    private final OkHttpClient http;
    private final String apiUrl;
    private final String token;

    /** Over the SDK's HTTP client and API address, so both share connections, timeouts and the configured URL. */
    WebApiCall(Slack slack, String token) {
        this(slack.getHttpClient().getOkHttpClient(), slack.getConfig().getMethodsEndpointUrlPrefix(), token);
    }

    WebApiCall(OkHttpClient http, String apiUrl, String token) {
        this.http = http;
        this.apiUrl = apiUrl.endsWith("/") ? apiUrl : apiUrl + "/";
        this.token = token;
    }

    /** Posts {@code form} to {@code method}; null values are left out, as Slack reads a missing field as unset. */
    Reply post(String method, Map<String, String> form) throws IOException {
        FormBody.Builder body = new FormBody.Builder();
        form.forEach((name, value) -> {
            if (value != null) {
                body.add(name, value);
            }
        });
        return send(new Request.Builder()
                .url(apiUrl + method)
                .header("Authorization", "Bearer " + token)
                .post(body.build())
                .build());
    }

    /** The bytes of a file to the URL files.getUploadURLExternal gave (no token: the URL is the permission). */
    Reply upload(String uploadUrl, byte[] content) throws IOException {
        HttpUrl url = HttpUrl.parse(uploadUrl);
        if (url == null) {
            throw new IOException("Slack gave an upload URL that is not one");
        }
        return send(
                new Request.Builder().url(url).post(RequestBody.create(content)).build());
    }

    private Reply send(Request request) throws IOException {
        try (Response response = http.newCall(request).execute()) {
            ResponseBody body = response.body();
            String text = body == null ? "" : body.string();
            return new Reply(response.code(), Optional.ofNullable(response.header("Retry-After")), json(text));
        }
    }

    private static Optional<JsonObject> json(String text) {
        try {
            JsonElement parsed = JsonParser.parseString(text);
            return parsed.isJsonObject() ? Optional.of(parsed.getAsJsonObject()) : Optional.empty();
        } catch (RuntimeException notJson) {
            return Optional.empty();
        }
    }
}
