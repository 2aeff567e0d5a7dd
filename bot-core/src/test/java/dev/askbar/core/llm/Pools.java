package dev.askbar.core.llm;

import dev.askbar.core.config.AskBarConfig;
import dev.askbar.core.config.KeySpec;
import dev.askbar.core.config.ProviderType;
import dev.askbar.core.config.Secret;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Key pools without any HTTP behind them, for the decisions that need none. */
final class Pools {
    private Pools() {}

    /** {@code groups} gives each key's quota group, in order. */
    static KeyPool pool(ProviderType type, List<String> models, String... groups) {
        List<KeySpec> specs = new ArrayList<>();
        for (int i = 0; i < groups.length; i++) {
            specs.add(new KeySpec(new Secret(type.name() + "-test-key-" + i + "-0000"), Optional.of(groups[i])));
        }
        AskBarConfig.ProviderSettings settings = new AskBarConfig.ProviderSettings(
                type, type.defaultBaseUrl().orElse("http://localhost:11434/v1"), specs, models);
        return new KeyPool(settings, new NoCalls(type.name()), LlmRouter.keys(type.name(), specs));
    }

    /** A client for decisions made before any call: calling it is a test failure. */
    private record NoCalls(String provider) implements ProviderClient {
        @Override
        public Attempt call(ApiKey key, String model, LlmRequest request, InFlight inFlight) {
            throw new AssertionError("no call expected");
        }

        @Override
        public Attempt checkKey(ApiKey key, InFlight inFlight) {
            throw new AssertionError("no call expected");
        }
    }
}
