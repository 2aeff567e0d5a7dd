package dev.askbar.core.llm;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Chat completions over the OpenAI wire format: Groq, and any compatible server (Ollama, vLLM, OpenRouter),
 * with or without a key. Reads Groq's rate-limit headers and error texts to tell per-minute from per-day limits.
 */
final class OpenAiCompatibleClient implements ProviderClient {
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    private static final Pattern TRY_AGAIN = Pattern.compile("try again in ([0-9hms.]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern LIMIT = Pattern.compile("Limit (\\d+)");

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
    public Attempt call(ApiKey key, String model, LlmRequest request, InFlight inFlight) {
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
        authorize(http, key);
        return HttpExchange.run(
                this.http,
                http.build(),
                inFlight,
                (response, text, exchange) -> response.code() == 200
                        ? success(key, model, response, text, exchange)
                        : failure(response, text, exchange));
    }

    /** {@code GET /models}: proves the key and the address without spending completion quota. */
    @Override
    public Attempt checkKey(ApiKey key, InFlight inFlight) {
        Request.Builder http = new Request.Builder().url(baseUrl + "/models").get();
        authorize(http, key);
        return HttpExchange.run(
                this.http,
                http.build(),
                inFlight,
                (response, text, exchange) -> response.code() == 200
                        ? new Attempt.Success(
                                new LlmReply("", provider, "", key.masked(), 0, 0, exchange), RateBudget.unknown())
                        : failure(response, text, exchange));
    }

    private static void authorize(Request.Builder http, ApiKey key) {
        if (!key.secret().reveal().isEmpty()) {
            http.header("Authorization", "Bearer " + key.secret().reveal());
        }
    }

    private static JsonObject message(String role, String content) {
        JsonObject m = new JsonObject();
        m.addProperty("role", role);
        m.addProperty("content", content);
        return m;
    }

    private Attempt success(ApiKey key, String model, Response response, String text, Duration exchange) {
        RateBudget budget = new RateBudget(
                intHeader(response, "x-ratelimit-remaining-requests"),
                GoDuration.parse(response.header("x-ratelimit-reset-requests")),
                intHeader(response, "x-ratelimit-remaining-tokens"),
                GoDuration.parse(response.header("x-ratelimit-reset-tokens")));
        try {
            JsonObject json = JsonParser.parseString(text).getAsJsonObject();
            JsonArray choices = json.getAsJsonArray("choices");
            if (choices == null || choices.isEmpty()) {
                return Attempt.Failure.of(FailureKind.TRANSIENT, 200, "reply had no choices", exchange);
            }
            JsonElement content =
                    choices.get(0).getAsJsonObject().getAsJsonObject("message").get("content");
            if (content == null || content.isJsonNull() || content.getAsString().isBlank()) {
                return Attempt.Failure.of(FailureKind.TRANSIENT, 200, "reply had empty content", exchange);
            }
            int in = 0;
            int out = 0;
            JsonObject usage = json.getAsJsonObject("usage");
            if (usage != null) {
                in = usage.has("prompt_tokens") ? usage.get("prompt_tokens").getAsInt() : 0;
                out = usage.has("completion_tokens")
                        ? usage.get("completion_tokens").getAsInt()
                        : 0;
            }
            LlmReply reply = new LlmReply(content.getAsString(), provider, model, key.masked(), in, out, exchange);
            return new Attempt.Success(reply, budget);
        } catch (JsonParseException
                | IllegalStateException
                | ClassCastException
                | NullPointerException
                | UnsupportedOperationException e) {
            return Attempt.Failure.of(FailureKind.TRANSIENT, 200, "malformed reply: " + e.getMessage(), exchange);
        }
    }

    private static Attempt failure(Response response, String text, Duration exchange) {
        int status = response.code();
        JsonObject error = errorObject(text);
        String message = error != null && error.has("message")
                ? error.get("message").getAsString()
                : text.length() > 300 ? text.substring(0, 300) : text;
        String code = error != null && error.has("code") && error.get("code").isJsonPrimitive()
                ? error.get("code").getAsString()
                : "";
        String lower = message.toLowerCase(Locale.ROOT);
        Optional<Duration> retryIn = GoDuration.parse(response.header("retry-after"));
        if (retryIn.isEmpty()) {
            Matcher m = TRY_AGAIN.matcher(message);
            if (m.find()) {
                retryIn = GoDuration.parse(m.group(1));
            }
        }
        if (status == 429 && retryIn.isEmpty()) {
            // no explicit hint: the budget header for the kind of limit that was hit says when it refills
            boolean tokens = lower.contains("tokens per");
            retryIn = GoDuration.parse(
                    response.header(tokens ? "x-ratelimit-reset-tokens" : "x-ratelimit-reset-requests"));
        }
        Optional<Integer> tokenLimit = Optional.empty();
        FailureKind kind;
        if (status == 429) {
            // Groq's per-minute requests and per-day tokens have no header: only the message names the limit
            kind = lower.contains("per day") || lower.contains("(rpd)") || lower.contains("(tpd)")
                    ? FailureKind.RATE_LIMITED_DAY
                    : FailureKind.RATE_LIMITED_MINUTE;
        } else if (status == 401 || status == 403) {
            kind = FailureKind.KEY_REJECTED;
        } else if (status == 404) {
            kind = FailureKind.MODEL_UNAVAILABLE;
        } else if (status == 413) {
            kind = FailureKind.REQUEST_TOO_LARGE;
            Matcher m = LIMIT.matcher(message);
            tokenLimit = m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
        } else if (status == 400
                && (code.equals("context_length_exceeded")
                        || lower.contains("reduce the length")
                        || lower.contains("context length")
                        || lower.contains("maximum context"))) {
            kind = FailureKind.PROMPT_TOO_LONG;
        } else if (status == 400 || status == 422) {
            kind = FailureKind.BAD_REQUEST;
        } else if (status >= 500) {
            kind = FailureKind.PROVIDER_UNAVAILABLE;
        } else {
            kind = FailureKind.TRANSIENT;
        }
        return new Attempt.Failure(kind, retryIn, tokenLimit, status, "HTTP " + status + ": " + message, exchange);
    }

    private static JsonObject errorObject(String text) {
        try {
            JsonObject json = JsonParser.parseString(text).getAsJsonObject();
            return json.has("error") && json.get("error").isJsonObject() ? json.getAsJsonObject("error") : null;
        } catch (RuntimeException e) {
            // not JSON: an HTML error page from a proxy; the caller keeps the start of it for the log
            return null;
        }
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
