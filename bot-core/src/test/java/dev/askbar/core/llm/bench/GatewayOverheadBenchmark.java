package dev.askbar.core.llm.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.askbar.core.config.AskBarConfig;
import dev.askbar.core.llm.LlmRequest;
import dev.askbar.core.llm.LlmRouter;
import dev.askbar.testkit.FakeGroq;
import dev.askbar.testkit.TestKeys;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The gateway's own time per call: wall time of {@link LlmRouter#complete} minus the HTTP exchange, with logging
 * as in production (one line per call, written to a rolling file). The JIT is warmed first with as many calls as
 * are measured, so the figure is the steady state a running bot sees. Not part of the default build; run:
 * <pre>mvn -B -ntp -o -pl bot-core -am test -Dsurefire.failIfNoSpecifiedTests=false -Dtest=GatewayOverheadBenchmark -Daskbar.test.excludedGroups=none</pre>
 */
@Tag("benchmark")
class GatewayOverheadBenchmark {
    static final int CALLS = 5000;
    static final double P99_LIMIT_MS = 1.0;

    @Test
    void gatewayOverheadStaysUnderAMillisecondAtP99() throws Exception {
        Path log = Path.of("target", "benchmarks", "llm-overhead-askbar.log");
        try (FakeGroq groq = FakeGroq.start();
                ProductionLogging logging = new ProductionLogging(log)) {
            groq.otherwise("SELECT count(*) FROM orders");
            AskBarConfig config = AskBarConfig.from(Map.of(
                    "GROQ_API_KEYS",
                    "acme:" + TestKeys.groq("Bench1", "a1b2") + ",acme:" + TestKeys.groq("Bench2", "c3d4") + ",globex:"
                            + TestKeys.groq("Bench3", "e5f6"),
                    "ASKBAR_GROQ_BASE_URL",
                    groq.baseUrl(),
                    "ASKBAR_PROVIDERS",
                    "groq"));
            try (LlmRouter router = LlmRouter.from(config)) {
                List<Duration> exchanges = new ArrayList<>();
                router.addObserver(e -> exchanges.add(e.exchange()));
                Random random = new Random(20261130);
                Percentiles cold = new Percentiles(run(router, exchanges, random, CALLS).overhead);
                long linesBefore = logging.lines();
                Sample measured = run(router, exchanges, random, CALLS);
                long lines = logging.lines() - linesBefore;

                Percentiles overhead = new Percentiles(measured.overhead);
                Percentiles exchange = new Percentiles(measured.exchange);
                String report = String.join(
                        "\n",
                        "AskBar LLM gateway — own time per call, steady state (" + CALLS + " calls after " + CALLS
                                + " to warm up)",
                        "logging as in production: INFO, one line per call, synchronous rolling file (" + lines
                                + " lines)",
                        String.format(
                                Locale.ROOT,
                                "gateway's own time per call: median %.3f ms, p99 %.3f ms, p99.9 %.3f ms, max %.3f ms",
                                overhead.ms(50),
                                overhead.ms(99),
                                overhead.ms(99.9),
                                overhead.ms(100)),
                        String.format(
                                Locale.ROOT,
                                "  (the %d warm-up calls before: median %.3f ms, p99 %.3f ms)",
                                CALLS,
                                cold.ms(50),
                                cold.ms(99)),
                        String.format(
                                Locale.ROOT,
                                "for scale, the local fake's HTTP exchange (TCP_NODELAY): median %.3f ms, p99 %.3f ms",
                                exchange.ms(50),
                                exchange.ms(99)));
                System.out.println("\n" + report + "\n");
                Files.writeString(Path.of("target", "benchmarks", "llm-overhead.txt"), report + "\n");
                assertThat(lines).as("one log line per call").isGreaterThanOrEqualTo(CALLS);
                assertThat(overhead.ms(99)).as("gateway p99 in ms").isLessThan(P99_LIMIT_MS);
            }
        }
    }

    private record Sample(List<Long> overhead, List<Long> exchange) {}

    private static Sample run(LlmRouter router, List<Duration> exchanges, Random random, int calls) {
        List<Long> overhead = new ArrayList<>(calls);
        List<Long> exchange = new ArrayList<>(calls);
        for (int i = 0; i < calls; i++) {
            LlmRequest request = LlmRequest.sql(
                    "You translate questions into SQL. " + "schema ".repeat(200 + random.nextInt(400)),
                    "Question: question number " + i);
            exchanges.clear();
            long started = System.nanoTime();
            router.complete(request);
            long wall = System.nanoTime() - started;
            long upstream = exchanges.stream().mapToLong(Duration::toNanos).sum();
            overhead.add(wall - upstream);
            exchange.add(upstream);
        }
        return new Sample(overhead, exchange);
    }
}
