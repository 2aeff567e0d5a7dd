package dev.askbar.core.llm;

import dev.askbar.core.config.AskBarConfig.ProviderSettings;
import java.time.Clock;
import okhttp3.OkHttpClient;

/** The client factory of the provider table: one client class per wire protocol. */
final class ProviderClients {
    private ProviderClients() {}

    static ProviderClient create(ProviderSettings settings, OkHttpClient http, Clock clock) {
        return switch (settings.type().protocol()) {
            case OPENAI_CHAT -> new OpenAiCompatibleClient(settings.name(), settings.baseUrl(), http);
            case GEMINI -> new GeminiClient(settings.name(), settings.baseUrl(), http, clock);
        };
    }
}
