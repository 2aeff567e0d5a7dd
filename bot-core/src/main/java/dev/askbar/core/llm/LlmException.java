package dev.askbar.core.llm;

/**
 * No model could answer. {@link #userMessage()} is one sentence fit for a chat message;
 * provider error texts (organisation ids, billing links) stay in {@link #getMessage()} for the logs.
 */
public class LlmException extends RuntimeException {
    private final String userMessage;

    public LlmException(String userMessage, String detail) {
        super(detail);
        this.userMessage = userMessage;
    }

    public String userMessage() {
        return userMessage;
    }
}
