package dev.askbar.app.ops;

import dev.askbar.core.engine.Answer;
import dev.askbar.core.engine.AnswerListener;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

import java.time.Duration;
import java.util.Locale;

/** Prometheus metrics of one AskBar process: questions by outcome and platform, time per stage, cache hits. */
public final class AskBarMetrics implements AnswerListener {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

    public PrometheusMeterRegistry registry() {
        return registry;
    }

    @Override
    public void answered(Answer answer) {
        String outcome = answer.ok() ? "answered" : answer.error().get().code().name().toLowerCase(Locale.ROOT);
        Counter.builder("askbar_questions").description("Questions asked, by platform and outcome")
                .tag("platform", answer.question().platform()).tag("outcome", outcome)
                .register(registry).increment();
        if (answer.cached()) {
            Counter.builder("askbar_cache_hits").description("Answers whose SQL came from the cache").register(registry).increment();
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
        Timer.builder("askbar_stage").description("Time per answer stage").tag("stage", stage)
                .publishPercentileHistogram()
                .serviceLevelObjectives(Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(3), Duration.ofSeconds(10))
                .register(registry).record(Duration.ofMillis(millis));
    }

    public String scrape() {
        return registry.scrape();
    }
}
