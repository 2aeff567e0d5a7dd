package dev.askbar.core.llm;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One key and model as the admin view ({@code askbar keys}, {@code /askbar keys}) shows them: never the key itself.
 *
 * @param position   1-based place of the key among its provider's keys
 * @param reason     why it is not available, in words ("rate limited per day")
 * @param lastError  the kind of the latest failure today ("rate limited per day, HTTP 429"); never the provider's text
 */
public record KeyStatus(
        String provider,
        int position,
        String key,
        String group,
        String model,
        KeyState state,
        Optional<Instant> until,
        Optional<String> reason,
        int requestsToday,
        int successesToday,
        int failuresToday,
        long tokensInToday,
        long tokensOutToday,
        Optional<String> lastError,
        Optional<Duration> medianLatency) {}
