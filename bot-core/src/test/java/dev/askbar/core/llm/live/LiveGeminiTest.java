package dev.askbar.core.llm.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.askbar.core.config.AskBarConfig;
import dev.askbar.core.config.ProviderType;
import dev.askbar.core.llm.ApiKey;
import dev.askbar.core.llm.CapturedLogs;
import dev.askbar.core.llm.KeyState;
import dev.askbar.core.llm.KeyStatus;
import dev.askbar.core.llm.LlmReply;
import dev.askbar.core.llm.LlmRequest;
import dev.askbar.core.llm.LlmRouter;
import dev.askbar.core.llm.LlmTask;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Gemini itself, through AskBar's own gateway: the key check ({@code GET /v1beta/models}), one tiny
 * {@code generateContent} and its {@code usageMetadata} as the router reads them. Keeps {@code FakeGemini} and
 * {@code GeminiResponses} honest (docs/live-checks.md). Gemini sends no rate-limit headers on success, so the router
 * must learn no budget from one.
 */
@Tag("live")
class LiveGeminiTest {
    private static final ProviderType GEMINI = ProviderType.GEMINI;

    private CapturedLogs logs;
    private AskBarConfig config;

    @BeforeEach
    void configure() {
        config = LiveProvider.configOrSkip(GEMINI);
        logs = new CapturedLogs();
    }

    @AfterEach
    void noKeyInAnyLogLine() {
        if (logs == null) {
            return;
        }
        logs.close();
        LiveProvider.assertNoKeyLogged(logs.lines(), config, GEMINI);
    }

    @Test
    void everyConfiguredKeyPassesTheModelListCheck() {
        LiveProvider.assertEveryKeyPassesTheModelListCheck(config, GEMINI);
    }

    /**
     * The models.list shape ({@code {"models":[{"name":"models/…","supportedGenerationMethods":[…]}],"nextPageToken"}})
     * and that every model AskBar calls supports generateContent. One page of up to 1,000 (the default page is 50).
     */
    @Test
    void theModelListNamesEveryModelAskBarWillCallWithGenerateContent() throws IOException {
        var settings = config.provider(GEMINI.name()).orElseThrow();
        String base = settings.baseUrl().replaceAll("/+$", "");
        Request request = new Request.Builder()
                .url(base + "/models?pageSize=1000")
                .header("x-goog-api-key", settings.keys().get(0).secret().reveal())
                .get()
                .build();
        OkHttpClient http =
                new OkHttpClient.Builder().callTimeout(Duration.ofSeconds(20)).build();
        try (Response response = http.newCall(request).execute()) {
            assertThat(response.code()).isEqualTo(200);
            JsonObject body = JsonParser.parseString(response.body().string()).getAsJsonObject();
            List<String> generating = new ArrayList<>();
            for (JsonElement e : body.getAsJsonArray("models")) {
                JsonObject model = e.getAsJsonObject();
                assertThat(model.get("name").getAsString()).startsWith("models/");
                List<String> methods = new ArrayList<>();
                model.getAsJsonArray("supportedGenerationMethods").forEach(m -> methods.add(m.getAsString()));
                if (methods.contains("generateContent")) {
                    generating.add(model.get("name").getAsString().substring("models/".length()));
                }
            }
            assertThat(generating)
                    .as("models this key may call generateContent on")
                    .containsAll(settings.models());
        } finally {
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
    }

    @Test
    void aTinyGenerationComesBackWithTokensCountedAndNoBudgetInvented() {
        LiveProvider.SharedBudgets store = new LiveProvider.SharedBudgets();
        try (LlmRouter router = LlmRouter.from(config, store, Clock.systemUTC())) {
            LlmReply reply = router.complete(
                    new LlmRequest(LlmTask.SUMMARY, "You answer with exactly one word.", "Say the word ready.", 16));
            router.flush();

            var settings = config.provider(GEMINI.name()).orElseThrow();
            assertThat(reply.text()).isNotBlank();
            assertThat(reply.provider()).isEqualTo("gemini");
            assertThat(settings.models()).contains(reply.model());
            assertThat(reply.keyMasked())
                    .isIn(LiveProvider.secrets(config, GEMINI).stream()
                            .map(ApiKey::mask)
                            .toList());
            assertThat(reply.inputTokens()).as("usageMetadata.promptTokenCount").isPositive();
            assertThat(reply.outputTokens())
                    .as("usageMetadata.candidatesTokenCount")
                    .isPositive();
            assertThat(store.budgets)
                    .as("Gemini documents no x-ratelimit-* headers")
                    .isEmpty();

            KeyStatus row = router.status().stream()
                    .filter(s -> s.model().equals(reply.model()) && s.key().equals(reply.keyMasked()))
                    .findFirst()
                    .orElseThrow();
            assertThat(row.state()).isEqualTo(KeyState.AVAILABLE);
            assertThat(row.successesToday()).isEqualTo(1);
        }
    }
}
