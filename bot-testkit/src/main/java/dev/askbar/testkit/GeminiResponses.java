package dev.askbar.testkit;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.UUID;
import mockwebserver3.MockResponse;

/**
 * Gemini's wire format as the API returns it: {@code candidates[].content.parts[].text} on success, and
 * {@code google.rpc.Status} errors whose {@code details} carry {@code QuotaFailure}, {@code RetryInfo},
 * {@code ErrorInfo} and {@code Help}. Gemini sends no rate-limit headers.
 */
public final class GeminiResponses {
    private GeminiResponses() {}

    public static MockResponse completion(String model, String text) {
        return json(200, completionBody(model, text, "STOP"));
    }

    public static String completionBody(String model, String text, String finishReason) {
        JsonObject part = new JsonObject();
        part.addProperty("text", text);
        JsonArray parts = new JsonArray();
        parts.add(part);
        JsonObject content = new JsonObject();
        content.add("parts", parts);
        content.addProperty("role", "model");
        JsonObject candidate = new JsonObject();
        candidate.add("content", content);
        candidate.addProperty("finishReason", finishReason);
        candidate.addProperty("index", 0);
        JsonArray candidates = new JsonArray();
        candidates.add(candidate);
        JsonObject body = new JsonObject();
        body.add("candidates", candidates);
        body.add("usageMetadata", usage(812, Math.max(1, text.length() / 4)));
        body.addProperty("modelVersion", model);
        body.addProperty(
                "responseId", UUID.randomUUID().toString().replace("-", "").substring(0, 22));
        return body.toString();
    }

    private static JsonObject usage(int prompt, int candidates) {
        JsonObject usage = new JsonObject();
        usage.addProperty("promptTokenCount", prompt);
        usage.addProperty("candidatesTokenCount", candidates);
        usage.addProperty("totalTokenCount", prompt + candidates);
        JsonArray details = new JsonArray();
        JsonObject text = new JsonObject();
        text.addProperty("modality", "TEXT");
        text.addProperty("tokenCount", prompt);
        details.add(text);
        usage.add("promptTokensDetails", details);
        return usage;
    }

    /** A candidate stopped by the safety filter: no content at all. */
    public static MockResponse safetyBlocked(String model) {
        JsonObject rating = new JsonObject();
        rating.addProperty("category", "HARM_CATEGORY_DANGEROUS_CONTENT");
        rating.addProperty("probability", "HIGH");
        rating.addProperty("blocked", true);
        JsonArray ratings = new JsonArray();
        ratings.add(rating);
        JsonObject candidate = new JsonObject();
        candidate.addProperty("finishReason", "SAFETY");
        candidate.addProperty("index", 0);
        candidate.add("safetyRatings", ratings);
        JsonArray candidates = new JsonArray();
        candidates.add(candidate);
        JsonObject body = new JsonObject();
        body.add("candidates", candidates);
        body.add("usageMetadata", usage(812, 0));
        body.addProperty("modelVersion", model);
        return json(200, body.toString());
    }

    /** The prompt itself was blocked: no candidates, only promptFeedback. */
    public static MockResponse promptBlocked(String model) {
        JsonObject feedback = new JsonObject();
        feedback.addProperty("blockReason", "OTHER");
        JsonObject body = new JsonObject();
        body.add("promptFeedback", feedback);
        body.add("usageMetadata", usage(812, 0));
        body.addProperty("modelVersion", model);
        return json(200, body.toString());
    }

    /** A 200 whose body stops half-way. */
    public static MockResponse truncated(String model) {
        String body = completionBody(model, "SELECT 1", "STOP");
        return json(200, body.substring(0, body.length() / 2));
    }

    /**
     * A free-tier per-day quota: the QuotaFailure names a {@code …PerDay…} quota while RetryInfo still suggests
     * a short delay, as the real API does.
     */
    public static MockResponse quotaExceededPerDay(String model, int limit) {
        return quotaExceeded(
                model,
                "GenerateRequestsPerDayPerProjectPerModel-FreeTier",
                "generativelanguage.googleapis.com/generate_content_free_tier_requests",
                limit,
                "26s");
    }

    public static MockResponse quotaExceededPerMinute(String model, int limit, String retryDelay) {
        return quotaExceeded(
                model,
                "GenerateRequestsPerMinutePerProjectPerModel-FreeTier",
                "generativelanguage.googleapis.com/generate_content_free_tier_requests",
                limit,
                retryDelay);
    }

