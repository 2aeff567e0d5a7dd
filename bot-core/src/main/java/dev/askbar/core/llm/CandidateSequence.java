package dev.askbar.core.llm;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which key, model and provider a request goes to next: providers in configured order, each provider's models in
 * preference order, each model's keys in configured order. Spends no call where an answer is already known: a
 * retired or skipped model, a model whose token limit the request exceeds, a disabled key, a quota group that is
 * cooling down or has no budget left. A provider the failure policy moved on from is visited again after the
 * others, and keys resting after repeated failures (or providers that could not be reached a moment ago) are tried
 * last rather than never, so a question fails only after every candidate was tried.
 */
final class CandidateSequence {
    private static final Logger log = LoggerFactory.getLogger(CandidateSequence.class);

    private record Spot(KeyPool pool, ApiKey key, String model) {}

    private final List<KeyPool> pools;
    private final int estimatedTokens;
    private final Clock clock;
    /** Per pool: how many of its model x key places were visited. */
    private final int[] cursor;

    private final Set<KeyPool> deferred = new HashSet<>();
    private final Set<KeyPool> dropped = new HashSet<>();
    private final Set<String> skippedModels = new HashSet<>();
    private final Deque<Spot> rested = new ArrayDeque<>();
    private boolean secondPass;
    private Instant earliestFree;
    private boolean tooLargeSomewhere;
    private boolean triedSomething;

    CandidateSequence(List<KeyPool> pools, int estimatedTokens, Clock clock) {
        this.pools = pools;
        this.estimatedTokens = estimatedTokens;
        this.clock = clock;
        this.cursor = new int[pools.size()];
    }

    Optional<Candidate> next() {
        while (true) {
            for (int i = 0; i < pools.size(); i++) {
                KeyPool pool = pools.get(i);
                int places = pool.models().size() * pool.keys().size();
                while (cursor[i] < places && (secondPass || !deferred.contains(pool))) {
                    int place = cursor[i]++;
                    Candidate candidate = admit(
                            pool,
                            pool.keys().get(place % pool.keys().size()),
                            pool.models().get(place / pool.keys().size()),
                            false);
                    if (candidate != null) {
                        return Optional.of(candidate);
                    }
                }
            }
            if (secondPass) {
                break;
            }
            secondPass = true;
        }
        while (!rested.isEmpty()) {
            Spot spot = rested.poll();
            Candidate candidate = admit(spot.pool(), spot.key(), spot.model(), true);
            if (candidate != null) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** No further key of this model: the model itself is the problem (retired, refuses the request, too small). */
    void skipModel(KeyPool pool, String model) {
        skippedModels.add(pool.provider() + "\u0000" + model);
    }

    /** This provider's remaining candidates wait until every other provider's were offered. */
    void deferProvider(KeyPool pool) {
        deferred.add(pool);
    }

    /** This provider offers nothing more to this request. */
    void dropProvider(KeyPool pool) {
        dropped.add(pool);
    }

    /** When the earliest skipped quota group frees up; null when none was skipped for its quota. */
    Instant earliestFree() {
        return earliestFree;
    }

    /** Some model was skipped because the request alone exceeds its per-minute token limit. */
    boolean tooLargeSomewhere() {
        return tooLargeSomewhere;
    }

    /** At least one candidate was offered. */
    boolean triedSomething() {
        return triedSomething;
    }

    private Candidate admit(KeyPool pool, ApiKey key, String model, boolean restedToo) {
        Instant now = clock.instant();
        if (dropped.contains(pool)) {
            return null;
        }
        if (!restedToo && pool.unreachableUntil(now).isPresent()) {
            // it could not be reached a moment ago: every other provider first
            rested.add(new Spot(pool, key, model));
            return null;
        }
        if (skippedModels.contains(pool.provider() + "\u0000" + model)
                || pool.retiredUntil(model, now).isPresent()) {
            return null;
        }
        Optional<Integer> ceiling = pool.tokenCeiling(model);
        if (ceiling.isPresent() && estimatedTokens > ceiling.get()) {
            tooLargeSomewhere = true;
            log.debug(
                    "{}: ~{} tokens exceed {}'s per-minute limit of {}; skipping the model",
                    pool.provider(),
                    estimatedTokens,
                    model,
                    ceiling.get());
            return null;
        }
        KeyHealth health = pool.health(key);
        if (health.disabledUntil(now).isPresent()) {
            return null;
        }
        if (!restedToo && health.openUntil(now).isPresent()) {
            rested.add(new Spot(pool, key, model));
            return null;
        }
        QuotaState quota = pool.quota(key.group(), model);
        QuotaState.Admission admission = quota.admit(now, estimatedTokens);
        if (!admission.allowed()) {
            Instant until = admission.blockedUntil().get();
            earliestFree = earliestFree == null || until.isBefore(earliestFree) ? until : earliestFree;
            if (log.isDebugEnabled()) {
                log.debug("{}: skipping {} on {}: {}", pool.provider(), key.label(), model, admission.why());
            }
            return null;
        }
        if (admission.probe()) {
            log.info(
                    "{}: quota group {} is past its cooldown on {}; one trial request before it takes traffic",
                    pool.provider(),
                    key.group(),
                    model);
        }
        triedSomething = true;
        return new Candidate(pool, key, model, quota, admission.probe());
    }
}
