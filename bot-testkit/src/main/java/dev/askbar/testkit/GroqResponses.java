package dev.askbar.testkit;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.UUID;
import mockwebserver3.MockResponse;

/**
 * Groq's wire format, as its API returns it: OpenAI-style bodies plus the {@code x-ratelimit-*} headers
 * (requests = the per-day request budget, tokens = the per-minute token budget; resets as Go durations).
 */
public final class GroqResponses {
    private GroqResponses() {}

    public static MockResponse completion(String model, String content) {
        return completionWithBudget(model, content, 1000, 999, "1m26.4s", 12000, 11200, "4s");
    }

    public static MockResponse completionWithBudget(
            String model,
            String content,
            int limitRequests,
            int remainingRequests,
            String resetRequests,
            int limitTokens,
            int remainingTokens,
            String resetTokens) {
        return new MockResponse.Builder()
                .code(200)
                .addHeader("content-type", "application/json")
                .addHeader(
                        "x-request-id",
                        "req_" + UUID.randomUUID().toString().replace("-", "").substring(0, 26))
                .addHeader("x-ratelimit-limit-requests", limitRequests)
                .addHeader("x-ratelimit-limit-tokens", limitTokens)
                .addHeader("x-ratelimit-remaining-requests", remainingRequests)
                .addHeader("x-ratelimit-remaining-tokens", remainingTokens)
                .addHeader("x-ratelimit-reset-requests", resetRequests)
                .addHeader("x-ratelimit-reset-tokens", resetTokens)
                .body(completionBody(model, content))
                .build();
    }

    public static String completionBody(String model, String content) {
        JsonObject message = new JsonObject();
        message.addProperty("role", "assistant");
        message.addProperty("content", content);
        JsonObject choice = new JsonObject();
        choice.addProperty("index", 0);
        choice.add("message", message);
        choice.add("logprobs", null);
        choice.addProperty("finish_reason", "stop");
        JsonArray choices = new JsonArray();
        choices.add(choice);
        JsonObject usage = new JsonObject();
        int completionTokens = Math.max(1, content.length() / 4);
        usage.addProperty("queue_time", 0.017);
        usage.addProperty("prompt_tokens", 812);
        usage.addProperty("prompt_time", 0.041);
        usage.addProperty("completion_tokens", completionTokens);
        usage.addProperty("completion_time", 0.09);
        usage.addProperty("total_tokens", 812 + completionTokens);
        usage.addProperty("total_time", 0.131);
        JsonObject xGroq = new JsonObject();
        xGroq.addProperty(
                "id", "req_01jx" + UUID.randomUUID().toString().replace("-", "").substring(0, 22));
        JsonObject body = new JsonObject();
        body.addProperty("id", "chatcmpl-" + UUID.randomUUID());
        body.addProperty("object", "chat.completion");
        body.addProperty("created", System.currentTimeMillis() / 1000);
        body.addProperty("model", model);
        body.add("choices", choices);
        body.add("usage", usage);
        body.add("usage_breakdown", null);
        body.addProperty("system_fingerprint", "fp_3f3b593e33");
        body.add("x_groq", xGroq);
        body.addProperty("service_tier", "on_demand");
        return body.toString();
    }

    /** An error body in Groq's shape: {"error":{"message","type","code"}}. */
    public static MockResponse error(int status, String type, String code, String message) {
        JsonObject error = new JsonObject();
        error.addProperty("message", message);
        error.addProperty("type", type);
        if (code != null) {
            error.addProperty("code", code);
        }
        JsonObject body = new JsonObject();
        body.add("error", error);
        return new MockResponse.Builder()
                .code(status)
                .addHeader("content-type", "application/json")
                .body(body.toString())
                .build();
    }

    /**
     * A 429 as Groq sends it for a per-minute or per-day limit. {@code limitName} is e.g.
     * "tokens per minute (TPM)", "requests per day (RPD)", "tokens per day (TPD)".
     */
    public static MockResponse rateLimited(
            String model, String limitName, int limit, String tryAgainIn, Integer retryAfterSeconds) {
        String type = limitName.startsWith("tokens") ? "tokens" : "requests";
        String message = "Rate limit reached for model `" + model + "` in organization `org_01hq0example7k2`"
                + " service tier `on_demand` on " + limitName + ": Limit " + limit + ", Used " + limit
                + ", Requested 812. Please try again in " + tryAgainIn
                + ". Need more tokens? Upgrade to Dev Tier today at https://console.groq.com/settings/billing";
        JsonObject error = new JsonObject();
        error.addProperty("message", message);
        error.addProperty("type", type);
        error.addProperty("code", "rate_limit_exceeded");
        JsonObject body = new JsonObject();
        body.add("error", error);
        MockResponse.Builder b = new MockResponse.Builder()
                .code(429)
                .addHeader("content-type", "application/json")
                .addHeader("x-ratelimit-limit-requests", 1000)
                .addHeader("x-ratelimit-limit-tokens", 12000)
                .addHeader("x-ratelimit-remaining-requests", 0)
                .addHeader("x-ratelimit-remaining-tokens", 0)
                .addHeader("x-ratelimit-reset-requests", tryAgainIn)
                .addHeader("x-ratelimit-reset-tokens", tryAgainIn);
        if (retryAfterSeconds != null) {
            b.addHeader("retry-after", retryAfterSeconds);
        }
        return b.body(body.toString()).build();
    }

