package dev.askbar.core.llm;

import dev.askbar.core.config.AskBarConfig;
import dev.askbar.core.config.KeySpec;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Sends each request to the first provider, model and key that can take it, in configured order, and spends no
 * call where a provider has already said no: a limit seen on one key cools its whole quota group for that model
 * until the provider's reset, remaining-budget headers skip a group before it fails, and all of it survives a
 * restart when a {@link KeyStateStore} is given.
 */
public final class LlmRouter implements LanguageModel, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(LlmRouter.class);
    /** Timeouts and 5xx on one provider within one request: after this many, the next provider is tried. */
    static final int TRANSIENT_FAILURES_PER_PROVIDER = 2;
    static final Duration DEFAULT_MINUTE_COOLDOWN = Duration.ofSeconds(60);
    static final Duration DEFAULT_DAY_COOLDOWN = Duration.ofHours(1);
    static final Duration RETIRED_FOR = Duration.ofHours(24);
    private static final Pattern ORG_ID = Pattern.compile("\\b(org|project|proj)_([A-Za-z0-9]{4,})");
    private static final Pattern KEY_LIKE = Pattern.compile("\\b(gsk_[A-Za-z0-9]{8,}|AIza[0-9A-Za-z_-]{20,}|sk-[A-Za-z0-9_-]{16,})");
    private static final DateTimeFormatter UTC_TIME = DateTimeFormatter.ofPattern("HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final List<KeyPool> pools;
    private final Clock clock;
    private final StateWriter writer;
    private final List<Consumer<AttemptEvent>> observers = new CopyOnWriteArrayList<>();

    LlmRouter(List<KeyPool> pools, Clock clock, Optional<KeyStateStore> store) {
        this.pools = List.copyOf(pools);
        this.clock = clock;
        this.writer = new StateWriter(store);
        restore();
    }

    /** A router that keeps key state in memory only. */
    public static LlmRouter from(AskBarConfig config) {
        return build(config, Optional.empty(), Clock.systemUTC());
    }

    /** A router that restores key state and today's counters from {@code store} and keeps them there. */
    public static LlmRouter from(AskBarConfig config, KeyStateStore store, Clock clock) {
        return build(config, Optional.of(store), clock);
    }

    static LlmRouter build(AskBarConfig config, Optional<KeyStateStore> store, Clock clock) {
        OkHttpClient http = new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(5))
                .callTimeout(config.limits().llmTimeout())
                .readTimeout(config.limits().llmTimeout())
                // a failover is our decision to make, with the next key or provider, not the HTTP client's
                .retryOnConnectionFailure(false)
                .build();
        List<KeyPool> pools = new ArrayList<>();
        for (String name : config.providers()) {
            AskBarConfig.ProviderSettings settings = name.equals("groq") ? config.groq() : config.gemini();
            if (!settings.configured()) {
                continue;
            }
            ProviderClient client = name.equals("gemini")
                    ? new GeminiClient(settings.baseUrl(), http, clock)
                    : new OpenAiCompatibleClient(name, settings.baseUrl(), http);
            pools.add(new KeyPool(client, keys(name, settings.keys()), settings.models()));
        }
        return new LlmRouter(pools, clock, store);
    }

    static List<ApiKey> keys(String provider, List<KeySpec> specs) {
        List<ApiKey> keys = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            KeySpec spec = specs.get(i);
            ApiKey probe = new ApiKey(provider, spec.secret(), "", i + 1, specs.size());
            String group = spec.group().orElse("key-" + probe.fingerprint());
            keys.add(new ApiKey(provider, spec.secret(), group, i + 1, specs.size()));
        }
        return List.copyOf(keys);
    }

    /** Calls {@code observer} after every upstream call, on the calling thread. */
    public void addObserver(Consumer<AttemptEvent> observer) {
        observers.add(observer);
    }

    @Override
    public LlmReply complete(LlmRequest request) {
        if (pools.isEmpty()) {
            throw new LlmException("No language model is configured; set GROQ_API_KEYS (a free Groq key works) or GEMINI_API_KEYS.",
                    "no providers");
        }
        int estimated = request.estimatedTokens();
        Instant earliestFree = null;
        boolean tooLargeSomewhere = false;
        boolean triedSomething = false;
        List<String> failures = new ArrayList<>();
        for (KeyPool pool : pools) {
            String provider = pool.provider();
            int transientFailures = 0;
            models:
            for (String model : pool.models()) {
                if (pool.retiredUntil(model, clock.instant()).isPresent()) {
                    continue;
                }
                Optional<Integer> ceiling = pool.tokenCeiling(model);
                if (ceiling.isPresent() && estimated > ceiling.get()) {
                    tooLargeSomewhere = true;
                    log.debug("{}: ~{} tokens exceed {}'s per-minute limit of {}; skipping the model", provider, estimated, model, ceiling.get());
                    continue;
                }
                for (ApiKey key : pool.keys()) {
                    Instant now = clock.instant();
                    KeyHealth health = pool.health(key);
                    Optional<Instant> keyBlocked = health.blockedUntil(now);
                    if (keyBlocked.isPresent()) {
                        // a rejected key is not "at its limit": only a resting one counts toward the earliest free time
                        if (health.disabledUntil(now).isEmpty()) {
                            earliestFree = earliest(earliestFree, keyBlocked.get());
                        }
                        continue;
                    }
                    QuotaState quota = pool.quota(key.group(), model);
                    QuotaState.Admission admission = quota.admit(now, estimated);
                    if (!admission.allowed()) {
                        earliestFree = earliest(earliestFree, admission.blockedUntil().get());
                        if (log.isDebugEnabled()) {
                            log.debug("{}: skipping {} on {}: {}", provider, key.label(), model, admission.why());
                        }
                        continue;
                    }
                    if (admission.probe()) {
                        log.info("{}: quota group {} is past its cooldown on {}; one trial request before it takes traffic",
                                provider, key.group(), model);
                    }
                    triedSomething = true;
                    Attempt attempt = pool.client().call(key, model, request);
                    Instant after = clock.instant();
                    LocalDate today = LocalDate.ofInstant(after, ZoneOffset.UTC);
                    if (attempt instanceof Attempt.Success success) {
                        LlmReply reply = success.reply();
                        health.succeeded();
                        record(pool, key, model, today, Optional.of(reply), Optional.empty(), attempt);
                        log.info("{} succeeded in {} s ({}, {})", provider, seconds(reply.latency()), key.label(), model);
                        quota.succeeded(after, success.budget()).ifPresent(cooling -> {
                            log.info("{}: quota group {} has no requests left on {}; not calling it before {}",
                                    provider, key.group(), model, cooling.until());
                            persistCooling(key, pool.fingerprint(key), model, cooling.until(), cooling.reason());
                        });
                        return reply;
                    }
                    Attempt.Failure failure = (Attempt.Failure) attempt;
                    FailureKind kind = failure.kind();
                    String shortError = kind.phrase() + (failure.status() > 0 ? ", HTTP " + failure.status() : "");
                    record(pool, key, model, today, Optional.empty(), Optional.of(shortError), attempt);
                    log.warn("{} failed in {} s ({}, {}): {}: {}", provider, seconds(failure.exchange()), key.label(), model,
                            kind.phrase(), redact(failure.detail()));
                    failures.add(provider + " " + model + ": " + shortError);
                    switch (kind) {
                        case RATE_LIMITED_MINUTE, RATE_LIMITED_DAY -> {
                            Duration wait = failure.retryIn().orElse(kind == FailureKind.RATE_LIMITED_DAY
                                    ? DEFAULT_DAY_COOLDOWN : DEFAULT_MINUTE_COOLDOWN);
                            Instant until = after.plus(wait);
                            quota.cool(after, until, kind);
                            earliestFree = earliest(earliestFree, until);
                            persistCooling(key, pool.fingerprint(key), model, until, kind);
                            log.info("{}: quota group {} ({} keys) cools down on {} until {} ({}); trying the next candidate",
                                    provider, key.group(), pool.keysIn(key.group()), model, until, kind.phrase());
                        }
                        case PROVIDER_UNAVAILABLE, TRANSIENT -> {
                            quota.released();
                            if (failure.retryIn().isPresent()) {
                                Instant until = after.plus(failure.retryIn().get());
                                quota.cool(after, until, kind);
                                earliestFree = earliest(earliestFree, until);
                            }
                            if (health.failed(after)) {
                                log.info("{}: {} rests for {} s after repeated failures (circuit open)",
                                        provider, key.label(), KeyHealth.BREAKER_OPEN.toSeconds());
                            }
                            transientFailures++;
                            if (transientFailures >= TRANSIENT_FAILURES_PER_PROVIDER) {
                                log.info("{}: {} failures in this request; moving on to the next provider", provider, transientFailures);
                                break models;
                            }
                            log.info("{}: {}; trying the next candidate", provider, kind.phrase());
                        }
                        case KEY_REJECTED -> {
                            quota.released();
                            Instant until = after.plus(KeyHealth.DISABLED_FOR);
                            health.disable(until, shortError);
                            writer.write(s -> s.saveState(new SavedKeyState(provider, pool.fingerprint(key), key.group(), "",
                                    KeyState.DISABLED, kind.name(), Optional.of(until))));
                            log.info("{}: {} disabled until {} ({}); trying the next key", provider, key.label(), until, shortError);
                        }
                        case MODEL_UNAVAILABLE -> {
                            quota.released();
                            Instant until = after.plus(RETIRED_FOR);
                            pool.retire(model, until);
                            writer.write(s -> s.saveState(new SavedKeyState(provider, SavedKeyState.ANY_KEY, "", model,
                                    KeyState.MODEL_RETIRED, kind.name(), Optional.of(until))));
                            log.info("{}: model {} retired until {} (HTTP {}); trying the next model", provider, model, until, failure.status());
                            continue models;
                        }
                        case REQUEST_TOO_LARGE -> {
                            quota.released();
                            tooLargeSomewhere = true;
                            failure.tokenLimit().ifPresent(limit -> pool.tokenCeiling(model, limit));
                            log.info("{}: ~{} tokens are too many for {} at any time; trying the next model", provider, estimated, model);
                            continue models;
                        }
                        case PROMPT_TOO_LONG -> {
                            quota.released();
                            log.info("{}: the prompt exceeds {}'s context; handing it back to be shortened", provider, model);
                            throw new PromptTooLongException(estimated, redact(failure.detail()));
                        }
                        case BAD_REQUEST -> {
                            quota.released();
                            log.info("{}: {} refused the request (HTTP {}); trying the next model", provider, model, failure.status());
                            continue models;
                        }
                    }
                }
            }
        }
        if (!triedSomething && tooLargeSomewhere && earliestFree == null) {
            throw new PromptTooLongException(estimated, "~" + estimated + " tokens exceed every model's per-minute token limit");
        }
        if (earliestFree != null && failures.stream().noneMatch(f -> f.contains("no usable reply") || f.contains("provider unavailable"))) {
            Instant now = clock.instant();
            long secs = Math.max(1, Duration.between(now, earliestFree).toSeconds());
            String when = secs < 5400 ? "in " + humanDuration(secs) : "at " + UTC_TIME.format(earliestFree) + " (in " + humanDuration(secs) + ")";
            log.warn("no key can take the request; earliest frees up at {}", earliestFree);
            throw new NoKeyAvailableException("Every language model key is rate-limited right now; the earliest frees up "
                    + when + ".", "all keys cooling; tried: " + failures, earliestFree);
        }
        if (!triedSomething && earliestFree == null) {
            throw new LlmException("No language model key works right now (the providers rejected them); an admin can check `askbar keys`.",
                    "every key disabled or model retired");
        }
        throw new LlmException("No language model could answer right now; please try again in a minute.",
                "all attempts failed: " + failures);
    }

    private void record(KeyPool pool, ApiKey key, String model, LocalDate today, Optional<LlmReply> reply,
                        Optional<String> error, Attempt attempt) {
        KeyUsage delta = DailyUsage.attempt(key, pool.fingerprint(key), model, today, reply, error, attempt.exchange());
        pool.usage(key, model, today).add(delta);
        writer.write(s -> s.addUsage(delta));
        if (!observers.isEmpty()) {
            AttemptEvent event = new AttemptEvent(key.provider(), key.masked(), key.group(), model,
                    attempt instanceof Attempt.Failure f ? Optional.of(f.kind()) : Optional.empty(), attempt.exchange());
            observers.forEach(o -> o.accept(event));
        }
    }

    private void persistCooling(ApiKey key, String fingerprint, String model, Instant until, FailureKind reason) {
        writer.write(s -> s.saveState(new SavedKeyState(key.provider(), fingerprint, key.group(), model,
                KeyState.COOLING, reason.name(), Optional.of(until))));
    }

    /** Brings back what an earlier run learned: cooling groups, disabled keys, retired models, today's counters. */
    private void restore() {
        Optional<KeyStateStore> store = writer.store();
        if (store.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        int restored = 0;
        try {
            for (SavedKeyState saved : store.get().loadStates(now)) {
                Optional<KeyPool> pool = pools.stream().filter(p -> p.provider().equals(saved.provider())).findFirst();
                if (pool.isEmpty()) {
                    continue;
                }
                FailureKind reason = parseReason(saved.reason());
                Instant until = saved.until().orElse(now.plus(KeyHealth.DISABLED_FOR));
                switch (saved.state()) {
                    case MODEL_RETIRED -> pool.get().retire(saved.model(), until);
                    case DISABLED -> pool.get().key(saved.fingerprint()).ifPresent(k -> pool.get().health(k).disable(until, reason.phrase()));
                    case COOLING -> pool.get().key(saved.fingerprint()).ifPresent(k -> pool.get().quota(k.group(), saved.model()).cool(now, until, reason));
                    default -> {
                        continue;
                    }
                }
                restored++;
            }
            LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
            for (KeyUsage usage : store.get().loadUsage(today)) {
                pools.stream().filter(p -> p.provider().equals(usage.provider())).findFirst()
                        .flatMap(p -> p.key(usage.fingerprint()).map(k -> p.usage(k, usage.model(), today)))
                        .ifPresent(u -> u.add(usage));
            }
            if (restored > 0) {
                log.info("restored {} key states from the state store", restored);
            }
        } catch (RuntimeException e) {
            log.warn("key state could not be restored; starting with every key available: {}", e.getMessage());
        }
    }

    private static FailureKind parseReason(String name) {
        try {
            return FailureKind.valueOf(name);
        } catch (RuntimeException e) {
            return FailureKind.RATE_LIMITED_DAY;
        }
    }

    /** Every key and model with its state and today's counters, for {@code askbar keys} and {@code /askbar keys}. */
    public List<KeyStatus> status() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        List<KeyStatus> rows = new ArrayList<>();
        for (KeyPool pool : pools) {
            for (ApiKey key : pool.keys()) {
                KeyHealth health = pool.health(key);
                for (String model : pool.models()) {
                    QuotaState quota = pool.quota(key.group(), model);
                    KeyState state = KeyState.AVAILABLE;
                    Optional<Instant> until = Optional.empty();
                    Optional<String> reason = Optional.empty();
                    Optional<Instant> disabled = health.disabledUntil(now);
                    Optional<Instant> retired = pool.retiredUntil(model, now);
                    Optional<QuotaState.Cooling> cooling = quota.cooling(now);
                    Optional<Instant> open = health.openUntil(now);
                    if (disabled.isPresent()) {
                        state = KeyState.DISABLED;
                        until = disabled;
                        reason = health.disabledReason();
                    } else if (retired.isPresent()) {
                        state = KeyState.MODEL_RETIRED;
                        until = retired;
                        reason = Optional.of(FailureKind.MODEL_UNAVAILABLE.phrase());
                    } else if (cooling.isPresent()) {
                        state = KeyState.COOLING;
                        until = Optional.of(cooling.get().until());
                        reason = Optional.of(cooling.get().reason().phrase());
                    } else if (open.isPresent()) {
                        state = KeyState.CIRCUIT_OPEN;
                        until = open;
                        reason = Optional.of("repeated timeouts or server errors");
                    } else if (quota.tokensBlockedUntil(now).isPresent()) {
                        state = KeyState.COOLING;
                        until = quota.tokensBlockedUntil(now);
                        reason = Optional.of("no tokens left this minute");
                    } else if (quota.probing(now)) {
                        state = KeyState.PROBING;
                    }
                    DailyUsage.Snapshot usage = pool.usage(key, model, today).snapshot(today);
                    rows.add(new KeyStatus(pool.provider(), key.position(), key.masked(), key.group(), model, state, until,
                            reason, usage.requests(), usage.successes(), usage.failures(), usage.tokensIn(), usage.tokensOut(),
                            usage.lastError(), usage.medianLatency()));
                }
            }
        }
        return List.copyOf(rows);
    }

    /** Waits until every state change so far is in the state store. */
    public void flush() {
        writer.flush();
    }

    @Override
    public void close() {
        writer.close();
    }

    private static Instant earliest(Instant a, Instant b) {
        return a == null || b.isBefore(a) ? b : a;
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

    private static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.2f", d.toNanos() / 1e9);
    }

    /**
     * Provider texts name organisations and projects, and a proxy might echo a key: mask both before logging.
     * Whatever looks like a key is masked even when it is not ours.
     */
    String redact(String detail) {
        String out = detail.replaceAll("\\s*\\R\\s*", " ");
        for (KeyPool pool : pools) {
            for (ApiKey key : pool.keys()) {
                String secret = key.secret().reveal();
                if (!secret.isEmpty()) {
                    out = out.replace(secret, key.masked());
                }
            }
        }
        out = KEY_LIKE.matcher(out).replaceAll(m -> ApiKey.mask(m.group(1)));
        return ORG_ID.matcher(out).replaceAll(m -> m.group(1) + "_…" + m.group(2).substring(m.group(2).length() - 4));
    }
}
