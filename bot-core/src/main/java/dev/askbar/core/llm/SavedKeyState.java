package dev.askbar.core.llm;

import java.time.Instant;
import java.util.Optional;

/**
 * A remembered state. {@code fingerprint} is {@link #ANY_KEY} for a retired model; {@code model} is empty for a
 * state of the key itself (disabled).
 *
 * @param reason a {@link FailureKind} name
 */
public record SavedKeyState(
        String provider,
        String fingerprint,
        String group,
        String model,
        KeyState state,
        String reason,
        Optional<Instant> until) {
    public static final String ANY_KEY = "*";
}