    public static MockResponse invalidKey() {
        return error(401, "invalid_request_error", "invalid_api_key", "Invalid API Key");
    }

    /** Groq's answer when the request alone exceeds the model's per-minute token limit. */
    public static MockResponse requestTooLarge(String model, int limit, int requested) {
        return error(
                413,
                "tokens",
                "rate_limit_exceeded",
                "Request too large for model `" + model
                        + "` in organization `org_01hq0example7k2` service tier `on_demand` on tokens per minute (TPM): Limit "
                        + limit + ", Requested " + requested
                        + ", please reduce your message size and try again. Need more tokens?"
                        + " Upgrade to Dev Tier today at https://console.groq.com/settings/billing");
    }

    /** A prompt longer than the model's context window. */
    public static MockResponse contextLengthExceeded() {
        JsonObject error = new JsonObject();
        error.addProperty("message", "Please reduce the length of the messages or completion.");
        error.addProperty("type", "invalid_request_error");
        error.addProperty("param", "messages");
        error.addProperty("code", "context_length_exceeded");
        JsonObject body = new JsonObject();
        body.add("error", error);
        return new MockResponse.Builder()
                .code(400)
                .addHeader("content-type", "application/json")
                .body(body.toString())
                .build();
    }

    public static MockResponse organizationRestricted() {
        return error(
                403,
                "invalid_request_error",
                "organization_restricted",
                "Organization has been restricted. Please reach out to support if you believe this was in error.");
    }

    public static MockResponse modelNotFound(String model) {
        return error(
                404,
                "invalid_request_error",
                "model_not_found",
                "The model `" + model + "` does not exist or you do not have access to it.");
    }

    public static MockResponse internalError() {
        return error(500, "internal_server_error", null, "Internal Server Error");
    }

    /** What Groq's edge returns when capacity runs short: an error body and sometimes a retry-after. */
    public static MockResponse overloaded(Integer retryAfterSeconds) {
        MockResponse.Builder b = new MockResponse.Builder()
                .code(503)
                .addHeader("content-type", "application/json")
                .body("{\"error\":{\"message\":\"Service Unavailable\",\"type\":\"internal_server_error\"}}");
        if (retryAfterSeconds != null) {
            b.addHeader("retry-after", retryAfterSeconds);
        }
        return b.build();
    }

    /** A 200 whose body stops half-way, as when a connection drops mid-stream through a proxy. */
    public static MockResponse truncated(String model) {
        String body = completionBody(model, "SELECT 1");
        return new MockResponse.Builder()
                .code(200)
                .addHeader("content-type", "application/json")
                .body(body.substring(0, body.length() / 2))
                .build();
    }

    public static MockResponse emptyChoices(String model) {
        JsonObject body = new JsonObject();
        body.addProperty("id", "chatcmpl-" + UUID.randomUUID());
        body.addProperty("object", "chat.completion");
        body.addProperty("model", model);
        body.add("choices", new JsonArray());
        return new MockResponse.Builder()
                .code(200)
                .addHeader("content-type", "application/json")
                .body(body.toString())
                .build();
    }

    /** {@code GET /openai/v1/models}: the models the key may use. */
    public static MockResponse modelList() {
        JsonArray data = new JsonArray();
        for (String id : new String[] {"llama-3.3-70b-versatile", "llama-3.1-8b-instant"}) {
            JsonObject model = new JsonObject();
            model.addProperty("id", id);
            model.addProperty("object", "model");
            model.addProperty("created", 1733447754);
            model.addProperty("owned_by", "Meta");
            model.addProperty("active", true);
            model.addProperty("context_window", 131072);
            data.add(model);
        }
        JsonObject body = new JsonObject();
        body.addProperty("object", "list");
        body.add("data", data);
        return new MockResponse.Builder()
                .code(200)
                .addHeader("content-type", "application/json")
                .body(body.toString())
                .build();
    }
}
