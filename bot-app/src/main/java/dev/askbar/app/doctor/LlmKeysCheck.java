package dev.askbar.app.doctor;

import dev.askbar.core.config.ProviderType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The LLM keys: each configured key checked with a call that spends no completion quota (listing models), through
 * a {@link KeyChecker} the LLM router provides. Without one the doctor can only say that keys are configured.
 *
 * <pre>{@code
 * new LlmKeysCheck(config.hasAnyLlmKey(), () -> router.checkKeys().stream()
 *         .map(k -> new LlmKeysCheck.Verdict(k.provider(), k.key(), k.problem())).toList())
 * }</pre>
 */
public final class LlmKeysCheck implements DoctorCheck {

    /**
     * @param maskedKey e.g. {@code gsk_…a1b2}; never the key itself
     * @param problem   empty when the key works; otherwise what is wrong, in one sentence without the key
     */
    public record Verdict(String provider, String maskedKey, Optional<String> problem) {}

    /** Checks every configured key, one verdict per key. */
    @FunctionalInterface
    public interface KeyChecker {
        List<Verdict> check() throws Exception;
    }

    private final boolean anyKey;
    private final Optional<KeyChecker> checker;

    public LlmKeysCheck(boolean anyKey, Optional<KeyChecker> checker) {
        this.anyKey = anyKey;
        this.checker = checker;
    }

    @Override
    public List<Finding> run() throws Exception {
        if (!anyKey) {
            return List.of(Finding.failed(
                    "LLM keys",
                    "no language model key is set",
                    "set GROQ_API_KEYS (a free key from console.groq.com works) or GEMINI_API_KEYS"));
        }
        if (checker.isEmpty()) {
            return List.of(Finding.ok("LLM keys", "configured (not verified against the providers)"));
        }
        List<Finding> out = new ArrayList<>();
        for (Verdict v : checker.get().check()) {
            String item = v.provider() + " key " + v.maskedKey();
            out.add(
                    v.problem().isEmpty()
                            ? Finding.ok(item, "works")
                            : Finding.failed(
                                    item,
                                    v.problem().get(),
                                    "replace or remove this key in " + variable(v.provider())
                                            + ", then run askbar doctor again"));
        }
        return out;
    }

    private static String variable(String provider) {
        return ProviderType.named(provider).map(ProviderType::keysVariable).orElse("the provider's key list");
    }
}
