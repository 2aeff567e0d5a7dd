package dev.askbar.core.llm;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Google's Gemini API ({@code POST {base}/models/{model}:generateContent}). The key travels in the
 * {@code x-goog-api-key} header, never in the URL, where proxies and access logs would keep it.
 */
final class GeminiClient implements ProviderClient {
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    /** Gemini's per-day quotas reset at midnight Pacific time, whatever RetryInfo says. */
    static final ZoneId QUOTA_DAY_ZONE = ZoneId.of("America/Los_Angeles");
    /** A 429 without any detail is usually a burst limit or shared overload: back off briefly. */
    static final Duration UNEXPLAINED_429_COOLDOWN = Duration.ofSeconds(30);

    private final String provider;
    private final String baseUrl;
    private final OkHttpClient http;
    private final Clock clock;

    GeminiClient(String provider, String baseUrl, OkHttpClient http, Clock clock) {
        this.provider = provider;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.http = http;
        this.clock = clock;
    }

    @Override
    public String provider() {
        return provider;
    }

    @Override
    public Attempt call(ApiKey key, String model, LlmRequest request, InFlight inFlight) {
        Request httpRequest = new Request.Builder()
                .url(baseUrl + "/models/" + model + ":generateContent")
                .header("x-goog-api-key", key.secret().reveal())
                .post(RequestBody.create(body(request).toString(), JSON))
                .build();
        return HttpExchange.run(
                http,
                httpRequest,
                inFlight,
                (response, text, exchange) -> response.code() == 200
                        ? success(key, model, text, exchange)
                        : failure(response, text, exchange));
    }

    /** {@code GET /models}: proves the key and the address without spending generation quota. */
    @Override
    public Attempt checkKey(ApiKey key, InFlight inFlight) {
        Request httpRequest = new Request.Builder()
                .url(baseUrl + "/models")
                .header("x-goog-api-key", key.secret().reveal())
                .get()
                .build();
        return HttpExchange.run(
                http,
                httpRequest,
                inFlight,
                (response, text, exchange) -> response.code() == 200
                        ? new Attempt.Success(
                                new LlmReply("", provider, "", key.masked(), 0, 0, exchange), RateBudget.unknown())
                        : failure(response, text, exchange));
    }

    static JsonObject body(LlmRequest request) {
        JsonObject body = new JsonObject();
        body.add("systemInstruction", parts(request.system()));
        JsonObject user = parts(request.user());
        user.addProperty("role", "user");
        JsonArray contents = new JsonArray();
        contents.add(user);
        body.add("contents", contents);
        JsonObject generation = new JsonObject();
        generation.addProperty("maxOutputTokens", request.maxOutputTokens());
        generation.addProperty("temperature", request.task() == LlmTask.SQL ? 0.0 : 0.3);
        // 2.5 models think by default and thinking tokens count against maxOutputTokens: a SQL answer could
        // come back empty. Summaries are short prose and do not need it either.
        JsonObject thinking = new JsonObject();
        thinking.addProperty("thinkingBudget", 0);
        generation.add("thinkingConfig", thinking);
        body.add("generationConfig", generation);
        return body;
    }

    private static JsonObject parts(String text) {
        JsonObject part = new JsonObject();
        part.addProperty("text", text);
        JsonArray parts = new JsonArray();
        parts.add(part);
        JsonObject content = new JsonObject();
        content.add("parts", parts);
        return content;
    }

    private Attempt success(ApiKey key, String model, String text, Duration exchange) {
        try {
            JsonObject json = JsonParser.parseString(text).getAsJsonObject();
            JsonArray candidates = json.has("candidates") ? json.getAsJsonArray("candidates") : null;
            if (candidates == null || candidates.isEmpty()) {
                String block = json.has("promptFeedback") ? " (" + json.get("promptFeedback") + ")" : "";
                return Attempt.Failure.of(FailureKind.TRANSIENT, 200, "reply had no candidates" + block, exchange);
            }
            JsonObject candidate = candidates.get(0).getAsJsonObject();
            String finish = candidate.has("finishReason")
                    ? candidate.get("finishReason").getAsString()
                    : "";
            StringBuilder out = new StringBuilder();
            JsonObject content = candidate.getAsJsonObject("content");
            if (content != null && content.has("parts")) {
                for (JsonElement p : content.getAsJsonArray("parts")) {
                    JsonObject part = p.getAsJsonObject();
                    boolean thought = part.has("thought") && part.get("thought").getAsBoolean();
                    if (!thought && part.has("text")) {
                        out.append(part.get("text").getAsString());
                    }
                }
            }
            if (out.toString().isBlank()) {
                return Attempt.Failure.of(
                        FailureKind.TRANSIENT, 200, "reply had no text (finishReason " + finish + ")", exchange);
            }
            int in = 0;
            int outTokens = 0;
            JsonObject usage = json.getAsJsonObject("usageMetadata");
            if (usage != null) {
                in = usage.has("promptTokenCount")
                        ? usage.get("promptTokenCount").getAsInt()
                        : 0;
                outTokens = usage.has("candidatesTokenCount")
                        ? usage.get("candidatesTokenCount").getAsInt()
                        : 0;
            }
            return new Attempt.Success(
                    new LlmReply(out.toString(), provider, model, key.masked(), in, outTokens, exchange),
                    RateBudget.unknown());
        } catch (RuntimeException e) {
            return Attempt.Failure.of(FailureKind.TRANSIENT, 200, "malformed reply: " + e.getMessage(), exchange);
        }
    }

