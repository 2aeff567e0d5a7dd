package dev.askbar.core.llm;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** What one key did with one model on one (UTC) day; also used as the increment of a single attempt. */
public record KeyUsage(
        String provider,
        String fingerprint,
        String model,
        LocalDate day,
        int requests,
        int successes,
        int failures,
        long tokensIn,
        long tokensOut,
        List<Integer> latenciesMs,
        Optional<String> lastError) {}
