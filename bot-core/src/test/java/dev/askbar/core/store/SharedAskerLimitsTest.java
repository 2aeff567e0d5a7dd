package dev.askbar.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** One asker's limits hold however their questions are spread over replicas. */
class SharedAskerLimitsTest {
    final TwoReplicas replicas = new TwoReplicas("asker_limits");
    final List<SharedAskerLimits> opened = new ArrayList<>();

    @AfterEach
    void tearDown() {
        opened.forEach(SharedAskerLimits::close);
        replicas.close();
    }

    SharedAskerLimits limits(StateStore store, int perWindow, Duration window, Duration lease) {
        SharedAskerLimits limits = new SharedAskerLimits(store, perWindow, 2, window, lease);
        opened.add(limits);
        return limits;
    }

    @Test
    void askerOverTheLimitOnReplicaAIsRefusedOnReplicaB() {
        SharedAskerLimits a = new SharedAskerLimits(replicas.a, 3, 2);
        SharedAskerLimits b = new SharedAskerLimits(replicas.b, 3, 2);
        opened.addAll(List.of(a, b));

        assertThat(a.tryAcquire("slack", "U1")).isEmpty();
        assertThat(b.tryAcquire("slack", "U1")).isEmpty();
        assertThat(a.tryAcquire("slack", "U1")).isEmpty();
        Optional<Duration> wait = b.tryAcquire("slack", "U1");

        assertThat(wait).hasValueSatisfying(w -> assertThat(w).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(1)));
        assertThat(a.tryAcquire("slack", "U2")).as("another asker").isEmpty();
        assertThat(a.tryAcquire("discord", "U1"))
                .as("the same id on another platform")
                .isEmpty();
    }

    @Test
    void askerRacingOnTwoReplicasGetsExactlyTheLimit() throws Exception {
        SharedAskerLimits a = limits(replicas.a, 5, Duration.ofMinutes(1), SharedAskerLimits.LEASE);
        SharedAskerLimits b = limits(replicas.b, 5, Duration.ofMinutes(1), SharedAskerLimits.LEASE);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Optional<Duration>>> results = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            SharedAskerLimits replica = i % 2 == 0 ? a : b;
            Callable<Optional<Duration>> ask = () -> {
                go.await();
                return replica.tryAcquire("slack", "U1");
            };
            results.add(threads.submit(ask));
        }
        go.countDown();
        int allowed = 0;
        for (Future<Optional<Duration>> r : results) {
            allowed += r.get(10, TimeUnit.SECONDS).isEmpty() ? 1 : 0;
        }
        threads.shutdown();

        assertThat(allowed).isEqualTo(5);
    }

    @Test
    void askerMayAskAgainOnceTheOldestQuestionLeavesTheWindow() throws InterruptedException {
        SharedAskerLimits a = limits(replicas.a, 2, Duration.ofSeconds(1), SharedAskerLimits.LEASE);
        SharedAskerLimits b = limits(replicas.b, 2, Duration.ofSeconds(1), SharedAskerLimits.LEASE);
        assertThat(a.tryAcquire("slack", "U1")).isEmpty();
        Thread.sleep(300);
        assertThat(b.tryAcquire("slack", "U1")).isEmpty();
        Optional<Duration> wait = a.tryAcquire("slack", "U1");
        assertThat(wait).hasValueSatisfying(w -> assertThat(w).isLessThanOrEqualTo(Duration.ofMillis(750)));

        Thread.sleep(wait.get().toMillis() + 50);
        assertThat(b.tryAcquire("slack", "U1"))
                .as("the first question left the window")
                .isEmpty();
        assertThat(a.tryAcquire("slack", "U1")).as("the second one has not").isPresent();
    }

    @Test
    void atMostTwoQuestionsInFlightPerAskerAcrossReplicas() {
        SharedAskerLimits a = new SharedAskerLimits(replicas.a, 10, 2);
        SharedAskerLimits b = new SharedAskerLimits(replicas.b, 10, 2);
        opened.addAll(List.of(a, b));

        Optional<SharedAskerLimits.Permit> first = a.enter("slack", "U1");
        Optional<SharedAskerLimits.Permit> second = b.enter("slack", "U1");
        assertThat(first).isPresent();
        assertThat(second).isPresent();
        assertThat(a.enter("slack", "U1")).as("a third at once").isEmpty();
        assertThat(b.enter("slack", "U2")).as("another asker").isPresent();

        second.get().close();
        second.get().close();
        Optional<SharedAskerLimits.Permit> third = a.enter("slack", "U1");
        assertThat(third).as("a slot freed on B is free on A").isPresent();
        assertThat(b.enter("slack", "U1")).isEmpty();
    }

    @Test
    void inFlightSlotsOfADeadReplicaFreeUpWhenTheirLeaseEnds() throws InterruptedException {
        Duration lease = Duration.ofMillis(600);
        SharedAskerLimits a = limits(replicas.a, 10, Duration.ofMinutes(1), lease);
        SharedAskerLimits b = limits(replicas.b, 10, Duration.ofMinutes(1), lease);
        assertThat(a.enter("slack", "U1")).isPresent();
        assertThat(a.enter("slack", "U1")).isPresent();
        a.close(); // replica A dies: nobody renews or releases its slots

        assertThat(b.enter("slack", "U1")).isEmpty();
        Thread.sleep(lease.toMillis() + 200);
        assertThat(b.enter("slack", "U1")).isPresent();
    }

    @Test
    void slotOfAQuestionStillRunningIsKeptBeyondOneLease() throws InterruptedException {
        Duration lease = Duration.ofMillis(600);
        SharedAskerLimits a = limits(replicas.a, 10, Duration.ofMinutes(1), lease);
        SharedAskerLimits b = limits(replicas.b, 10, Duration.ofMinutes(1), lease);
        assertThat(a.enter("slack", "U1")).isPresent();
        assertThat(a.enter("slack", "U1")).isPresent();

        Thread.sleep(lease.toMillis() * 3);
        assertThat(b.enter("slack", "U1"))
                .as("A renews its leases while its questions run")
                .isEmpty();
    }

    @Test
    void limitsFailOpenWhenTheStateDatabaseIsDown() {
        SharedAskerLimits a = limits(replicas.a, 1, Duration.ofMinutes(1), SharedAskerLimits.LEASE);
        replicas.cutOffA();

        assertThat(a.tryAcquire("slack", "U1")).isEmpty();
        assertThat(a.tryAcquire("slack", "U1")).isEmpty();
        Optional<SharedAskerLimits.Permit> permit = a.enter("slack", "U1");
        assertThat(permit).isPresent();
        permit.get().close();
    }
}
