package dev.askbar.app.ops;

import dev.askbar.core.config.ProviderType;
import dev.askbar.core.engine.Answer;
import dev.askbar.core.engine.AnswerListener;
import dev.askbar.core.llm.AttemptEvent;
import dev.askbar.core.llm.KeyState;
import dev.askbar.core.llm.KeyStatus;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/** Prometheus metrics of one AskBar process: questions by outcome and platform, time per stage, cache hits. */
public final class AskBarMetrics implements AnswerListener {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

    public PrometheusMeterRegistry registry() {
        return registry;
    }

    @Override
    public void answered(Answer answer) {
        String outcome =
                answer.ok() ? "answered" : answer.error().get().code().name().toLowerCase(Locale.ROOT);
        Counter.builder("askbar_questions")
                .description("Questions asked, by platform and outcome")
                .tag("platform", answer.question().platform())
                .tag("outcome", outcome)
                .register(registry)
                .increment();
        if (answer.cached()) {
            Counter.builder("askbar_cache_hits")
                    .description("Answers whose SQL came from the cache")
                    .register(registry)
                    .increment();
        }
        stage("sql", answer.timings().sqlMs());
        stage("db", answer.timings().dbMs());
        stage("summary", answer.timings().summaryMs());
        stage("total", answer.timings().totalMs());
    }

    private void stage(String stage, long millis) {
        if (millis <= 0) {
            return;
        }
        Timer.builder("askbar_stage")
                .description("Time per answer stage")
                .tag("stage", stage)
                .publishPercentileHistogram()
                .serviceLevelObjectives(
                        Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(3), Duration.ofSeconds(10))
                .register(registry)
                .record(Duration.ofMillis(millis));
    }

    /** One upstream LLM call: counted by provider, masked key and outcome; exchange time by provider. */
    public void llmCall(AttemptEvent e) {
        String status = e.failure().map(f -> f.name().toLowerCase(Locale.ROOT)).orElse("success");
        Counter.builder("askbar_llm_calls")
                .description("Upstream LLM calls by provider, key (masked) and outcome")
                .tag("provider", e.provider())
                .tag("key", e.key())
                .tag("model", e.model())
                .tag("status", status)
                .register(registry)
                .increment();
        Timer.builder("askbar_llm_exchange")
                .description("Time in the HTTP exchange with the provider")
                .tag("provider", e.provider())
                .publishPercentileHistogram()
                .register(registry)
                .record(e.exchange());
    }

    /** Keys that can take a call right now, per provider. */
    public void keysAvailable(Supplier<List<KeyStatus>> status) {
        for (String provider : ProviderType.names()) {
            Gauge.builder(
                            "askbar_llm_keys_available",
                            () -> status.get().stream()
                                    .filter(k -> k.provider().equals(provider))
                                    .filter(k -> k.state() == KeyState.AVAILABLE || k.state() == KeyState.PROBING)
                                    .map(KeyStatus::key)
                                    .distinct()
                                    .count())
                    .description("Keys that can take a call now")
                    .tag("provider", provider)
                    .register(registry);
        }
    }

    public String scrape() {
        return registry.scrape();
    }
}
