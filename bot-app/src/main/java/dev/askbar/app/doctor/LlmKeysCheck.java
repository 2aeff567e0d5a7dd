package dev.askbar.app.doctor;

import dev.askbar.core.config.AskBarConfig;
import dev.askbar.core.config.KeySpec;
import dev.askbar.core.llm.ApiKey;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Each configured LLM key, checked by a {@link KeyVerifier} (one call that spends no completion quota, such as
 * listing models). Without a verifier the doctor can only say the keys are present.
 */
public final class LlmKeysCheck implements DoctorCheck {

    /** Verifies one key; empty when it works, otherwise what the provider said, in words, without the key. */
    @FunctionalInterface
    public interface KeyVerifier {
        Optional<String> problem(AskBarConfig.ProviderSettings provider, KeySpec key) throws Exception;
    }

    private final AskBarConfig config;
    private final Optional<KeyVerifier> verifier;

    public LlmKeysCheck(AskBarConfig config, Optional<KeyVerifier> verifier) {
        this.config = config;
        this.verifier = verifier;
    }

    @Override
    public List<Finding> run() throws Exception {
        if (!config.hasAnyLlmKey()) {
            return List.of(Finding.failed("LLM keys", "no language model key is set",
                    "set GROQ_API_KEYS (a free key from console.groq.com works) or GEMINI_API_KEYS"));
        }
        List<Finding> out = new ArrayList<>();
        for (AskBarConfig.ProviderSettings provider : List.of(config.groq(), config.gemini())) {
            for (KeySpec key : provider.keys()) {
                out.add(check(provider, key));
            }
        }
        return out;
    }

    private Finding check(AskBarConfig.ProviderSettings provider, KeySpec key) throws Exception {
        String item = provider.name() + " key " + ApiKey.mask(key.secret().reveal());
        if (verifier.isEmpty()) {
            return Finding.ok(item, "present (not verified against " + PlatformHttp.host(provider.baseUrl()) + ")");
        }
        Optional<String> problem = verifier.get().problem(provider, key);
        String variable = provider.name().equals("gemini") ? "GEMINI_API_KEYS" : "GROQ_API_KEYS";
        return problem.isEmpty()
                ? Finding.ok(item, "valid at " + PlatformHttp.host(provider.baseUrl()))
                : Finding.failed(item, problem.get(), "replace this key in " + variable + " with a working one, or remove it");
    }
}
