package dev.askbar.core.llm;

import dev.askbar.core.config.AskBarConfig.ProviderSettings;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** One provider's keys (in configured order), models (in preference order) and everything known about them. */
final class KeyPool {
    private final ProviderSettings settings;
    private final ProviderClient client;
    private final Map<LlmTask, RecentLatency> latency =
            new EnumMap<>(Map.of(LlmTask.SQL, new RecentLatency(), LlmTask.SUMMARY, new RecentLatency()));
    private final List<ApiKey> keys;
    private final List<String> models;
    private final Map<String, QuotaState> quotas = new ConcurrentHashMap<>();
    // keys are fixed for the pool's life: their fingerprints (a SHA-256 each) and health are looked up, never
    // recomputed
    private final Map<ApiKey, String> fingerprints = new IdentityHashMap<>();
    private final Map<ApiKey, KeyHealth> health = new IdentityHashMap<>();
    private final Map<String, Instant> retiredUntil = new ConcurrentHashMap<>();
    private final Map<String, Integer> tokenCeilings = new ConcurrentHashMap<>();
    private final Map<String, DailyUsage> usage = new ConcurrentHashMap<>();
    private volatile Instant unreachableUntil;

    KeyPool(ProviderSettings settings, ProviderClient client, List<ApiKey> keys) {
        this.settings = settings;
        this.client = client;
        this.keys = List.copyOf(keys);
        this.models = List.copyOf(settings.models());
        for (ApiKey key : this.keys) {
            fingerprints.put(key, key.fingerprint());
            health.put(key, new KeyHealth());
        }
    }

    String provider() {
        return client.provider();
    }

    ProviderClient client() {
        return client;
    }

    ProviderSettings settings() {
        return settings;
    }

    /** Recent successful exchanges with this provider for one kind of task (a summary takes longer), for hedging. */
    RecentLatency latency(LlmTask task) {
        return latency.get(task);
    }

    List<ApiKey> keys() {
        return keys;
    }

    List<String> models() {
        return models;
    }

    Optional<ApiKey> key(String fingerprint) {
        return keys.stream()
                .filter(k -> fingerprints.get(k).equals(fingerprint))
                .findFirst();
    }

    int keysIn(String group) {
        return (int) keys.stream().filter(k -> k.group().equals(group)).count();
    }

    QuotaState quota(String group, String model) {
        return quotas.computeIfAbsent(group + "\u0000" + model, k -> new QuotaState());
    }

    /** Only for keys of this pool. */
    KeyHealth health(ApiKey key) {
        return health.get(key);
    }

    String fingerprint(ApiKey key) {
        return fingerprints.get(key);
    }

    /** The provider's address could not be reached: other providers go first until then. */
    void unreachable(Instant until) {
        unreachableUntil = until;
    }

    Optional<Instant> unreachableUntil(Instant now) {
        Instant until = unreachableUntil;
        return until != null && now.isBefore(until) ? Optional.of(until) : Optional.empty();
    }

    void retire(String model, Instant until) {
        retiredUntil.put(model, until);
    }

    Optional<Instant> retiredUntil(String model, Instant now) {
        Instant until = retiredUntil.get(model);
        return until != null && now.isBefore(until) ? Optional.of(until) : Optional.empty();
    }

    /** Remembers the smallest per-minute token limit a 413 named, so bigger requests skip the model at once. */
    void tokenCeiling(String model, int limit) {
        tokenCeilings.merge(model, limit, Math::min);
    }

    Optional<Integer> tokenCeiling(String model) {
        return Optional.ofNullable(tokenCeilings.get(model));
    }

    DailyUsage usage(ApiKey key, String model, LocalDate today) {
        return usage.computeIfAbsent(fingerprints.get(key) + "\u0000" + model, k -> new DailyUsage(today));
    }
}