    private Attempt failure(Response response, String text, Duration exchange) {
        int status = response.code();
        JsonObject error = errorObject(text);
        String message = error != null && error.has("message")
                ? error.get("message").getAsString()
                : text.length() > 300 ? text.substring(0, 300) : text;
        String lower = message.toLowerCase(Locale.ROOT);
        String detail = "HTTP " + status + ": " + message;
        Optional<Duration> retryDelay = Optional.empty();
        boolean perDay = false;
        boolean perMinute = false;
        String reason = "";
        if (error != null && error.has("details") && error.get("details").isJsonArray()) {
            for (JsonElement d : error.getAsJsonArray("details")) {
                JsonObject item = d.getAsJsonObject();
                String type = item.has("@type") ? item.get("@type").getAsString() : "";
                if (type.endsWith("google.rpc.RetryInfo") && item.has("retryDelay")) {
                    retryDelay = GoDuration.parse(item.get("retryDelay").getAsString());
                } else if (type.endsWith("google.rpc.QuotaFailure") && item.has("violations")) {
                    for (JsonElement v : item.getAsJsonArray("violations")) {
                        String quotaId = v.getAsJsonObject().has("quotaId")
                                ? v.getAsJsonObject().get("quotaId").getAsString()
                                : "";
                        perDay |= quotaId.contains("PerDay");
                        perMinute |= quotaId.contains("PerMinute");
                    }
                } else if (type.endsWith("google.rpc.ErrorInfo") && item.has("reason")) {
                    reason = item.get("reason").getAsString();
                }
            }
        }
        if (status == 429) {
            if (perDay) {
                // RetryInfo says "26s" even for a daily quota; trusting it would burn a call every half minute
                return new Attempt.Failure(
                        FailureKind.RATE_LIMITED_DAY,
                        Optional.of(untilQuotaDayEnds()),
                        Optional.empty(),
                        status,
                        detail,
                        exchange);
            }
            Duration wait = retryDelay.orElse(perMinute ? Duration.ofMinutes(1) : UNEXPLAINED_429_COOLDOWN);
            return new Attempt.Failure(
                    FailureKind.RATE_LIMITED_MINUTE, Optional.of(wait), Optional.empty(), status, detail, exchange);
        }
        FailureKind kind;
        if (status == 401 || status == 403 || reason.equals("API_KEY_INVALID") || lower.contains("api key not valid")) {
            kind = FailureKind.KEY_REJECTED;
        } else if (status == 404) {
            kind = FailureKind.MODEL_UNAVAILABLE;
        } else if (status == 413) {
            kind = FailureKind.REQUEST_TOO_LARGE;
        } else if (status == 400
                && lower.contains("token")
                && (lower.contains("exceeds") || lower.contains("too long"))) {
            kind = FailureKind.PROMPT_TOO_LONG;
        } else if (status == 400) {
            kind = FailureKind.BAD_REQUEST;
        } else if (status >= 500) {
            kind = FailureKind.PROVIDER_UNAVAILABLE;
        } else {
            kind = FailureKind.TRANSIENT;
        }
        return new Attempt.Failure(
                kind, GoDuration.parse(response.header("retry-after")), Optional.empty(), status, detail, exchange);
    }

    private Duration untilQuotaDayEnds() {
        Instant now = clock.instant();
        LocalDate today = now.atZone(QUOTA_DAY_ZONE).toLocalDate();
        return Duration.between(
                now, today.plusDays(1).atStartOfDay(QUOTA_DAY_ZONE).toInstant());
    }

    private static JsonObject errorObject(String text) {
        try {
            JsonObject json = JsonParser.parseString(text).getAsJsonObject();
            return json.has("error") && json.get("error").isJsonObject() ? json.getAsJsonObject("error") : null;
        } catch (RuntimeException e) {
            return null;
        }
    }
}
