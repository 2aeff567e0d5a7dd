package dev.askbar.core.llm;

import dev.askbar.core.config.ProviderType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one request learned on its way: the kinds of failure seen, strikes per provider, providers that could not
 * be reached, and when the earliest skipped or cooled group frees up. The failure policy reads it; nothing reads
 * the texts in {@link #failures()}, which are for the log.
 */
final class Tally {
    private final CandidateSequence candidates;
    private final Set<FailureKind> seen = EnumSet.noneOf(FailureKind.class);
    private final Map<String, Integer> strikes = new HashMap<>();
    /** host -> the variable that sets it, in the order met */
    private final Map<String, String> unreachable = new LinkedHashMap<>();

    private final List<String> failures = new ArrayList<>();
    private Instant cooledUntil;

    Tally(CandidateSequence candidates) {
        this.candidates = candidates;
    }

    /** Records a failure; returns the provider's strikes (timeouts and server errors) in this request so far. */
    int failed(Candidate candidate, Attempt.Failure failure, String shortError) {
        seen.add(failure.kind());
        failures.add(candidate.provider() + " " + candidate.model() + ": " + shortError);
        if (failure.kind() == FailureKind.UNREACHABLE) {
            KeyPool pool = candidate.pool();
            unreachable.putIfAbsent(
                    ProviderType.host(pool.settings().baseUrl()),
                    pool.settings().type().baseUrlVariable());
        }
        if (failure.kind() == FailureKind.TRANSIENT || failure.kind() == FailureKind.PROVIDER_UNAVAILABLE) {
            return strikes.merge(candidate.provider(), 1, Integer::sum);
        }
        return strikes.getOrDefault(candidate.provider(), 0);
    }

    void freeAt(Instant until) {
        cooledUntil = cooledUntil == null || until.isBefore(cooledUntil) ? until : cooledUntil;
    }

    Instant earliestFree() {
        Instant skipped = candidates.earliestFree();
        if (skipped == null) {
            return cooledUntil;
        }
        return cooledUntil == null || skipped.isBefore(cooledUntil) ? skipped : cooledUntil;
    }

    boolean saw(FailureKind kind) {
        return seen.contains(kind);
    }

    boolean triedSomething() {
        return candidates.triedSomething();
    }

    boolean tooLargeSomewhere() {
        return candidates.tooLargeSomewhere() || seen.contains(FailureKind.REQUEST_TOO_LARGE);
    }

    Map<String, String> unreachable() {
        return unreachable;
    }

    List<String> failures() {
        return failures;
    }
}
