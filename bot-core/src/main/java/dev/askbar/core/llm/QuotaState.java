package dev.askbar.core.llm;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What the gateway knows about one quota group's budget for one model: whether it is cooling down and until when,
 * and what the last response said was left. Shared by every key of the group.
 */
final class QuotaState {
    /** A cooldown at least this long ends with one trial request before the group takes traffic again. */
    static final Duration LONG_COOLDOWN = Duration.ofMinutes(5);

    /** The outcome of asking whether a request may go to this group and model now. */
    record Admission(boolean allowed, boolean probe, Optional<Instant> blockedUntil, String why) {
        static Admission yes(boolean probe) {
            return new Admission(true, probe, Optional.empty(), "");
        }

        static Admission no(Instant until, String why) {
            return new Admission(false, false, Optional.of(until), why);
        }
    }

    /** A cooldown as the admin view and the state store see it. */
    record Cooling(Instant until, FailureKind reason) {}

    private Instant coolingUntil;
    private FailureKind reason;
    private boolean probeRequired;
    private boolean probeInFlight;
    private Integer tokensLeft;
    private Instant tokensResetAt;
    private Instant budgetSharedAt;

    synchronized Admission admit(Instant now, int estimatedTokens) {
        if (coolingUntil != null && now.isBefore(coolingUntil)) {
            return Admission.no(coolingUntil, reason.phrase());
        }
        if (probeRequired) {
            if (probeInFlight) {
                // another request is finding out whether the quota is back; do not pile on
                return Admission.no(now, "probe in flight");
            }
            probeInFlight = true;
            return Admission.yes(true);
        }
        if (tokensLeft != null && tokensResetAt != null) {
            if (!now.isBefore(tokensResetAt)) {
                tokensLeft = null;
                tokensResetAt = null;
            } else if (tokensLeft < estimatedTokens) {
                return Admission.no(
                        tokensResetAt,
                        "only " + tokensLeft + " tokens left this minute, request needs ~" + estimatedTokens);
            }
        }
        return Admission.yes(false);
    }

    synchronized void cool(Instant now, Instant until, FailureKind why) {
        if (coolingUntil == null || until.isAfter(coolingUntil) || !now.isBefore(coolingUntil)) {
            coolingUntil = until;
            reason = why;
        }
        probeInFlight = false;
        probeRequired = Duration.between(now, coolingUntil).compareTo(LONG_COOLDOWN) >= 0;
    }

    /**
     * Records what a successful response said is left. Returns the cooldown to remember when the response itself
     * says the request budget is spent (Groq's remaining-requests reaching 0), so the next call is never made.
     */
    synchronized Optional<Cooling> succeeded(Instant now, RateBudget budget) {
        probeRequired = false;
        probeInFlight = false;
        if (budget.remainingTokens().isPresent() && budget.tokensReset().isPresent()) {
            tokensLeft = budget.remainingTokens().get();
            tokensResetAt = now.plus(budget.tokensReset().get());
        }
        if (budget.remainingRequests().orElse(1) <= 0 && budget.requestsReset().isPresent()) {
            Instant until = now.plus(budget.requestsReset().get());
            cool(now, until, FailureKind.RATE_LIMITED_DAY);
            return Optional.of(new Cooling(until, FailureKind.RATE_LIMITED_DAY));
        }
        return Optional.empty();
    }

    /** The token budget another replica saw on this group, as if this replica had read the headers itself. */
    synchronized void budget(int left, Instant resetsAt) {
        tokensLeft = left;
        tokensResetAt = resetsAt;
    }

    /** The budget to tell other replicas about, at most once a second so sharing costs no round trip per call. */
    synchronized Optional<Budget> budgetToShare(Instant now) {
        if (tokensLeft == null
                || tokensResetAt == null
                || (budgetSharedAt != null && now.isBefore(budgetSharedAt.plusSeconds(1)))) {
            return Optional.empty();
        }
        budgetSharedAt = now;
        return Optional.of(new Budget(tokensLeft, tokensResetAt));
    }

    record Budget(int tokensLeft, Instant resetsAt) {}

    /** A trial ended without telling whether the quota is back (a timeout, say): the next request tries again. */
    synchronized void released() {
        probeInFlight = false;
    }

    synchronized Optional<Cooling> cooling(Instant now) {
        return coolingUntil != null && now.isBefore(coolingUntil)
                ? Optional.of(new Cooling(coolingUntil, reason))
                : Optional.empty();
    }

    synchronized boolean probing(Instant now) {
        return probeRequired && (coolingUntil == null || !now.isBefore(coolingUntil));
    }

    synchronized Optional<Instant> tokensBlockedUntil(Instant now) {
        return tokensResetAt != null && now.isBefore(tokensResetAt) && tokensLeft != null && tokensLeft <= 0
                ? Optional.of(tokensResetAt)
                : Optional.empty();
    }
}