    public static MockResponse quotaExceeded(
            String model, String quotaId, String metric, int limit, String retryDelay) {
        JsonObject dimensions = new JsonObject();
        dimensions.addProperty("location", "global");
        dimensions.addProperty("model", model);
        JsonObject violation = new JsonObject();
        violation.addProperty("quotaMetric", metric);
        violation.addProperty("quotaId", quotaId);
        violation.add("quotaDimensions", dimensions);
        violation.addProperty("quotaValue", String.valueOf(limit));
        JsonArray violations = new JsonArray();
        violations.add(violation);
        JsonObject quotaFailure = new JsonObject();
        quotaFailure.addProperty("@type", "type.googleapis.com/google.rpc.QuotaFailure");
        quotaFailure.add("violations", violations);
        JsonObject link = new JsonObject();
        link.addProperty("description", "Learn more about Gemini API quotas");
        link.addProperty("url", "https://ai.google.dev/gemini-api/docs/rate-limits");
        JsonArray links = new JsonArray();
        links.add(link);
        JsonObject help = new JsonObject();
        help.addProperty("@type", "type.googleapis.com/google.rpc.Help");
        help.add("links", links);
        JsonObject retry = new JsonObject();
        retry.addProperty("@type", "type.googleapis.com/google.rpc.RetryInfo");
        retry.addProperty("retryDelay", retryDelay);
        JsonArray details = new JsonArray();
        details.add(quotaFailure);
        details.add(help);
        details.add(retry);
        String message =
                "You exceeded your current quota, please check your plan and billing details. For more information"
                        + " on this error, head to: https://ai.google.dev/gemini-api/docs/rate-limits. To monitor your current usage,"
                        + " head to: https://ai.dev/usage?tab=rate-limit. \n* Quota exceeded for metric: " + metric
                        + ", limit: "
                        + limit + ", model: " + model + "\nPlease retry in " + retryDelay + ".";
        return error(429, "RESOURCE_EXHAUSTED", message, details);
    }

    /** Some 429s carry no details at all. */
    public static MockResponse resourceExhaustedWithoutDetails() {
        return error(429, "RESOURCE_EXHAUSTED", "Resource has been exhausted (e.g. check quota).", null);
    }

    /** Gemini answers a wrong key with 400, not 401. */
    public static MockResponse invalidKey() {
        JsonObject info = new JsonObject();
        info.addProperty("@type", "type.googleapis.com/google.rpc.ErrorInfo");
        info.addProperty("reason", "API_KEY_INVALID");
        info.addProperty("domain", "googleapis.com");
        JsonObject metadata = new JsonObject();
        metadata.addProperty("service", "generativelanguage.googleapis.com");
        info.add("metadata", metadata);
        JsonArray details = new JsonArray();
        details.add(info);
        return error(400, "INVALID_ARGUMENT", "API key not valid. Please pass a valid API key.", details);
    }

    public static MockResponse leakedKey() {
        return error(
                403, "PERMISSION_DENIED", "Your API key was reported as leaked. Please use another API key.", null);
    }

    public static MockResponse modelNotFound(String model) {
        return error(
                404,
                "NOT_FOUND",
                "models/" + model + " is not found for API version v1beta, or is not supported"
                        + " for generateContent. Call ListModels to see the list of available models and their supported methods.",
                null);
    }

    public static MockResponse promptTooLong() {
        return error(
                400,
                "INVALID_ARGUMENT",
                "The input token count (1211472) exceeds the maximum number of tokens allowed (1048576).",
                null);
    }

    public static MockResponse overloaded() {
        return error(503, "UNAVAILABLE", "The model is overloaded. Please try again later.", null);
    }

    public static MockResponse internalError() {
        return error(
                500,
                "INTERNAL",
                "An internal error has occurred. Please retry or report in https://developers.generativeai.google/guide/troubleshooting",
                null);
    }

    /** A {@code google.rpc.Status} error body. */
    public static MockResponse error(int code, String status, String message, JsonArray details) {
        JsonObject error = new JsonObject();
        error.addProperty("code", code);
        error.addProperty("message", message);
        error.addProperty("status", status);
        if (details != null) {
            error.add("details", details);
        }
        JsonObject body = new JsonObject();
        body.add("error", error);
        return json(code, body.toString());
    }

    private static MockResponse json(int code, String body) {
        return new MockResponse.Builder()
                .code(code)
                .addHeader("content-type", "application/json; charset=UTF-8")
                .addHeader("vary", "Origin, X-Origin, Referer")
                .addHeader("server", "scaffolding on HTTPServer2")
                .body(body)
                .build();
    }

    /** {@code GET /v1beta/models}: the models the key may use. */
    public static MockResponse modelList() {
        JsonArray models = new JsonArray();
        for (String id : new String[] {"gemini-2.5-flash", "gemini-2.5-flash-lite"}) {
            JsonObject model = new JsonObject();
            model.addProperty("name", "models/" + id);
            model.addProperty("displayName", id);
            model.addProperty("inputTokenLimit", 1048576);
            model.addProperty("outputTokenLimit", 65536);
            JsonArray methods = new JsonArray();
            methods.add("generateContent");
            methods.add("countTokens");
            model.add("supportedGenerationMethods", methods);
            models.add(model);
        }
        JsonObject body = new JsonObject();
        body.add("models", models);
        return json(200, body.toString());
    }
}
