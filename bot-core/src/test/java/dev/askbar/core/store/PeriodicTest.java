package dev.askbar.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PeriodicTest {

    @Test
    void dueAtOnceThenNotAgainWithinTheIntervalUnlessItCannotWait() {
        Periodic chore = new Periodic(Duration.ofHours(1));
        assertThat(chore.due()).as("the first time").isTrue();
        assertThat(chore.due()).as("within the interval").isFalse();
        assertThat(chore.due(true)).as("early, when it cannot wait").isTrue();
        assertThat(chore.due()).isFalse();
    }

    @Test
    void dueAgainOnceTheIntervalHasPassed() throws Exception {
        Periodic chore = new Periodic(Duration.ofMillis(20));
        assertThat(chore.due()).isTrue();
        Thread.sleep(40);
        assertThat(chore.due()).isTrue();
    }

    @Test
    void oneCallerOfManyAtOnceDoesTheChore() throws Exception {
        Periodic chore = new Periodic(Duration.ofHours(1));
        AtomicInteger done = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> calls = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                calls.add(threads.submit(() -> {
                    if (chore.due()) {
                        done.incrementAndGet();
                    }
                }));
            }
            for (Future<?> f : calls) {
                f.get();
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(done.get()).isEqualTo(1);
    }
}
