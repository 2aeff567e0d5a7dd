package dev.askbar.core.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class AnswerWorkersTest {

    @Test
    void stoppingLetsAnAnswerInFlightFinishWithinTheGracePeriod() throws Exception {
        AnswerWorkers workers = new AnswerWorkers("test", 2, 10, Duration.ofSeconds(10));
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean finished = new AtomicBoolean();
        assertThat(workers.submit(() -> {
                    running.countDown();
                    try {
                        release.await(5, TimeUnit.SECONDS);
                        finished.set(true);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }))
                .isTrue();
        running.await(5, TimeUnit.SECONDS);
        Thread releaser = new Thread(() -> {
            try {
                Thread.sleep(200);
            } catch (InterruptedException ignored) {
                return;
            }
            release.countDown();
        });
        releaser.start();
        workers.close();
        assertThat(finished).isTrue();
        assertThat(workers.submit(() -> {})).as("no new work after stop").isFalse();
    }

    @Test
    void anAnswerOutlivingTheGracePeriodIsInterrupted() throws Exception {
        AnswerWorkers workers = new AnswerWorkers("test", 1, 10, Duration.ofMillis(200));
        CountDownLatch running = new CountDownLatch(1);
        AtomicBoolean interrupted = new AtomicBoolean();
        workers.submit(() -> {
            running.countDown();
            try {
                Thread.sleep(30_000);
            } catch (InterruptedException e) {
                interrupted.set(true);
            }
        });
        running.await(5, TimeUnit.SECONDS);
        long t0 = System.nanoTime();
        workers.close();
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(5));
        Thread.sleep(100);
        assertThat(interrupted).isTrue();
    }

    @Test
    void aFullQueueRefusesInsteadOfPilingUp() {
        AnswerWorkers workers = new AnswerWorkers("test", 1, 1, Duration.ofSeconds(1));
        CountDownLatch block = new CountDownLatch(1);
        Runnable blocked = () -> {
            try {
                block.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        assertThat(workers.submit(blocked)).isTrue();
        boolean second = workers.submit(blocked);
        boolean third = workers.submit(blocked);
        assertThat(second && third).as("one running and one queued at most").isFalse();
        block.countDown();
        workers.close();
    }
}
