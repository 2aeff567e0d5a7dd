package dev.askbar.core.llm.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.askbar.core.config.AskBarConfig;
import dev.askbar.core.config.AskBarConfig.ProviderSettings;
import dev.askbar.core.config.ProviderType;
import dev.askbar.core.llm.ApiKey;
import dev.askbar.core.llm.KeyCheck;
import dev.askbar.core.llm.KeyStateStore;
import dev.askbar.core.llm.KeyUsage;
import dev.askbar.core.llm.LlmRouter;
import dev.askbar.core.llm.SavedKeyState;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/**
 * One LLM provider as an operator configured it in the environment, narrowed to that provider alone, so a live check
 * of Groq never spends a Gemini call (and the other way round). Everything else (base URL, models, key groups) is
 * read exactly as {@code askbar run} reads it.
 */
final class LiveProvider {
    private LiveProvider() {}

    /** The provider's settings from the environment; skips the calling test when it has no key there. */
    static AskBarConfig configOrSkip(ProviderType type) {
        String prefix = type.envPrefix() + "_";
        String ownVariables = "ASKBAR_" + prefix;
        Map<String, String> env = System.getenv().entrySet().stream()
                .filter(e -> e.getKey().startsWith(prefix)
                        || e.getKey().startsWith(ownVariables)
                        || type.extraKeyVariables().stream()
                                .anyMatch(v -> e.getKey().startsWith(v)))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        env.put("ASKBAR_PROVIDERS", type.name());
        AskBarConfig config = AskBarConfig.from(env);
        boolean configured =
                config.provider(type.name()).map(ProviderSettings::configured).orElse(false);
        assumeTrue(configured, type.keysVariable() + " is not set (no live " + type.name() + " check without a key)");
        return config;
    }

    /** Every configured key of the provider, in full: only for asserting that none of them is ever printed. */
    static List<String> secrets(AskBarConfig config, ProviderType type) {
        return config.provider(type.name()).orElseThrow().keys().stream()
                .map(k -> k.secret().reveal())
                .toList();
    }

    /** A state store that keeps what the router shares with other replicas, so a test can see what it parsed. */
    /** No log line written during a live check carries any of the provider's keys, whole. */
    static void assertNoKeyLogged(List<String> logLines, AskBarConfig config, ProviderType type) {
        for (String secret : secrets(config, type)) {
            assertThat(logLines).noneMatch(line -> line.contains(secret));
        }
    }

    /** AskBar's own key check (a models list, no completion quota) accepts every configured key, reported masked. */
    static void assertEveryKeyPassesTheModelListCheck(AskBarConfig config, ProviderType type) {
        try (LlmRouter router = LlmRouter.from(config)) {
            List<KeyCheck> checks = router.checkKeys();

            assertThat(checks).hasSize(secrets(config, type).size());
            assertThat(checks).allSatisfy(check -> {
                assertThat(check.problem())
                        .as("%s's verdict on %s", type.name(), check.key())
                        .isEmpty();
                assertThat(check.ok()).isTrue();
            });
            List<String> masked =
                    secrets(config, type).stream().map(ApiKey::mask).toList();
            assertThat(checks).extracting(KeyCheck::key).containsExactlyElementsOf(masked);
        }
    }

    static final class SharedBudgets implements KeyStateStore {
        record Budget(String provider, String group, String model, int tokensLeft, Instant resetsAt) {}

        final List<Budget> budgets = new CopyOnWriteArrayList<>();
        final List<SavedKeyState> states = new CopyOnWriteArrayList<>();

        @Override
        public List<SavedKeyState> loadStates(Instant now) {
            return List.of();
        }

        @Override
        public List<KeyUsage> loadUsage(LocalDate day) {
            return List.of();
        }

        @Override
        public void saveState(SavedKeyState state) {
            states.add(state);
        }

        @Override
        public void addUsage(KeyUsage delta) {}

        @Override
        public void saveBudget(String provider, String group, String model, int tokensLeft, Instant resetsAt) {
            budgets.add(new Budget(provider, group, model, tokensLeft, resetsAt));
        }
    }
}
