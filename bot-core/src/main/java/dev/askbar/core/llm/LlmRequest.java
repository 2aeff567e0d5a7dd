package dev.askbar.core.llm;

/** A chat completion request: a system instruction and one user message. */
public record LlmRequest(LlmTask task, String system, String user, int maxOutputTokens) {

    public static LlmRequest sql(String system, String user) {
        return new LlmRequest(LlmTask.SQL, system, user, 800);
    }

    public static LlmRequest summary(String system, String user) {
        return new LlmRequest(LlmTask.SUMMARY, system, user, 400);
    }

    /** A rough size in tokens (about four characters each) used to check remaining budgets before a call. */
    public int estimatedTokens() {
        return (system.length() + user.length()) / 4 + maxOutputTokens;
    }
}
