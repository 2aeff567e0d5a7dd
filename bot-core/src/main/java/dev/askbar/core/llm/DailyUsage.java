package dev.askbar.core.llm;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** Today's counters for one key and model, starting over when the (UTC) day changes. */
final class DailyUsage {
    /** Enough samples for a stable median without growing all day. */
    static final int LATENCY_SAMPLE = 101;

    private LocalDate day;
    private int requests;
    private int successes;
    private int failures;
    private long tokensIn;
    private long tokensOut;
    private String lastError;
    private final Deque<Integer> latenciesMs = new ArrayDeque<>();

    DailyUsage(LocalDate day) {
        this.day = day;
    }

    synchronized void add(KeyUsage delta) {
        if (delta.day().isAfter(day)) {
            day = delta.day();
            requests = successes = failures = 0;
            tokensIn = tokensOut = 0;
            lastError = null;
            latenciesMs.clear();
        } else if (delta.day().isBefore(day)) {
            return;
        }
        requests += delta.requests();
        successes += delta.successes();
        failures += delta.failures();
        tokensIn += delta.tokensIn();
        tokensOut += delta.tokensOut();
        delta.lastError().ifPresent(e -> lastError = e);
        for (int ms : delta.latenciesMs()) {
            latenciesMs.addLast(ms);
            if (latenciesMs.size() > LATENCY_SAMPLE) {
                latenciesMs.removeFirst();
            }
        }
    }

    /** A copy of today's figures; zeros when the counters belong to an earlier day. */
    synchronized Snapshot snapshot(LocalDate today) {
        if (!today.equals(day)) {
            return new Snapshot(0, 0, 0, 0, 0, Optional.empty(), Optional.empty());
        }
        Optional<Duration> median = Optional.empty();
        if (!latenciesMs.isEmpty()) {
            int[] sorted = latenciesMs.stream().mapToInt(Integer::intValue).toArray();
            Arrays.sort(sorted);
            median = Optional.of(Duration.ofMillis(sorted[sorted.length / 2]));
        }
        return new Snapshot(requests, successes, failures, tokensIn, tokensOut, Optional.ofNullable(lastError), median);
    }

    record Snapshot(
            int requests,
            int successes,
            int failures,
            long tokensIn,
            long tokensOut,
            Optional<String> lastError,
            Optional<Duration> medianLatency) {}

    static KeyUsage attempt(
            ApiKey key,
            String fingerprint,
            String model,
            LocalDate day,
            Optional<LlmReply> reply,
            Optional<String> error,
            Duration exchange) {
        int ms = (int) Math.min(Integer.MAX_VALUE, exchange.toMillis());
        return new KeyUsage(
                key.provider(),
                fingerprint,
                model,
                day,
                1,
                reply.isPresent() ? 1 : 0,
                reply.isPresent() ? 0 : 1,
                reply.map(LlmReply::inputTokens).orElse(0),
                reply.map(LlmReply::outputTokens).orElse(0),
                reply.isPresent() ? List.of(ms) : List.of(),
                error);
    }
}
