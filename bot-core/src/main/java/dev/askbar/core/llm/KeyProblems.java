package dev.askbar.core.llm;

import dev.askbar.core.config.AskBarConfig.ProviderSettings;
import dev.askbar.core.config.ProviderType;
import java.util.Optional;

/** One sentence per way a key check can fail: what is wrong and what to do, with the key masked. */
final class KeyProblems {
    private KeyProblems() {}

    /** Empty when the failure does not mean the key or address is wrong (a spent quota, say). */
    static Optional<String> sentence(ProviderSettings settings, ApiKey key, Attempt.Failure failure) {
        String provider = settings.name();
        String host = ProviderType.host(settings.baseUrl());
        String urlVariable = settings.type().baseUrlVariable();
        String status = failure.status() > 0 ? " (HTTP " + failure.status() + ")" : "";
        return switch (failure.kind()) {
            case RATE_LIMITED_MINUTE, RATE_LIMITED_DAY, CANCELLED -> Optional.empty();
            case KEY_REJECTED ->
                Optional.of(provider + " rejected key " + key.masked() + status + ": replace it in "
                        + settings.type().keysVariable() + " (it may be revoked, mistyped or reported as leaked).");
            case UNREACHABLE -> Optional.of("Cannot reach " + host + ": check the network or " + urlVariable + ".");
            case MODEL_UNAVAILABLE ->
                Optional.of(host + " has no model list at " + settings.baseUrl() + status + ": check " + urlVariable
                        + " (it usually ends in the API version, such as /v1).");
            case PROVIDER_UNAVAILABLE ->
                Optional.of(provider + " is failing right now" + status + ": try again in a few minutes.");
            case TRANSIENT, BAD_REQUEST, REQUEST_TOO_LARGE, PROMPT_TOO_LONG ->
                Optional.of(provider + " gave an unexpected answer" + status + " to key " + key.masked()
                        + ": check that " + urlVariable + " points at its API.");
        };
    }
}
