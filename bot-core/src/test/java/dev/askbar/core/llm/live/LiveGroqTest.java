package dev.askbar.core.llm.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
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
import java.time.Instant;
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
 * Groq itself, through AskBar's own gateway: the key check ({@code GET /openai/v1/models}), one tiny chat completion
 * and the {@code x-ratelimit-*} headers as the router reads them. Keeps {@code FakeGroq} and {@code GroqResponses}
 * honest (docs/live-checks.md). Spends one completion of a few tokens per run.
 */
@Tag("live")
class LiveGroqTest {
    private static final ProviderType GROQ = ProviderType.GROQ;

    private CapturedLogs logs;
    private AskBarConfig config;

    @BeforeEach
    void configure() {
        config = LiveProvider.configOrSkip(GROQ);
        logs = new CapturedLogs();
    }

    @AfterEach
    void noKeyInAnyLogLine() {
        if (logs == null) {
            return;
        }
        logs.close();
        LiveProvider.assertNoKeyLogged(logs.lines(), config, GROQ);
    }

    @Test
    void everyConfiguredKeyPassesTheModelListCheck() {
        LiveProvider.assertEveryKeyPassesTheModelListCheck(config, GROQ);
    }

    /** The model list's shape (OpenAI's {@code {"object":"list","data":[{"id":…}]}}) and that AskBar's models are on it. */
    @Test
    void theModelListNamesEveryModelAskBarWillCall() throws IOException {
        var settings = config.provider(GROQ.name()).orElseThrow();
        String base = settings.baseUrl().replaceAll("/+$", "");
        Request request = new Request.Builder()
                .url(base + "/models")
                .header(
                        "Authorization",
                        "Bearer " + settings.keys().get(0).secret().reveal())
                .get()
                .build();
        OkHttpClient http =
                new OkHttpClient.Builder().callTimeout(Duration.ofSeconds(20)).build();
        try (Response response = http.newCall(request).execute()) {
            assertThat(response.code()).isEqualTo(200);
            JsonObject body = JsonParser.parseString(response.body().string()).getAsJsonObject();
            assertThat(body.get("object").getAsString()).isEqualTo("list");
            JsonArray data = body.getAsJsonArray("data");
            List<String> ids = new ArrayList<>();
            for (JsonElement model : data) {
                ids.add(model.getAsJsonObject().get("id").getAsString());
            }
            assertThat(ids).as("models Groq lists for this key").containsAll(settings.models());
        } finally {
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
    }

    @Test
    void aTinyCompletionComesBackWithTokensCountedAndTheRateLimitHeadersRead() {
        LiveProvider.SharedBudgets store = new LiveProvider.SharedBudgets();
        Instant before = Instant.now();
        try (LlmRouter router = LlmRouter.from(config, store, Clock.systemUTC())) {
            LlmReply reply = router.complete(
                    new LlmRequest(LlmTask.SUMMARY, "You answer with exactly one word.", "Say the word ready.", 16));
            router.flush();

            var settings = config.provider(GROQ.name()).orElseThrow();
            assertThat(reply.text()).isNotBlank();
            assertThat(reply.provider()).isEqualTo("groq");
            assertThat(settings.models()).contains(reply.model());
            assertThat(reply.keyMasked())
                    .isIn(LiveProvider.secrets(config, GROQ).stream()
                            .map(ApiKey::mask)
                            .toList());
            assertThat(reply.inputTokens()).as("usage.prompt_tokens").isPositive();
            assertThat(reply.outputTokens()).as("usage.completion_tokens").isPositive();

            // x-ratelimit-remaining-tokens and x-ratelimit-reset-tokens (a Go duration such as "7.66s") as AskBar reads
            // them
            assertThat(store.budgets)
                    .as("token budget read from x-ratelimit-*-tokens")
                    .isNotEmpty();
            LiveProvider.SharedBudgets.Budget budget = store.budgets.get(0);
            assertThat(budget.model()).isEqualTo(reply.model());
            assertThat(budget.tokensLeft()).isNotNegative();
            assertThat(budget.resetsAt())
                    .isAfterOrEqualTo(before)
                    .isBefore(Instant.now().plus(Duration.ofMinutes(2)));

            // x-ratelimit-remaining-requests above zero: the group stays available, and the call is counted once
            KeyStatus row = router.status().stream()
                    .filter(s -> s.model().equals(reply.model()) && s.key().equals(reply.keyMasked()))
                    .findFirst()
                    .orElseThrow();
            assertThat(row.state()).isEqualTo(KeyState.AVAILABLE);
            assertThat(row.requestsToday()).isEqualTo(1);
            assertThat(row.successesToday()).isEqualTo(1);
        }
    }
}
