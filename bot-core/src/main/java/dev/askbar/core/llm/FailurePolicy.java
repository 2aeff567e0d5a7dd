package dev.askbar.core.llm;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * What follows a failed attempt, and what a question that runs out of candidates tells the asker. Decisions read
 * only the {@link FailureKind} and counts, never provider texts; both are pure functions, tested as tables.
 */
final class FailurePolicy {
    /** Timeouts and 5xx on one provider within one request: after this many, the other providers go first. */
    static final int TRANSIENT_FAILURES_PER_PROVIDER = 2;

    private static final DateTimeFormatter UTC_TIME =
            DateTimeFormatter.ofPattern("HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    /** What the router remembers about the key, group or model that failed. */
    enum Remedy {
        /** The key's quota group cools down on this model until the provider's reset. */
        COOL_GROUP,
        /** Counts toward the key's circuit breaker; a retry-after, if given, cools the group too. */
        COUNT_AGAINST_KEY,
        /** The provider rejected the key: disabled for a day. */
        DISABLE_KEY,
        /** The provider does not know the model: retired for a day, for every key. */
        RETIRE_MODEL,
        /** The request alone exceeds the model's token limit: larger requests skip the model from now on. */
        CAP_MODEL_TOKENS,
        /** The provider's address cannot be reached: other providers go first for a while. */
        REST_PROVIDER,
        /** Nothing to remember: not the key's, the group's or the model's fault. */
        NONE
    }

    /** Where the request goes next. */
    enum Next {
        /** The next key of this model (group-mates of a cooling group are skipped without a call). */
        NEXT_KEY,
        /** The next model: no other key would fare better with this one. */
        NEXT_MODEL,
        /** The other providers first; this one's remaining candidates come after them. */
        OTHER_PROVIDERS_FIRST,
        /** The next provider: every key of this one goes to the same address, which cannot be reached. */
        NEXT_PROVIDER,
        /** Hand the request back: its prompt must shrink, no candidate can take it as it is. */
        SHRINK_PROMPT
    }

    record Verdict(Remedy remedy, Next next) {}

    private FailurePolicy() {}

    /**
     * @param providerStrikes timeouts and server errors on this provider within this request, this one included
     */
    static Verdict after(FailureKind kind, int providerStrikes) {
        return switch (kind) {
            case RATE_LIMITED_MINUTE, RATE_LIMITED_DAY -> new Verdict(Remedy.COOL_GROUP, Next.NEXT_KEY);
            case PROVIDER_UNAVAILABLE, TRANSIENT ->
                new Verdict(
                        Remedy.COUNT_AGAINST_KEY,
                        providerStrikes >= TRANSIENT_FAILURES_PER_PROVIDER
                                ? Next.OTHER_PROVIDERS_FIRST
                                : Next.NEXT_KEY);
            case KEY_REJECTED -> new Verdict(Remedy.DISABLE_KEY, Next.NEXT_KEY);
            case MODEL_UNAVAILABLE -> new Verdict(Remedy.RETIRE_MODEL, Next.NEXT_MODEL);
            case REQUEST_TOO_LARGE -> new Verdict(Remedy.CAP_MODEL_TOKENS, Next.NEXT_MODEL);
            case PROMPT_TOO_LONG -> new Verdict(Remedy.NONE, Next.SHRINK_PROMPT);
            case BAD_REQUEST -> new Verdict(Remedy.NONE, Next.NEXT_MODEL);
            case UNREACHABLE -> new Verdict(Remedy.REST_PROVIDER, Next.NEXT_PROVIDER);
            case CANCELLED -> new Verdict(Remedy.NONE, Next.NEXT_KEY);
        };
    }

    /**
     * The exception for a request no candidate answered, from what was skipped and what failed.
     *
     * @param deadlinePassed the request ran out of time rather than candidates
     */
    static LlmException giveUp(Tally tally, boolean deadlinePassed, Instant now, int estimatedTokens) {
        Instant earliestFree = tally.earliestFree();
        if (deadlinePassed) {
            return new LlmException(
                    "No language model answered in time; please try again in a minute.",
                    "request deadline passed; tried: " + tally.failures());
        }
        if (!tally.triedSomething() && tally.tooLargeSomewhere() && earliestFree == null) {
            return new PromptTooLongException(
                    estimatedTokens, "~" + estimatedTokens + " tokens exceed every model's per-minute token limit");
        }
        if (!tally.unreachable().isEmpty()) {
            return new LlmException(
                    "Cannot reach " + String.join(" or ", tally.unreachable().keySet()) + ": check the network or "
                            + String.join(" and ", tally.unreachable().values()) + ".",
                    "unreachable; tried: " + tally.failures());
        }
        if (earliestFree != null && !tally.saw(FailureKind.TRANSIENT) && !tally.saw(FailureKind.PROVIDER_UNAVAILABLE)) {
            long secs = Math.max(1, Duration.between(now, earliestFree).toSeconds());
            String when = secs < 5400
                    ? "in " + humanDuration(secs)
                    : "at " + UTC_TIME.format(earliestFree) + " (in " + humanDuration(secs) + ")";
            return new NoKeyAvailableException(
                    "Every language model key is rate-limited right now; the earliest frees up " + when + ".",
                    "all keys cooling; tried: " + tally.failures(),
                    earliestFree);
        }
        if (!tally.triedSomething() && earliestFree == null) {
            return new LlmException(
                    "No language model key works right now (the providers rejected them); an admin can check `askbar keys`.",
                    "every key disabled or model retired");
        }
        return new LlmException(
                "No language model could answer right now; please try again in a minute.",
                "all attempts failed: " + tally.failures());
    }

    static String humanDuration(long seconds) {
        if (seconds < 90) {
            return seconds + " s";
        }
        if (seconds < 5400) {
            return Math.round(seconds / 60.0) + " min";
        }
        return String.format(Locale.ROOT, "%.1f h", seconds / 3600.0);
    }
}
