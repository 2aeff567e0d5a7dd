package dev.askbar.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A chat event delivered to several replicas, or delivered again, is answered once. */
class EventClaimsTest {
    static final Duration TEN_MINUTES = Duration.ofMinutes(10);

    final TwoReplicas replicas = new TwoReplicas("event_claims");
    final EventClaims onA = new EventClaims(replicas.a);
    final EventClaims onB = new EventClaims(replicas.b);

    @AfterEach
    void tearDown() {
        replicas.close();
    }

    @Test
    void sameSlackEventClaimedByTwoReplicasIsAnsweredOnce() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(6);
        try {
            for (int round = 0; round < 20; round++) {
                String event = "Ev0" + round + "ABCDEF";
                CountDownLatch go = new CountDownLatch(1);
                List<Future<Boolean>> claims = new ArrayList<>();
                // the first delivery, Slack's retry and a duplicate, racing on both replicas
                for (EventClaims replica : List.of(onA, onB, onA, onB, onA, onB)) {
                    Callable<Boolean> claim = () -> {
                        go.await();
                        return replica.claim("slack", event, TEN_MINUTES);
                    };
                    claims.add(threads.submit(claim));
                }
                go.countDown();
                int answered = 0;
                for (Future<Boolean> f : claims) {
                    answered += f.get(10, TimeUnit.SECONDS) ? 1 : 0;
                }
                assertThat(answered).as("answers to event %s", event).isEqualTo(1);
            }
        } finally {
            threads.shutdown();
        }
    }

    @Test
    void retryOfAnAnsweredEventIsDroppedOnEitherReplica() {
        assertThat(onA.claim("slack", "Ev01", TEN_MINUTES)).isTrue();
        assertThat(onB.claim("slack", "Ev01", TEN_MINUTES)).isFalse();
        assertThat(onA.claim("slack", "Ev01", TEN_MINUTES)).isFalse();
    }

    @Test
    void differentEventsAndPlatformsAreClaimedIndependently() {
        assertThat(onA.claim("slack", "Ev01", TEN_MINUTES)).isTrue();
        assertThat(onB.claim("slack", "Ev02", TEN_MINUTES)).isTrue();
        assertThat(onB.claim("discord", "Ev01", TEN_MINUTES)).isTrue();
    }

    @Test
    void expiredClaimMayBeTakenAgainAndIsCleanedUp() throws InterruptedException {
        assertThat(onA.claim("slack", "Ev01", Duration.ofMillis(300))).isTrue();
        assertThat(onA.claim("slack", "Ev02", TEN_MINUTES)).isTrue();
        Thread.sleep(400);

        assertThat(onB.claim("slack", "Ev01", TEN_MINUTES))
                .as("expired claim taken over")
                .isTrue();
        assertThat(onA.claim("slack", "Ev01", TEN_MINUTES)).isFalse();
        replicas.db.execute(
                "UPDATE askbar.event_claim SET expires_at = now() - interval '1 second' WHERE event_id = 'Ev02'");
        assertThat(onB.cleanUp()).isEqualTo(1);
        assertThat(replicas.db.count("SELECT count(*) FROM askbar.event_claim")).isEqualTo(1);
    }

    @Test
    void hostileLongEventIdIsStoredAsItsHash() {
        String huge = "x".repeat(100_000);
        assertThat(onA.claim("slack", huge, TEN_MINUTES)).isTrue();
        assertThat(onB.claim("slack", huge, TEN_MINUTES)).isFalse();
        assertThat(replicas.db.count("SELECT max(length(event_id)) FROM askbar.event_claim"))
                .isLessThanOrEqualTo(EventClaims.MAX_ID_CHARS);
    }

    @Test
    void claimsFailOpenButStillDropRetriesOnThisReplicaWhenTheStateDatabaseIsDown() {
        replicas.cutOffA();
        long start = System.nanoTime();
        assertThat(onA.claim("slack", "Ev01", TEN_MINUTES))
                .as("answered although nothing could be recorded")
                .isTrue();
        assertThat(onA.claim("slack", "Ev01", TEN_MINUTES))
                .as("the retry, on the same replica")
                .isFalse();
        assertThat(onA.claim("slack", "Ev02", TEN_MINUTES)).isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
    }
}
