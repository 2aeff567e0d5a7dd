package dev.askbar.core.llm;

import dev.askbar.core.config.AskBarConfig;
import dev.askbar.core.config.KeySpec;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sends each request to the first provider, model and key that can take it, in configured order.
 * Groq limits are per organisation and model, so a limit seen on one key cools down every key of its
 * quota group for that model, and the group is not called again until the provider's reset.
 */
public final class LlmRouter implements LanguageModel {
    private static final Logger log = LoggerFactory.getLogger(LlmRouter.class);

    private final List<Provider> providers;
    private final Clock clock;
    private final Map<String, Instant> coolingUntil = new ConcurrentHashMap<>();
    private final Map<String, Boolean> rejectedKeys = new ConcurrentHashMap<>();
    private final Map<String, Boolean> retiredModels = new ConcurrentHashMap<>();

    /** A provider with its keys (in configured order) and models (in preference order). */
    record Provider(ProviderClient client, List<ApiKey> keys, List<String> models) {
    }

    LlmRouter(List<Provider> providers, Clock clock) {
        this.providers = List.copyOf(providers);
        this.clock = clock;
    }

    public static LlmRouter from(AskBarConfig config) {
        OkHttpClient http = new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(5))
                .callTimeout(config.limits().llmTimeout())
                .readTimeout(config.limits().llmTimeout())
                .build();
        List<Provider> providers = new ArrayList<>();
        for (String name : config.providers()) {
            AskBarConfig.ProviderSettings settings = name.equals("groq") ? config.groq() : config.gemini();
            if (!settings.configured()) {
                continue;
            }
            ProviderClient client = switch (name) {
                case "groq" -> new OpenAiCompatibleClient("groq", settings.baseUrl(), http);
                default -> null;
            };
            if (client != null) {
                providers.add(new Provider(client, keys(name, settings.keys()), settings.models()));
            }
        }
        return new LlmRouter(providers, Clock.systemUTC());
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

    public boolean hasProviders() {
        return !providers.isEmpty();
    }

    @Override
    public LlmReply complete(LlmRequest request) {
        Instant earliestFree = null;
        for (Provider provider : providers) {
            String name = provider.client().provider();
            for (String model : provider.models()) {
                if (retiredModels.containsKey(name + "/" + model)) {
                    continue;
                }
                modelLoop:
                for (ApiKey key : provider.keys()) {
                    if (rejectedKeys.containsKey(key.fingerprint())) {
                        continue;
                    }
                    String group = name + "/" + key.group() + "/" + model;
                    Instant until = coolingUntil.get(group);
                    if (until != null && until.isAfter(clock.instant())) {
                        earliestFree = earliestFree == null || until.isBefore(earliestFree) ? until : earliestFree;
                        continue;
                    }
                    Attempt attempt = provider.client().call(key, model, request);
                    if (attempt instanceof Attempt.Success success) {
                        LlmReply reply = success.reply();
                        log.info("{} succeeded in {} s ({}, {}, {} tokens in, {} out)", name,
                                seconds(reply.latency()), key.label(), model, reply.inputTokens(), reply.outputTokens());
                        return reply;
                    }
                    Attempt.Failure failure = (Attempt.Failure) attempt;
                    log.warn("{} failed: {} ({}, {}): {}", name, failure.kind().name().toLowerCase(Locale.ROOT),
                            key.label(), model, redact(failure.detail(), key));
                    switch (failure.kind()) {
                        case RATE_LIMITED_MINUTE, RATE_LIMITED_DAY, PROVIDER_UNAVAILABLE -> {
                            Duration wait = failure.retryIn().orElse(failure.kind() == FailureKind.RATE_LIMITED_DAY
                                    ? Duration.ofHours(1) : Duration.ofSeconds(30));
                            Instant freeAt = clock.instant().plus(wait);
                            coolingUntil.put(group, freeAt);
                            earliestFree = earliestFree == null || freeAt.isBefore(earliestFree) ? freeAt : earliestFree;
                            log.info("{} group {} cools down for {} s on {}", name, key.group(), seconds(wait), model);
                        }
                        case KEY_REJECTED -> rejectedKeys.put(key.fingerprint(), true);
                        case MODEL_UNAVAILABLE -> {
                            retiredModels.put(name + "/" + model, true);
                            break modelLoop;
                        }
                        case REQUEST_TOO_LARGE -> {
                            break modelLoop;
                        }
                        case BAD_REQUEST -> throw new LlmException(
                                "The language model refused the request as too long or malformed; try a shorter question.",
                                redact(failure.detail(), key));
                        case TRANSIENT -> {
                            // the next key or model may well answer
                        }
                    }
                }
            }
        }
        if (providers.isEmpty()) {
            throw new LlmException("No language model is configured; set GROQ_API_KEYS (a free Groq key works) or GEMINI_API_KEYS.",
                    "no providers");
        }
        if (earliestFree != null) {
            long secs = Math.max(1, Duration.between(clock.instant(), earliestFree).toSeconds());
            throw new LlmException("Every language model key is rate-limited right now; the earliest frees up in "
                    + humanDuration(secs) + ".", "all keys cooling");
        }
        throw new LlmException("No language model could answer right now; please try again in a minute.", "all attempts failed");
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
        return String.format(Locale.ROOT, "%.2f", d.toMillis() / 1000.0);
    }

    /** Provider error texts never carry our key, but a proxy might echo it: mask it before logging. */
    static String redact(String detail, ApiKey key) {
        String secret = key.secret().reveal();
        return secret.isEmpty() ? detail : detail.replace(secret, key.masked());
    }

    Optional<Instant> coolingUntil(String provider, String group, String model) {
        return Optional.ofNullable(coolingUntil.get(provider + "/" + group + "/" + model));
    }
}
