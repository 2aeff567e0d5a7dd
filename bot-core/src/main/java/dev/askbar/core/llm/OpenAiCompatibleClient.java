package dev.askbar.core.llm;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chat completions over the OpenAI wire format: Groq, and any compatible server (Ollama, vLLM, OpenRouter).
 * Reads Groq's rate-limit headers and error texts to tell per-minute from per-day limits.
 */
final class OpenAiCompatibleClient implements ProviderClient {
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    private static final Pattern TRY_AGAIN = Pattern.compile("try again in ([0-9hms.]+)", Pattern.CASE_INSENSITIVE);

    private final String provider;
    private final String baseUrl;
    private final OkHttpClient http;

    OpenAiCompatibleClient(String provider, String baseUrl, OkHttpClient http) {
        this.provider = provider;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.http = http;
    }

    @Override
    public String provider() {
        return provider;
    }

    @Override
    public Attempt call(ApiKey key, String model, LlmRequest request) {
        JsonObject body = new JsonObject();
        body.addProperty("model", model);
        JsonArray messages = new JsonArray();
        messages.add(message("system", request.system()));
        messages.add(message("user", request.user()));
        body.add("messages", messages);
        body.addProperty("temperature", request.task() == LlmTask.SQL ? 0.0 : 0.3);
        body.addProperty("max_tokens", request.maxOutputTokens());
        Request.Builder http = new Request.Builder()
                .url(baseUrl + "/chat/completions")
                .post(RequestBody.create(body.toString(), JSON));
        if (!key.secret().reveal().isEmpty()) {
            http.header("Authorization", "Bearer " + key.secret().reveal());
        }
        long started = System.nanoTime();
        try (Response response = this.http.newCall(http.build()).execute()) {
            String text = response.body().string();
            Duration latency = Duration.ofNanos(System.nanoTime() - started);
            if (response.code() == 200) {
                return success(key, model, response, text, latency);
            }
            return failure(response, text);
        } catch (IOException e) {
            return new Attempt.Failure(FailureKind.TRANSIENT, Optional.empty(), 0,
                    e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private static JsonObject message(String role, String content) {
        JsonObject m = new JsonObject();
        m.addProperty("role", role);
        m.addProperty("content", content);
        return m;
    }

    private Attempt success(ApiKey key, String model, Response response, String text, Duration latency) {
        RateBudget budget = new RateBudget(
                intHeader(response, "x-ratelimit-remaining-requests"),
                GoDuration.parse(response.header("x-ratelimit-reset-requests")),
                intHeader(response, "x-ratelimit-remaining-tokens"),
                GoDuration.parse(response.header("x-ratelimit-reset-tokens")));
        try {
            JsonObject json = JsonParser.parseString(text).getAsJsonObject();
            JsonArray choices = json.getAsJsonArray("choices");
            if (choices == null || choices.isEmpty()) {
                return new Attempt.Failure(FailureKind.TRANSIENT, Optional.empty(), 200, "reply had no choices");
            }
            JsonElement content = choices.get(0).getAsJsonObject().getAsJsonObject("message").get("content");
            if (content == null || content.isJsonNull() || content.getAsString().isBlank()) {
                return new Attempt.Failure(FailureKind.TRANSIENT, Optional.empty(), 200, "reply had empty content");
            }
            int in = 0;
            int out = 0;
            JsonObject usage = json.getAsJsonObject("usage");
            if (usage != null) {
                in = usage.has("prompt_tokens") ? usage.get("prompt_tokens").getAsInt() : 0;
                out = usage.has("completion_tokens") ? usage.get("completion_tokens").getAsInt() : 0;
            }
            LlmReply reply = new LlmReply(content.getAsString(), provider, model, key.masked(), in, out, latency);
            return new Attempt.Success(reply, budget);
        } catch (JsonParseException | IllegalStateException | ClassCastException | NullPointerException e) {
            return new Attempt.Failure(FailureKind.TRANSIENT, Optional.empty(), 200, "malformed reply: " + e.getMessage());
        }
    }

    private static Attempt failure(Response response, String text) {
        int status = response.code();
        String message = errorMessage(text);
        Optional<Duration> retryIn = GoDuration.parse(response.header("retry-after"));
        if (retryIn.isEmpty()) {
            Matcher m = TRY_AGAIN.matcher(message);
            if (m.find()) {
                retryIn = GoDuration.parse(m.group(1));
            }
        }
        String lower = message.toLowerCase(Locale.ROOT);
        FailureKind kind;
        if (status == 429) {
            kind = lower.contains("per day") || lower.contains("(rpd)") || lower.contains("(tpd)")
                    ? FailureKind.RATE_LIMITED_DAY : FailureKind.RATE_LIMITED_MINUTE;
        } else if (status == 401 || status == 403) {
            kind = FailureKind.KEY_REJECTED;
        } else if (status == 404) {
            kind = FailureKind.MODEL_UNAVAILABLE;
        } else if (status == 413) {
            kind = FailureKind.REQUEST_TOO_LARGE;
        } else if (status == 400 || status == 422) {
            kind = FailureKind.BAD_REQUEST;
        } else if (status >= 500) {
            kind = FailureKind.PROVIDER_UNAVAILABLE;
        } else {
            kind = FailureKind.TRANSIENT;
        }
        return new Attempt.Failure(kind, retryIn, status, "HTTP " + status + ": " + message);
    }

    private static String errorMessage(String text) {
        try {
            JsonObject json = JsonParser.parseString(text).getAsJsonObject();
            JsonObject error = json.getAsJsonObject("error");
            if (error != null && error.has("message")) {
                return error.get("message").getAsString();
            }
        } catch (RuntimeException e) {
            // not JSON: an HTML error page from a proxy; keep the start of it for the log
        }
        return text.length() > 300 ? text.substring(0, 300) : text;
    }

    private static Optional<Integer> intHeader(Response response, String name) {
        String v = response.header(name);
        if (v == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Integer.parseInt(v.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
