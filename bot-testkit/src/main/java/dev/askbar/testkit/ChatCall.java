package dev.askbar.testkit;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import mockwebserver3.RecordedRequest;

/** A chat completion request as a fake LLM server received it, parsed for assertions and matching. */
public record ChatCall(
        String path, String authorization, String model, String system, String user, int maxTokens, String rawBody) {

    /** What AskBar asked the model for; scripted replies match on this, so tests do not repeat the prompts' words. */
    public enum Task {
        SQL,
        SUMMARY,
        OTHER
    }

    /**
     * The task of this call. The only place in the tests that knows how AskBar's two system prompts begin: when their
     * wording changes, this changes, and no scripted reply does.
     */
    public Task task() {
        if (system.startsWith("You translate")) {
            return Task.SQL;
        }
        return system.startsWith("You summarise") ? Task.SUMMARY : Task.OTHER;
    }

    static ChatCall parseOpenAi(RecordedRequest request) {
        String body = request.getBody() == null ? "" : request.getBody().utf8();
        JsonObject json = JsonParser.parseString(body).getAsJsonObject();
        StringBuilder system = new StringBuilder();
        StringBuilder user = new StringBuilder();
        JsonArray messages = json.getAsJsonArray("messages");
        for (JsonElement m : messages) {
            JsonObject message = m.getAsJsonObject();
            String role = message.get("role").getAsString();
            String content = message.get("content").getAsString();
            (role.equals("system") ? system : user).append(content).append('\n');
        }
        int maxTokens = json.has("max_tokens")
                ? json.get("max_tokens").getAsInt()
                : json.has("max_completion_tokens")
                        ? json.get("max_completion_tokens").getAsInt()
                        : -1;
        return new ChatCall(
                request.getUrl().encodedPath(),
                request.getHeaders().get("Authorization"),
                json.get("model").getAsString(),
                system.toString(),
                user.toString(),
                maxTokens,
                body);
    }

    static ChatCall parseGemini(RecordedRequest request) {
        String body = request.getBody() == null ? "" : request.getBody().utf8();
        JsonObject json = JsonParser.parseString(body).getAsJsonObject();
        StringBuilder system = new StringBuilder();
        if (json.has("systemInstruction")) {
            for (JsonElement p : json.getAsJsonObject("systemInstruction").getAsJsonArray("parts")) {
                system.append(p.getAsJsonObject().get("text").getAsString()).append('\n');
            }
        }
        StringBuilder user = new StringBuilder();
        for (JsonElement c : json.getAsJsonArray("contents")) {
            for (JsonElement p : c.getAsJsonObject().getAsJsonArray("parts")) {
                user.append(p.getAsJsonObject().get("text").getAsString()).append('\n');
            }
        }
        String path = request.getUrl().encodedPath();
        String model = path.substring(path.lastIndexOf('/') + 1).replace(":generateContent", "");
        int maxTokens = -1;
        if (json.has("generationConfig")
                && json.getAsJsonObject("generationConfig").has("maxOutputTokens")) {
            maxTokens = json.getAsJsonObject("generationConfig")
                    .get("maxOutputTokens")
                    .getAsInt();
        }
        return new ChatCall(
                path,
                request.getHeaders().get("x-goog-api-key"),
                model,
                system.toString(),
                user.toString(),
                maxTokens,
                body);
    }

    /** The whole prompt, system and user parts together. */
    public String prompt() {
        return system + user;
    }

    /** The key the caller sent: the bearer token for OpenAI-compatible servers, x-goog-api-key for Gemini. */
    public String key() {
        if (authorization == null) {
            return null;
        }
        return authorization.startsWith("Bearer ") ? authorization.substring(7) : authorization;
    }
}
