package dev.askbar.core.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SharedRunsTest {
    private final SharedRuns shared = new SharedRuns();
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final AtomicInteger runs = new AtomicInteger();
    private final CountDownLatch started = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void stop() {
        release.countDown();
        threads.shutdownNow();
    }

    @Test
    void anIdenticalStatementAskedWhileOneRunsWaitsForItAndGetsTheSameRows() throws Exception {
        Future<QueryResult> first = threads.submit(() -> shared.run(sql("SELECT 1"), this::slowRun));
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        Future<QueryResult> second = threads.submit(() -> shared.run(sql("SELECT 1"), this::slowRun));
        awaitSecondWaiting(second);

        release.countDown();
        assertThat(second.get(5, TimeUnit.SECONDS)).isSameAs(first.get(5, TimeUnit.SECONDS));
        assertThat(runs).hasValue(1);
        assertThat(shared.inFlight()).isZero();
    }

    @Test
    void nothingIsKeptOnceARunEndsSoTheNextAskRunsAfresh() throws Exception {
        release.countDown();
        QueryResult first = shared.run(sql("SELECT 1"), this::slowRun);
        QueryResult second = shared.run(sql("SELECT 1"), this::slowRun);

        assertThat(second).isNotSameAs(first);
        assertThat(runs).hasValue(2);
    }

    @Test
    void anotherStatementOrTheSameTextOverOtherSchemasRunsOnItsOwn() throws Exception {
        Future<QueryResult> first = threads.submit(() -> shared.run(sql("SELECT 1"), this::slowRun));
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();

        QueryResult other = shared.run(sql("SELECT 2"), () -> result(2));
        QueryResult elsewhere = shared.run(new GuardedSql("SELECT 1", Set.of("sales")), () -> result(3));

        assertThat(other.rows().get(0)).containsExactly(2L);
        assertThat(elsewhere.rows().get(0)).containsExactly(3L);
        release.countDown();
        assertThat(first.get(5, TimeUnit.SECONDS).rows().get(0)).containsExactly(1L);
    }

    @Test
    void aWaitingAskerGetsTheFirstRunsErrorWithItsStateAndCause() throws Exception {
        var unreachable = new java.sql.SQLTransientConnectionException("pool timed out");
        SharedRuns.Run failing = () -> {
            runs.incrementAndGet();
            started.countDown();
            awaitRelease();
            throw new SqlFailedException("08001", "connection refused", unreachable);
        };
        Future<QueryResult> first = threads.submit(() -> shared.run(sql("SELECT 1"), failing));
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        Future<QueryResult> second = threads.submit(() -> shared.run(sql("SELECT 1"), failing));
        awaitSecondWaiting(second);
        release.countDown();

        for (Future<QueryResult> f : List.of(first, second)) {
            assertThatThrownBy(() -> f.get(5, TimeUnit.SECONDS))
                    .cause()
                    .isInstanceOfSatisfying(SqlFailedException.class, e -> {
                        assertThat(e.sqlState()).isEqualTo("08001");
                        assertThat(e.getMessage()).isEqualTo("connection refused");
                        assertThat(e.databaseUnavailable()).isTrue();
                    });
        }
        assertThat(shared.inFlight()).isZero();
    }

    private QueryResult slowRun() throws SqlFailedException {
        int n = runs.incrementAndGet();
        started.countDown();
        awaitRelease();
        return result(n);
    }

    private void awaitRelease() throws SqlFailedException {
        try {
            release.await();
        } catch (InterruptedException e) {
            throw new SqlFailedException("57014", "interrupted", e);
        }
    }

    /** The second asker has nothing to do but wait: it is parked on the first run's result, not running its own. */
    private void awaitSecondWaiting(Future<QueryResult> second) throws InterruptedException {
        for (int i = 0; i < 200 && runs.get() < 2 && !threadWaiting(); i++) {
            Thread.sleep(10);
        }
        assertThat(second).isNotDone();
        assertThat(runs).hasValue(1);
    }

    private static boolean threadWaiting() {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.getState() == Thread.State.WAITING
                        && java.util.Arrays.stream(t.getStackTrace())
                                .anyMatch(f -> f.getMethodName().equals("await")
                                        && f.getClassName().equals(SharedRuns.class.getName())));
    }

    private static GuardedSql sql(String text) {
        return new GuardedSql(text, Set.of("public"));
    }

    private static QueryResult result(long n) {
        return new QueryResult(
                List.of(new ResultColumn("n", "int8", ValueKind.INTEGER)), List.of(List.<Object>of(n)), false);
    }
}
