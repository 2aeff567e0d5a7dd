package dev.askbar.core.llm.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.askbar.core.config.AskBarConfig;
import dev.askbar.core.llm.KeyStateStore;
import dev.askbar.core.llm.LlmException;
import dev.askbar.core.llm.LlmRequest;
import dev.askbar.core.llm.LlmRouter;
import dev.askbar.core.llm.MutableClock;
import dev.askbar.core.store.KeyStateRepository;
import dev.askbar.core.store.StateStore;
import dev.askbar.testkit.FakeGemini;
import dev.askbar.testkit.FakeGroq;
import dev.askbar.testkit.TestPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Replays one free-tier working day: 3 Groq keys of one organisation and 11 Gemini keys of 11 projects, small
 * limits, a stream of questions arriving in bursts, and a restart half-way. The day runs twice: first with an
 * in-memory store to warm the JIT, then measured with the PostgreSQL state store. Not part of the default build; run:
 * <pre>mvn -B -ntp -o -pl bot-core -am test -Dsurefire.failIfNoSpecifiedTests=false -Dtest=FreeTierDayBenchmark -Daskbar.test.excludedGroups=none</pre>
 */
@Tag("benchmark")
class FreeTierDayBenchmark {
    static final int QUESTIONS = 900;
    static final int RESTART_AFTER = 450;
    static final Duration DAY = Duration.ofHours(16);
    /** Midnight in California: the Gemini day and the Groq (UTC) day both last past the replay. */
    static final Instant START = Instant.parse("2026-03-10T07:00:00Z");

    static final int GEMINI_PROJECTS = 11;

    @Test
    void replayADayOnFreeTiers() throws Exception {
        // logging as in production: every line formatted and written to a rolling file, its cost part of the gateway's
        // time
        try (ProductionLogging logging =
                new ProductionLogging(Path.of("target", "benchmarks", "free-tier-day-askbar.log"))) {
            // the same day first with a router that forgets at the restart, as one without a state store would:
            // a control for the restart figure, and a warm-up so the JIT has seen the failure paths too
            int controlCalls = run(logging, false, 0);
            run(logging, true, controlCalls);
        }
    }

    /** Returns the calls made after the restart to groups exhausted before it. */
    private int run(ProductionLogging logging, boolean measured, int controlCalls) throws IOException {
        long linesBefore = logging.lines();
        MutableClock clock = new MutableClock(START);
        Map<String, FreeTierQuotas.Limits> groqLimits = Map.of(
                "llama-3.3-70b-versatile", new FreeTierQuotas.Limits(30, 100, 6000),
                "llama-3.1-8b-instant", new FreeTierQuotas.Limits(30, 200, 6000));
        Map<String, FreeTierQuotas.Limits> geminiLimits = Map.of(
                "gemini-2.5-flash", new FreeTierQuotas.Limits(5, 20, 0),
                "gemini-2.5-flash-lite", new FreeTierQuotas.Limits(10, 20, 0));
        FreeTierQuotas quotas = new FreeTierQuotas(clock, groqLimits, geminiLimits);
        List<String> groqKeys = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            String key = String.format(Locale.ROOT, "gsk_bench%043d", i);
            groqKeys.add("acme:" + key);
            quotas.key(key, "acme");
        }
        List<String> geminiKeys = new ArrayList<>();
        for (int i = 1; i <= GEMINI_PROJECTS; i++) {
            String key = String.format(Locale.ROOT, "AIzaSyBench%028d", i);
            geminiKeys.add("project-" + i + ":" + key);
            quotas.key(key, "project-" + i);
        }
        TestPostgres.TestDatabase db = TestPostgres.shared().createDatabase("benchmark");
        HikariConfig pool = new HikariConfig();
        pool.setJdbcUrl(db.jdbcUrl());
        pool.setUsername(db.user());
        pool.setPassword(db.password());
        pool.setMaximumPoolSize(2);

