package dev.askbar.app.bench;

import dev.askbar.testkit.TestKeys;
import dev.askbar.app.demo.DemoDataset;
import dev.askbar.core.config.AskBarConfig;
import dev.askbar.core.engine.Answer;
import dev.askbar.core.engine.ProgressListener;
import dev.askbar.core.engine.QueryEngine;
import dev.askbar.core.engine.Question;
import dev.askbar.core.llm.LlmRouter;
import dev.askbar.core.schema.SchemaCatalog;
import dev.askbar.core.sql.SqlGuard;
import dev.askbar.core.sql.SqlRunner;
import dev.askbar.core.store.AuditLog;
import dev.askbar.core.store.StateStore;
import dev.askbar.testkit.FakeGroq;
import dev.askbar.testkit.TestPostgres;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 50 questions at once through one engine, the fake model taking 300 ms per call (two calls per question):
 * they should finish in about the time of the slowest one, not 50 times it. Loopback only, bounded.
 */
@Tag("benchmark")
class LoadBenchmark {
    static final int QUESTIONS = 50;
    static final int LLM_MILLIS = 300;

    @Test
    void fiftyConcurrentQuestionsFinishInAboutTheTimeOfOne() throws Exception {
        TestPostgres.TestDatabase db = TestPostgres.shared().createDatabase("load");
        try (Connection c = db.connect()) {
            DemoDataset.reset(c);
        }
        db.execute("CREATE SCHEMA askbar");
        HikariConfig hc = new HikariConfig();
        hc.setJdbcUrl(db.jdbcUrl());
        hc.setUsername(db.user());
        hc.setPassword(db.password());
        hc.setMaximumPoolSize(8);
        try (HikariDataSource pool = new HikariDataSource(hc); FakeGroq groq = FakeGroq.start().latency(LLM_MILLIS)) {
            groq.when(c -> c.system().startsWith("You translate"))
                    .reply("```sql\nSELECT channel, count(*) AS orders FROM public.orders GROUP BY channel\n```");
            groq.otherwise("Most orders come through the web shop.");
            AskBarConfig config = AskBarConfig.from(Map.of("GROQ_API_KEYS", TestKeys.groq("load", "0000"),
                    "ASKBAR_GROQ_BASE_URL", groq.baseUrl()));
            QueryEngine engine = QueryEngine.builder()
                    .catalog(new SchemaCatalog(pool, List.of("public"), Duration.ofHours(1), Clock.systemUTC()))
                    .llm(LlmRouter.from(config)).guard(new SqlGuard(Set.of("public")))
                    .runner(new SqlRunner(pool, 1000, Duration.ofSeconds(30)))
                    .audit(new AuditLog(StateStore.migrate(pool))).questionsPerMinute(10_000).build();
            engine.refreshSchema();
            int threadsBefore = Thread.activeCount();
            long heapBefore = usedHeap();
            ExecutorService askers = Executors.newFixedThreadPool(QUESTIONS);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<long[]>> futures = new ArrayList<>();
            for (int i = 0; i < QUESTIONS; i++) {
                int n = i;
                futures.add(askers.submit(() -> {
                    start.await();
                    long t0 = System.nanoTime();
                    Answer a = engine.answer(new Question("orders per channel, asker " + n, "user" + n, "load", Optional.empty()),
                            ProgressListener.NONE);
                    return new long[] {(System.nanoTime() - t0) / 1_000_000, a.ok() ? 1 : 0};
                }));
            }
            long t0 = System.nanoTime();
            start.countDown();
            int peakThreads = threadsBefore;
            long peakHeap = heapBefore;
            while (futures.stream().anyMatch(f -> !f.isDone())) {
                peakThreads = Math.max(peakThreads, Thread.activeCount());
                peakHeap = Math.max(peakHeap, usedHeap());
                Thread.sleep(20);
            }
            long wall = (System.nanoTime() - t0) / 1_000_000;
            List<Long> each = new ArrayList<>();
            int answered = 0;
            for (Future<long[]> f : futures) {
                long[] r = f.get();
                each.add(r[0]);
                answered += (int) r[1];
            }
            askers.shutdown();
            askers.awaitTermination(10, TimeUnit.SECONDS);
            Collections.sort(each);
            String report = String.format(Locale.ROOT,
                    "%d concurrent questions, fake LLM %d ms per call (2 calls per question)%n"
                            + "  answered: %d of %d%n"
                            + "  wall time for all: %d ms; slowest single question: %d ms; median %d ms; sequential would take ~%d ms%n"
                            + "  peak live threads: %d (before: %d); peak used heap: %d MB (before: %d MB)%n",
                    QUESTIONS, LLM_MILLIS, answered, QUESTIONS, wall, each.get(each.size() - 1), each.get(each.size() / 2),
                    (long) QUESTIONS * 2 * LLM_MILLIS, peakThreads, threadsBefore, peakHeap >> 20, heapBefore >> 20);
            System.out.println(report);
            Path out = Path.of("target", "benchmarks", "load.txt");
            Files.createDirectories(out.getParent());
            Files.writeString(out, report, StandardCharsets.UTF_8);
            assertThat(answered).isEqualTo(QUESTIONS);
            assertThat(wall).isLessThan(each.get(each.size() - 1) * 2);
        }
    }

    private static long usedHeap() {
        long used = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                used += pool.getUsage().getUsed();
            }
        }
        return used;
    }
}
