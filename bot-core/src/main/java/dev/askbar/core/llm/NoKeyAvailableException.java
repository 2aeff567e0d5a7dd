package dev.askbar.core.llm;

import java.time.Instant;

/** Every key is cooling down or disabled; {@link #freeAt()} is when the earliest one is expected back. */
final class NoKeyAvailableException extends LlmException {
    private final Instant freeAt;

    public NoKeyAvailableException(String userMessage, String detail, Instant freeAt) {
        super(userMessage, detail);
        this.freeAt = freeAt;
    }

    public Instant freeAt() {
        return freeAt;
    }
}
