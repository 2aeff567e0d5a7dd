package dev.askbar.core.llm;

/** Why one call to one key and model did not produce an answer; each kind leads to a different next step. */
public enum FailureKind {
    /** A per-minute request or token limit: the key's quota group cools down briefly. */
    RATE_LIMITED_MINUTE,
    /** A per-day limit: the quota group is exhausted until the provider's reset. */
    RATE_LIMITED_DAY,
    /** The provider is overloaded or failing (5xx): try elsewhere, come back soon. */
    PROVIDER_UNAVAILABLE,
    /** Timeout, connection reset, malformed or empty reply: try the next candidate. */
    TRANSIENT,
    /** 401/403 (or Gemini's 400 API_KEY_INVALID): the key is invalid, revoked or reported as leaked. */
    KEY_REJECTED,
    /** 404 for the model: it is retired, not the key; try the next model. */
    MODEL_UNAVAILABLE,
    /** The request alone exceeds the model's per-minute token limit (413): never retry it on this model. */
    REQUEST_TOO_LARGE,
    /** 400 because the prompt exceeds the model's context: the caller must shrink the prompt. */
    PROMPT_TOO_LONG,
    /** Another 400: this model will not take the request as written; not a key problem. */
    BAD_REQUEST,
    /** No connection at all (unknown host, refused, TLS failure): the provider's address or the network is wrong. */
    UNREACHABLE,
    /** Another attempt for the same request answered first and this one was abandoned: nobody's fault. */
    CANCELLED;

    /** Words for logs and the admin view, e.g. "rate limited per day". */
    String phrase() {
        return switch (this) {
            case RATE_LIMITED_MINUTE -> "rate limited per minute";
            case RATE_LIMITED_DAY -> "rate limited per day";
            case PROVIDER_UNAVAILABLE -> "provider unavailable";
            case TRANSIENT -> "no usable reply";
            case KEY_REJECTED -> "key rejected";
            case MODEL_UNAVAILABLE -> "model not found";
            case REQUEST_TOO_LARGE -> "request too large for the model";
            case PROMPT_TOO_LONG -> "prompt too long";
            case BAD_REQUEST -> "request refused";
            case UNREACHABLE -> "cannot connect";
            case CANCELLED -> "abandoned after another reply won";
        };
    }
}
