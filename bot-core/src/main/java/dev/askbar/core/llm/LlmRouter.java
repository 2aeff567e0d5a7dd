package dev.askbar.core.llm;

import dev.askbar.core.config.AskBarConfig;
import dev.askbar.core.config.AskBarConfig.ProviderSettings;
import dev.askbar.core.config.KeySpec;
import dev.askbar.core.config.ProviderType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends each request to the first provider, model and key that can take it, in configured order, and spends no
 * call where a provider has already said no: a limit seen on one key cools its whole quota group for that model
 * until the provider's reset, remaining-budget headers skip a group before it fails, and all of it survives a
 * restart when a {@link KeyStateStore} is given. An attempt that outlives its provider's usual time gets a hedge:
 * a second attempt on the next candidate, the first usable reply wins and the slower one is cancelled.
 *
 * <p>The parts: {@link CandidateSequence} says where a request goes next, {@link FailurePolicy} what a failure
 * changes and what follows it, {@link Race} runs the attempts that are out at once.
 */
public final class LlmRouter implements LanguageModel, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(LlmRouter.class);
    static final Duration DEFAULT_MINUTE_COOLDOWN = Duration.ofSeconds(60);
    static final Duration DEFAULT_DAY_COOLDOWN = Duration.ofHours(1);
    static final Duration RETIRED_FOR = Duration.ofHours(24);
    /** A hedge never starts sooner than this after its attempt, however fast the provider usually is. */
    static final Duration HEDGE_FLOOR = Duration.ofSeconds(2);
    /** A hedge starts once an attempt took this many times its provider's recent 95th percentile. */
    static final int HEDGE_FACTOR = 3;

    static final int ATTEMPT_THREADS_KEPT = 4;
    /** After a provider could not be reached, the others go first for this long (it is still tried when they fail). */
    static final Duration UNREACHABLE_REST = Duration.ofSeconds(30);

    private static final Pattern LINE_BREAK = Pattern.compile("\\s*\\R\\s*");
    private static final Pattern ORG_ID = Pattern.compile("\\b(org|project|proj)_([A-Za-z0-9]{4,})");

    private final List<KeyPool> pools;
    private final Clock clock;
    private final StateWriter writer;
    private final Duration requestDeadline;
    private final ExecutorService attempts;
    private final Pattern keyLike;
    private final List<Consumer<AttemptEvent>> observers = new CopyOnWriteArrayList<>();

    LlmRouter(List<KeyPool> pools, Clock clock, Optional<KeyStateStore> store, Duration requestDeadline) {
        this.pools = List.copyOf(pools);
        this.clock = clock;
        this.writer = new StateWriter(store);
        this.requestDeadline = requestDeadline;
        this.keyLike = Pattern.compile(ProviderType.TABLE.stream()
                .map(t -> "(?:" + t.keyPattern().pattern() + ")")
                .collect(Collectors.joining("|")));
        AtomicInteger threads = new AtomicInteger();
        // a few threads stay up between questions, so a call after a quiet spell does not start one first;
        // hedges and concurrent questions add more, which go after a minute idle
        ThreadPoolExecutor pool = new ThreadPoolExecutor(
                ATTEMPT_THREADS_KEPT, Integer.MAX_VALUE, 60, TimeUnit.SECONDS, new SynchronousQueue<>(), r -> {
                    Thread t = new Thread(r, "askbar-llm-" + threads.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        pool.prestartAllCoreThreads();
        this.attempts = pool;
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
        for (ProviderSettings settings : config.providers()) {
            if (settings.configured()) {
                pools.add(new KeyPool(
                        settings,
                        ProviderClients.create(settings, http, clock),
                        keys(settings.name(), settings.keys())));
                ProviderAddress.log(settings);
            }
        }
        // one slow attempt may use the whole LLM timeout; the hedges and failovers after it get as long again
        return new LlmRouter(pools, clock, store, config.limits().llmTimeout().multipliedBy(2));
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

    /**
     * Calls {@code observer} after every upstream call: on the calling thread for the attempts a request waited
     * for, on a gateway thread for an abandoned hedge.
     */
    public void addObserver(Consumer<AttemptEvent> observer) {
        observers.add(observer);
    }

    @Override
    public LlmReply complete(LlmRequest request) {
        if (pools.isEmpty()) {
            throw new LlmException(
                    "No language model is configured; set GROQ_API_KEYS (a free Groq key works) or GEMINI_API_KEYS.",
                    "no providers");
        }
        CandidateSequence candidates = new CandidateSequence(pools, request.estimatedTokens(), clock);
        Tally tally = new Tally(candidates);
        long deadline = System.nanoTime() + requestDeadline.toNanos();
        try (Race race = new Race(attempts, this::settleLate)) {
            while (System.nanoTime() < deadline) {
                if (race.wantsAnother()) {
                    Optional<Candidate> next = candidates.next();
                    if (next.isPresent()) {
                        start(race, next.get(), request);
                    } else if (race.idle()) {
                        throw giveUp(tally, false, request);
                    }
                }
                Optional<Race.Finished> done = race.next(deadline);
                if (done.isPresent() && done.get().attempt() instanceof Attempt.Success success) {
                    return succeeded(done.get(), success);
                }
                if (done.isPresent()) {
                    failed(done.get(), (Attempt.Failure) done.get().attempt(), candidates, tally, request);
                }
            }
            throw giveUp(tally, true, request);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LlmException("The question was stopped before a language model answered.", "interrupted");
        }
    }

    private void start(Race race, Candidate candidate, LlmRequest request) {
        race.latest()
                .ifPresent(slow -> log.info(
                        "{}: no reply within {} s ({}, {}); asking {} as well ({}, {})",
                        slow.provider(),
                        seconds(hedgeAfter(slow.pool(), request.task())),
                        slow.key().label(),
                        slow.model(),
                        candidate.provider(),
                        candidate.key().label(),
                        candidate.model()));
        race.start(candidate, request, hedgeAfter(candidate.pool(), request.task()));
    }

    /** max(2 s, 3 x the provider's recent p95): long enough that a hedge is rare, short enough that a hang is cheap. */
    static Duration hedgeAfter(KeyPool pool, LlmTask task) {
        Duration usual =
                pool.latency(task).p95().map(p -> p.multipliedBy(HEDGE_FACTOR)).orElse(HEDGE_FLOOR);
        return usual.compareTo(HEDGE_FLOOR) > 0 ? usual : HEDGE_FLOOR;
    }

    private LlmReply succeeded(Race.Finished done, Attempt.Success success) {
        Candidate c = done.candidate();
        LlmReply reply = success.reply();
        Instant after = clock.instant();
        c.pool().health(c.key()).succeeded();
        c.pool().latency(done.task()).add(reply.latency());
        record(done, Optional.of(reply), Optional.empty(), success);
        log.info(
                "{} succeeded in {} s ({}, {})",
                c.provider(),
                seconds(reply.latency()),
                c.key().label(),
                c.model());
        c.quota().succeeded(after, success.budget()).ifPresent(cooling -> {
            log.info(
                    "{}: quota group {} has no requests left on {}; not calling it before {}",
                    c.provider(),
                    c.key().group(),
                    c.model(),
                    cooling.until());
            persistCooling(c, cooling.until(), cooling.reason());
        });
        shareBudget(c);
        return reply;
    }

    private void failed(
            Race.Finished done,
            Attempt.Failure failure,
            CandidateSequence candidates,
            Tally tally,
            LlmRequest request) {
        Candidate c = done.candidate();
        String shortError = failure.kind().phrase() + (failure.status() > 0 ? ", HTTP " + failure.status() : "");
        record(done, Optional.empty(), Optional.of(shortError), failure);
        log.warn(
                "{} failed in {} s ({}, {}): {}: {}",
                c.provider(),
                seconds(failure.exchange()),
                c.key().label(),
                c.model(),
                failure.kind().phrase(),
                redact(failure.detail()));
        FailurePolicy.Verdict verdict = FailurePolicy.after(failure.kind(), tally.failed(c, failure, shortError));
        remedy(c, failure, verdict.remedy(), tally::freeAt, request.estimatedTokens());
        switch (verdict.next()) {
            case NEXT_KEY ->
                log.debug(
                        "{}: {}; trying the next candidate",
                        c.provider(),
                        failure.kind().phrase());
            case NEXT_MODEL -> candidates.skipModel(c.pool(), c.model());
            case OTHER_PROVIDERS_FIRST -> {
                candidates.deferProvider(c.pool());
                log.info(
                        "{}: {} in this request; trying the other providers first",
                        c.provider(),
                        failure.kind().phrase());
            }
            case NEXT_PROVIDER -> candidates.dropProvider(c.pool());
            case SHRINK_PROMPT -> {
                log.info(
                        "{}: the prompt exceeds {}'s context; handing it back to be shortened",
                        c.provider(),
                        c.model());
                throw new PromptTooLongException(request.estimatedTokens(), redact(failure.detail()));
            }
        }
    }

    /**
     * Applies what the failure policy says to remember about the key, its group, the model or the provider.
     *
     * @param cooled told when a group this failure cooled frees up again
     */
    private void remedy(
            Candidate c,
            Attempt.Failure failure,
            FailurePolicy.Remedy remedy,
            Consumer<Instant> cooled,
            int estimated) {
        KeyPool pool = c.pool();
        ApiKey key = c.key();
        String provider = pool.provider();
        FailureKind kind = failure.kind();
        Instant after = clock.instant();
        if (remedy != FailurePolicy.Remedy.COOL_GROUP) {
            c.quota().released();
        }
        switch (remedy) {
            case COOL_GROUP -> {
                Duration wait = failure.retryIn()
                        .orElse(kind == FailureKind.RATE_LIMITED_DAY ? DEFAULT_DAY_COOLDOWN : DEFAULT_MINUTE_COOLDOWN);
                Instant until = after.plus(wait);
                c.quota().cool(after, until, kind);
                cooled.accept(until);
                persistCooling(c, until, kind);
                log.info(
                        "{}: quota group {} ({} keys) cools down on {} until {} ({}); trying the next candidate",
                        provider,
                        key.group(),
                        pool.keysIn(key.group()),
                        c.model(),
                        until,
                        kind.phrase());
            }
            case COUNT_AGAINST_KEY -> {
                failure.retryIn().ifPresent(wait -> {
                    c.quota().cool(after, after.plus(wait), kind);
                    cooled.accept(after.plus(wait));
                });
                if (pool.health(key).failed(after)) {
                    log.info(
                            "{}: {} rests for {} s after repeated failures (circuit open)",
                            provider,
                            key.label(),
                            KeyHealth.BREAKER_OPEN.toSeconds());
                }
            }
            case DISABLE_KEY -> {
                Instant until = after.plus(KeyHealth.DISABLED_FOR);
                String why = kind.phrase() + (failure.status() > 0 ? ", HTTP " + failure.status() : "");
                pool.health(key).disable(until, why);
                writer.write(s -> s.saveState(new SavedKeyState(
                        provider,
                        pool.fingerprint(key),
                        key.group(),
                        "",
                        KeyState.DISABLED,
                        kind.name(),
                        Optional.of(until))));
                log.info("{}: {} disabled until {} ({}); trying the next key", provider, key.label(), until, why);
            }
            case RETIRE_MODEL -> {
                Instant until = after.plus(RETIRED_FOR);
                pool.retire(c.model(), until);
                writer.write(s -> s.saveState(new SavedKeyState(
                        provider,
                        SavedKeyState.ANY_KEY,
                        "",
                        c.model(),
                        KeyState.MODEL_RETIRED,
                        kind.name(),
                        Optional.of(until))));
                log.info(
                        "{}: model {} retired until {} (HTTP {}); trying the next model",
                        provider,
                        c.model(),
                        until,
                        failure.status());
            }
            case CAP_MODEL_TOKENS -> {
                failure.tokenLimit().ifPresent(limit -> pool.tokenCeiling(c.model(), limit));
                log.info(
                        "{}: ~{} tokens are too many for {} at any time; trying the next model",
                        provider,
                        estimated,
                        c.model());
            }
            case REST_PROVIDER -> {
                pool.unreachable(after.plus(UNREACHABLE_REST));
                log.info(
                        "{}: cannot reach {}; other providers go first for {} s (check the network or {})",
                        provider,
                        ProviderType.host(pool.settings().baseUrl()),
                        UNREACHABLE_REST.toSeconds(),
                        pool.settings().type().baseUrlVariable());
            }
            case NONE -> {
                if (kind == FailureKind.BAD_REQUEST) {
                    log.info(
                            "{}: {} refused the request (HTTP {}); trying the next model",
                            provider,
                            c.model(),
                            failure.status());
                }
            }
        }
    }

    /**
     * An attempt that finished after its request was settled: the slower hedge, cancelled or not. A cancelled one
     * is nobody's fault; anything else it learned (a success's budget, a limit, a rejected key) is kept.
     */
    private void settleLate(Race.Finished done) {
        Candidate c = done.candidate();
        if (done.attempt() instanceof Attempt.Success success) {
            c.pool().health(c.key()).succeeded();
            c.pool().latency(done.task()).add(success.reply().latency());
            record(done, Optional.of(success.reply()), Optional.empty(), success);
            c.quota()
                    .succeeded(clock.instant(), success.budget())
                    .ifPresent(cooling -> persistCooling(c, cooling.until(), cooling.reason()));
            shareBudget(c);
            return;
        }
        Attempt.Failure failure = (Attempt.Failure) done.attempt();
        if (failure.kind() == FailureKind.CANCELLED) {
            c.quota().released();
            notifyObservers(done, failure);
            log.debug(
                    "{}: abandoned the slower attempt ({}, {})",
                    c.provider(),
                    c.key().label(),
                    c.model());
            return;
        }
        String shortError = failure.kind().phrase() + (failure.status() > 0 ? ", HTTP " + failure.status() : "");
        record(done, Optional.empty(), Optional.of(shortError), failure);
        remedy(c, failure, FailurePolicy.after(failure.kind(), 1).remedy(), until -> {}, 0);
    }

    private LlmException giveUp(Tally tally, boolean deadlinePassed, LlmRequest request) {
        LlmException e = FailurePolicy.giveUp(tally, deadlinePassed, clock.instant(), request.estimatedTokens());
        if (e instanceof NoKeyAvailableException n) {
            log.warn("no key can take the request; earliest frees up at {}", n.freeAt());
        } else {
            log.warn("no language model answered: {}", e.userMessage());
        }
        return e;
    }

    private void record(Race.Finished done, Optional<LlmReply> reply, Optional<String> error, Attempt attempt) {
        Candidate c = done.candidate();
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        KeyUsage delta = DailyUsage.attempt(
                c.key(), c.pool().fingerprint(c.key()), c.model(), today, reply, error, attempt.exchange());
        c.pool().usage(c.key(), c.model(), today).add(delta);
        writer.addUsage(delta);
        notifyObservers(done, attempt);
    }

    private void notifyObservers(Race.Finished done, Attempt attempt) {
        if (!observers.isEmpty()) {
            Candidate c = done.candidate();
            AttemptEvent event = new AttemptEvent(
                    c.provider(),
                    c.key().masked(),
                    c.key().group(),
                    c.model(),
                    attempt instanceof Attempt.Failure f ? Optional.of(f.kind()) : Optional.empty(),
                    attempt.exchange(),
                    done.running().hedge);
            observers.forEach(o -> o.accept(event));
        }
    }

    private void persistCooling(Candidate c, Instant until, FailureKind reason) {
        String fingerprint = c.pool().fingerprint(c.key());
        writer.write(s -> s.saveState(new SavedKeyState(
                c.provider(),
                fingerprint,
                c.key().group(),
                c.model(),
                KeyState.COOLING,
                reason.name(),
                Optional.of(until))));
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
                if (apply(saved)) {
                    restored++;
                }
            }
            LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
            for (KeyUsage usage : store.get().loadUsage(today)) {
                pools.stream()
                        .filter(p -> p.provider().equals(usage.provider()))
                        .findFirst()
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

    /**
     * Takes in a state this or another replica recorded (a cooling quota group, a disabled key, a retired model), as
     * if this replica had seen the failure itself; the state is not written back. Returns false when it does not
     * concern a key or provider configured here.
     */
    public boolean apply(SavedKeyState saved) {
        Optional<KeyPool> pool = pools.stream()
                .filter(p -> p.provider().equals(saved.provider()))
                .findFirst();
        if (pool.isEmpty()) {
            return false;
        }
        Instant now = clock.instant();
        FailureKind reason = parseReason(saved.reason());
        Instant until = saved.until().orElse(now.plus(KeyHealth.DISABLED_FOR));
        switch (saved.state()) {
            case MODEL_RETIRED -> pool.get().retire(saved.model(), until);
            case DISABLED ->
                pool.get()
                        .key(saved.fingerprint())
                        .ifPresent(k -> pool.get().health(k).disable(until, reason.phrase()));
            case COOLING ->
                pool.get()
                        .key(saved.fingerprint())
                        .ifPresent(
                                k -> pool.get().quota(k.group(), saved.model()).cool(now, until, reason));
            default -> {
                return false;
            }
        }
        return true;
    }

    /** Takes in a quota group's remaining token budget another replica read from the provider's headers. */
    public void applyBudget(String provider, String group, String model, int tokensLeft, Instant resetsAt) {
        pools.stream()
                .filter(p -> p.provider().equals(provider))
                .findFirst()
                .ifPresent(p -> p.quota(group, model).budget(tokensLeft, resetsAt));
    }

    /** Tells the other replicas what this success said is left, so they skip the group before it fails. */
    private void shareBudget(Candidate c) {
        c.quota()
                .budgetToShare(clock.instant())
                .ifPresent(b -> writer.write(
                        s -> s.saveBudget(c.provider(), c.key().group(), c.model(), b.tokensLeft(), b.resetsAt())));
    }

    private static FailureKind parseReason(String name) {
        try {
            return FailureKind.valueOf(name);
        } catch (RuntimeException e) {
            return FailureKind.RATE_LIMITED_DAY;
        }
    }

    /**
     * Every key and model with its state (and why, and until when) and today's usage: data each surface renders in
     * its own way ({@code askbar keys} as a table, Slack and Discord natively). Keys appear only masked.
     */
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
                    rows.add(new KeyStatus(
                            pool.provider(),
                            key.position(),
                            key.masked(),
                            key.group(),
                            model,
                            state,
                            until,
                            reason,
                            usage.requests(),
                            usage.successes(),
                            usage.failures(),
                            usage.tokensIn(),
                            usage.tokensOut(),
                            usage.lastError(),
                            usage.medianLatency()));
                }
            }
        }
        return List.copyOf(rows);
    }

    /**
     * Checks every configured key with a call that spends no completion quota (listing the provider's models), for
     * {@code askbar doctor}. The keys are checked at once, so the whole check takes as long as the slowest; a key
     * whose quota is spent still counts as working. Results come in configuration order.
     */
    public List<KeyCheck> checkKeys() {
        List<Future<KeyCheck>> pending = new ArrayList<>();
        for (KeyPool pool : pools) {
            for (ApiKey key : pool.keys()) {
                pending.add(attempts.submit(() -> check(pool, key)));
            }
        }
        List<KeyCheck> checks = new ArrayList<>();
        for (Future<KeyCheck> check : pending) {
            try {
                checks.add(check.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LlmException("The key check was stopped.", "interrupted");
            } catch (ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
        }
        return List.copyOf(checks);
    }

    private KeyCheck check(KeyPool pool, ApiKey key) {
        Attempt attempt = pool.client().checkKey(key, new InFlight());
        if (attempt instanceof Attempt.Failure f) {
            log.info(
                    "{}: checking {}: {}: {}",
                    pool.provider(),
                    key.label(),
                    f.kind().phrase(),
                    redact(f.detail()));
            Optional<String> problem = KeyProblems.sentence(pool.settings(), key, f);
            return new KeyCheck(pool.provider(), key.masked(), problem.isEmpty(), problem);
        }
        return new KeyCheck(pool.provider(), key.masked(), true, Optional.empty());
    }

    /** Waits until every state change so far is in the state store. */
    public void flush() {
        writer.flush();
    }

    @Override
    public void close() {
        attempts.shutdownNow();
        writer.close();
    }

    private static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.2f", d.toNanos() / 1e9);
    }

    /**
     * Provider texts name organisations and projects, and a proxy might echo a key: mask both before logging.
     * Whatever looks like a key is masked even when it is not ours.
     */
    String redact(String detail) {
        String out = LINE_BREAK.matcher(detail).replaceAll(" ");
        for (KeyPool pool : pools) {
            for (ApiKey key : pool.keys()) {
                String secret = key.secret().reveal();
                if (!secret.isEmpty()) {
                    out = out.replace(secret, key.masked());
                }
            }
        }
        out = keyLike.matcher(out).replaceAll(m -> ApiKey.mask(m.group()));
        return ORG_ID.matcher(out)
                .replaceAll(
                        m -> m.group(1) + "_…" + m.group(2).substring(m.group(2).length() - 4));
    }
}
