package dev.askbar.core.llm;

/** A chat completion request: a system instruction and one user message. */
public record LlmRequest(LlmTask task, String system, String user, int maxOutputTokens) {

    public static LlmRequest sql(String system, String user) {
        return new LlmRequest(LlmTask.SQL, system, user, 800);
    }

    public static LlmRequest summary(String system, String user) {
        return new LlmRequest(LlmTask.SUMMARY, system, user, 400);
    }

    /** What a chat message costs beside its text (its role and delimiters), and the reply's priming. */
    static final int PER_MESSAGE = 4;

    /**
     * The request's size in tokens as the per-minute limits count it, checked against what is left of them before a
     * call: the messages counted in cl100k ({@link PromptTokens}; four characters a token undercounts identifiers
     * and every language but English, a Japanese row value by three times), plus the reply it may take.
     */
    public int estimatedTokens() {
        return PromptTokens.count(system) + PromptTokens.count(user) + 2 * PER_MESSAGE + maxOutputTokens;
    }
}
