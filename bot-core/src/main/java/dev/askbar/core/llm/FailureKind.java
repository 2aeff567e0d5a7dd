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
    /** 401/403: the key is invalid, revoked or reported as leaked; never use it again this run. */
    KEY_REJECTED,
    /** 404 for the model: it is retired, not the key; try the next model. */
    MODEL_UNAVAILABLE,
    /** The request alone exceeds the model's per-minute token limit (413): never retry it on this model. */
    REQUEST_TOO_LARGE,
    /** 400 for the prompt itself: not a key problem; the caller must change the request. */
    BAD_REQUEST
}