        try (HikariDataSource ds = new HikariDataSource(pool);
                FakeGroq groq = FakeGroq.start();
                FakeGemini gemini = FakeGemini.start()) {
            Optional<KeyStateStore> store =
                    measured ? Optional.of(new KeyStateRepository(StateStore.migrate(ds))) : Optional.empty();
            groq.when(c -> true).respond(quotas::groq);
            gemini.when(c -> true).respond(quotas::gemini);
            Map<String, String> env = new HashMap<>();
            env.put("GROQ_API_KEYS", String.join(",", groqKeys));
            env.put("GEMINI_API_KEYS", String.join(",", geminiKeys));
            env.put("ASKBAR_GROQ_BASE_URL", groq.baseUrl());
            env.put("ASKBAR_GEMINI_BASE_URL", gemini.baseUrl());
            AskBarConfig config = AskBarConfig.from(env);

            List<Long> overheadNanos = new ArrayList<>();
            List<Long> exchangeNanos = new ArrayList<>();
            List<Duration> exchanges = new ArrayList<>();
            Random random = new Random(20260310);
            List<Instant> arrivals = arrivals(random);
            int answered = 0;
            LlmRouter router = router(config, store, clock);
            router.addObserver(e -> exchanges.add(e.exchange()));
            Iterator<Instant> times = arrivals.iterator();
            for (int q = 0; q < QUESTIONS; q++) {
                if (q == RESTART_AFTER) {
                    router.close();
                    quotas.restarting();
                    router = router(config, store, clock);
                    router.addObserver(e -> exchanges.add(e.exchange()));
                }
                clock.set(times.next());
                exchanges.clear();
                LlmRequest request = LlmRequest.sql(
                        "You translate questions into SQL. " + "schema ".repeat(200 + random.nextInt(400)),
                        "Question: question number " + q);
                long started = System.nanoTime();
                try {
                    router.complete(request);
                    answered++;
                } catch (LlmException e) {
                    // counted below: an unanswered question
                }
                long wall = System.nanoTime() - started;
                long upstream = exchanges.stream().mapToLong(Duration::toNanos).sum();
                if (!exchanges.isEmpty()) {
                    overheadNanos.add(wall - upstream);
                    exchanges.forEach(x -> exchangeNanos.add(x.toNanos()));
                }
            }
            router.close();

            int capacity = Math.min(QUESTIONS, quotas.dailyCapacity(1, GEMINI_PROJECTS));
            Collections.sort(overheadNanos);
            Collections.sort(exchangeNanos);
            String report = String.join(
                    "\n",
                    "AskBar LLM gateway — one free-tier day replayed (" + DAY.toHours() + " h, " + QUESTIONS
                            + " questions in bursts, restart after question " + RESTART_AFTER + ")",
                    "keys: groq 3 keys in 1 organisation x 2 models; gemini " + GEMINI_PROJECTS + " keys in "
                            + GEMINI_PROJECTS + " projects x 2 models",
                    "limits per group and model: groq 70b 30 RPM / 100 RPD / 6000 TPM, 8b 30 RPM / 200 RPD / 6000 TPM;"
                            + " gemini flash 5 RPM / 20 RPD, flash-lite 10 RPM / 20 RPD",
                    String.format(
                            Locale.ROOT,
                            "questions answered: %d of %d (theoretical capacity %d)",
                            answered,
                            QUESTIONS,
                            capacity),
                    String.format(
                            Locale.ROOT,
                            "upstream calls: %d (%d answers, %d per-day 429s, %d per-minute 429s)",
                            quotas.calls,
                            quotas.successes,
                            quotas.perDay429,
                            quotas.perMinute429),
                    "calls to a group after it was known exhausted: " + quotas.callsAfterKnownExhausted,
                    "calls after the restart to groups exhausted before it: "
                            + quotas.callsAfterRestartToGroupsExhaustedBefore,
                    "  (control: the same day with a router that forgets at the restart: " + controlCalls + ")",
                    "token-limit 429s an earlier budget header predicted: " + quotas.foreseeable429,
                    String.format(
                            Locale.ROOT,
                            "gateway's own time per call, excluding the fake's latency: median %.3f ms, p99 %.3f ms (%d calls; %d log lines)",
                            percentile(overheadNanos, 50) / 1e6,
                            percentile(overheadNanos, 99) / 1e6,
                            overheadNanos.size(),
                            logging.lines() - linesBefore),
                    String.format(
                            Locale.ROOT,
                            "for scale, the local fake's HTTP exchange (TCP_NODELAY): median %.3f ms",
                            percentile(exchangeNanos, 50) / 1e6));
            if (!measured) {
                return quotas.callsAfterRestartToGroupsExhaustedBefore;
            }
            System.out.println("\n" + report + "\n" + String.join("\n", quotas.violations) + "\n");
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target", "benchmark.txt"), report + "\n");
            assertThat(quotas.callsAfterKnownExhausted).isZero();
            assertThat(quotas.callsAfterRestartToGroupsExhaustedBefore).isZero();
            assertThat(answered).isEqualTo(capacity);
            return quotas.callsAfterRestartToGroupsExhaustedBefore;
        }
    }

    /** Questions in bursts of 1-8 within a minute, bursts spread over the day. */
    private static List<Instant> arrivals(Random random) {
        List<Instant> times = new ArrayList<>();
        long daySeconds = DAY.toSeconds();
        while (times.size() < QUESTIONS) {
            long burstStart = (long) (random.nextDouble() * (daySeconds - 120));
            int burst = 1 + random.nextInt(8);
            for (int i = 0; i < burst && times.size() < QUESTIONS; i++) {
                times.add(START.plusSeconds(burstStart + random.nextInt(60)));
            }
        }
        Collections.sort(times);
        return times;
    }

    private static long percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private static LlmRouter router(AskBarConfig config, Optional<KeyStateStore> store, MutableClock clock) {
        // a fresh memory per router: what a process without a state store knows after a restart
        return store.map(s -> LlmRouter.from(config, s, clock))
                .orElseGet(() -> LlmRouter.from(config, new MemoryStore(), clock));
    }
}
