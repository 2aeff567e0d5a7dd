package dev.askbar.core.llm;

import java.time.Duration;

/** The text a model returned and who produced it. */
public record LlmReply(
        String text,
        String provider,
        String model,
        String keyMasked,
        int inputTokens,
        int outputTokens,
        Duration latency) {}
