package dev.askbar.core.llm;

/**
 * The prompt itself is too big for the models (a 400 for the context length, or every model's per-minute token
 * limit is below it). No key is at fault: the caller should shrink the prompt (fewer tables, shorter history) and retry.
 */
public final class PromptTooLongException extends LlmException {
    private final int estimatedTokens;

    public PromptTooLongException(int estimatedTokens, String detail) {
        super(
                "That question needs more context than the language models accept; try naming the tables you mean.",
                detail);
        this.estimatedTokens = estimatedTokens;
    }

    public int estimatedTokens() {
        return estimatedTokens;
    }
}
