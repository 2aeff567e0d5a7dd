package dev.askbar.core.engine;

/**
 * Why a question got no table. {@code message} is one sentence for the asker: what went wrong and what to do.
 */
public record AnswerError(Code code, String message) {

    public enum Code {
        EMPTY_QUESTION,
        QUESTION_TOO_LONG,
        RATE_LIMITED,
        NO_LLM,
        LLM_UNAVAILABLE,
        NO_SQL,
        SQL_REFUSED,
        SQL_FAILED,
        SQL_TIMEOUT,
        DATABASE_UNAVAILABLE,
        /** The schemas AskBar may read hold no table it can see. */
        NO_TABLES,
        INTERNAL
    }
}
