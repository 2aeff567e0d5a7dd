package dev.askbar.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.askbar.core.llm.KeyState;
import dev.askbar.core.llm.KeyUsage;
import dev.askbar.core.llm.SavedKeyState;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Two replicas on one state database: what one learns about keys reaches the other at once. */
class KeyStateFeedTest {
    final TwoReplicas replicas = new TwoReplicas("key_state_feed");
    final KeyStateRepository repoA = new KeyStateRepository(replicas.a);
    final KeyStateRepository repoB = new KeyStateRepository(replicas.b);
    final BlockingQueue<SavedKeyState> statesOnA = new LinkedBlockingQueue<>();
    final BlockingQueue<SavedKeyState> statesOnB = new LinkedBlockingQueue<>();
    final BlockingQueue<SharedBudget> budgetsOnB = new LinkedBlockingQueue<>();
    final List<KeyStateFeed> feeds = new ArrayList<>();

    @AfterEach
    void tearDown() {
        feeds.forEach(KeyStateFeed::close);
        replicas.close();
    }

    @Test
    void groupExhaustedOnReplicaAIsCoolingOnReplicaBWithinOneSecond() throws Exception {
        listenOnB(KeyStateFeed.RECONCILE_EVERY);
        SavedKeyState exhausted =
                cooling("groq", "a1b2c3d4e5f6", "acme", "llama-3.3-70b-versatile", Duration.ofHours(5));

        long start = System.nanoTime();
        repoA.saveState(exhausted);
        SavedKeyState received = statesOnB.poll(1, TimeUnit.SECONDS);
        long tookMs = (System.nanoTime() - start) / 1_000_000;

        assertThat(received)
                .as("delivered within a second (took %d ms)", tookMs)
                .isEqualTo(exhausted);
        assertThat(repoB.loadStates(Instant.now())).containsExactly(exhausted);
    }

    @Test
    void replicaIsNotToldAboutItsOwnChanges() throws Exception {
        feeds.add(KeyStateFeed.start(repoA, statesOnA::add, b -> {}));
        awaitListening(feeds.get(0));
        repoA.saveState(cooling("groq", "aaaaaaaaaaaa", "acme", "m1", Duration.ofMinutes(1)));
        SavedKeyState fromB = new SavedKeyState(
                "gemini",
                "bbbbbbbbbbbb",
                "proj",
                "",
                KeyState.DISABLED,
                "KEY_REJECTED",
                Optional.of(Instant.now().plus(Duration.ofHours(24)).truncatedTo(ChronoUnit.MILLIS)));
        repoB.saveState(fromB);

        assertThat(statesOnA.poll(2, TimeUnit.SECONDS)).isEqualTo(fromB);
        assertThat(statesOnA.poll(500, TimeUnit.MILLISECONDS))
                .as("nothing else, A's own change least of all")
                .isNull();
    }

    @Test
    void retiredModelAndDisabledKeyReachTheOtherReplica() throws Exception {
        listenOnB(KeyStateFeed.RECONCILE_EVERY);
        Instant until = Instant.now().plus(Duration.ofHours(24)).truncatedTo(ChronoUnit.MILLIS);
        SavedKeyState retired = new SavedKeyState(
                "gemini",
                SavedKeyState.ANY_KEY,
                "",
                "gemini-2.0-flash",
                KeyState.MODEL_RETIRED,
                "MODEL_UNAVAILABLE",
                Optional.of(until));
        SavedKeyState disabled = new SavedKeyState(
                "groq", "0123456789ab", "key-0123456789ab", "", KeyState.DISABLED, "KEY_REJECTED", Optional.of(until));
        repoA.saveState(retired);
        repoA.saveState(disabled);

        assertThat(List.of(statesOnB.poll(1, TimeUnit.SECONDS), statesOnB.poll(1, TimeUnit.SECONDS)))
                .containsExactly(retired, disabled);
    }

    @Test
    void budgetSeenOnReplicaAReachesReplicaB() throws Exception {
        listenOnB(KeyStateFeed.RECONCILE_EVERY);
        Instant resets = Instant.now().plusSeconds(40).truncatedTo(ChronoUnit.MILLIS);
        repoA.saveBudget("groq", "acme", "llama-3.3-70b-versatile", 312, resets);

        assertThat(budgetsOnB.poll(1, TimeUnit.SECONDS))
                .isEqualTo(new SharedBudget("groq", "acme", "llama-3.3-70b-versatile", 312, resets));
    }

    @Test
    void changeWhoseNotificationWasMissedArrivesWithTheNextReconcile() throws Exception {
        listenOnB(Duration.ofMillis(300));
        // a write that announces nothing, as if the notification had been lost
        replicas.db.execute("""
                INSERT INTO askbar.key_state (provider, fingerprint, quota_group, model, state, reason, until, written_by)
                VALUES ('groq', 'cccccccccccc', 'acme', 'm1', 'COOLING', 'RATE_LIMITED_DAY',
                        now() + interval '1 hour', 'replica-that-crashed')""");

        SavedKeyState received = statesOnB.poll(2, TimeUnit.SECONDS);
        assertThat(received).isNotNull();
        assertThat(received.fingerprint()).isEqualTo("cccccccccccc");
        assertThat(received.state()).isEqualTo(KeyState.COOLING);
        assertThat(statesOnB.poll(700, TimeUnit.MILLISECONDS))
                .as("a reconcile does not repeat what was delivered")
                .isNull();
    }

    @Test
    void feedReconnectsAfterItsConnectionIsKilledAndCatchesUpOnWhatItMissed() throws Exception {
        KeyStateFeed feed = listenOnB(KeyStateFeed.RECONCILE_EVERY);
        replicas.db.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                + "WHERE datname = current_database() AND pid <> pg_backend_pid()");
        SavedKeyState meanwhile = cooling("groq", "dddddddddddd", "acme", "m1", Duration.ofHours(1));
        saveRetrying(meanwhile);

        assertThat(statesOnB.poll(6, TimeUnit.SECONDS)).isEqualTo(meanwhile);
        assertThat(feed.listening()).isTrue();
        SavedKeyState later = cooling("groq", "eeeeeeeeeeee", "acme", "m1", Duration.ofHours(1));
        repoA.saveState(later);
        assertThat(statesOnB.poll(1, TimeUnit.SECONDS)).isEqualTo(later);
    }

    @Test
    void changeSeenByNotificationAndByReconcileIsDeliveredOnce() throws Exception {
        listenOnB(Duration.ofMillis(200));
        // microseconds, as PostgreSQL keeps them
        SavedKeyState exhausted = new SavedKeyState(
                "groq",
                "a1b2c3d4e5f6",
                "acme",
                "m1",
                KeyState.COOLING,
                "RATE_LIMITED_MINUTE",
                Optional.of(Instant.now().plusSeconds(50).truncatedTo(ChronoUnit.MICROS)));
        repoA.saveState(exhausted);

        assertThat(statesOnB.poll(1, TimeUnit.SECONDS)).isEqualTo(exhausted);
        assertThat(statesOnB.poll(800, TimeUnit.MILLISECONDS))
                .as("several reconciles later")
                .isNull();
    }

    @Test
    void shorterCooldownFromAnotherReplicaDoesNotShortenARunningOne() {
        SavedKeyState perDay = cooling("groq", "ffffffffffff", "acme", "m1", Duration.ofHours(5));
        repoA.saveState(perDay);
        repoB.saveState(new SavedKeyState(
                "groq",
                "ffffffffffff",
                "acme",
                "m1",
                KeyState.COOLING,
                "RATE_LIMITED_MINUTE",
                Optional.of(Instant.now().plusSeconds(20))));

        assertThat(repoB.loadStates(Instant.now())).singleElement().satisfies(s -> {
            assertThat(s.until()).isEqualTo(perDay.until());
            assertThat(s.reason()).isEqualTo("RATE_LIMITED_DAY");
        });
    }

    @Test
    void dailyUsageCountedOnTwoReplicasAtOnceAddsUp() throws Exception {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        int perThread = 40;
        ExecutorService threads = Executors.newFixedThreadPool(4);
        CountDownLatch go = new CountDownLatch(1);
        List<java.util.concurrent.Future<?>> done = new ArrayList<>();
        for (KeyStateRepository repo : List.of(repoA, repoB, repoA, repoB)) {
            done.add(threads.submit(() -> {
                go.await();
                for (int i = 0; i < perThread; i++) {
                    repo.addUsage(new KeyUsage(
                            "groq", "a1b2c3d4e5f6", "m1", today, 1, 1, 0, 100, 10, List.of(200), Optional.empty()));
                }
                return null;
            }));
        }
        go.countDown();
        for (var f : done) {
            f.get(30, TimeUnit.SECONDS);
        }
        threads.shutdown();

        KeyUsage usage = repoB.loadUsage(today).get(0);
        assertThat(usage.requests()).isEqualTo(4 * perThread);
        assertThat(usage.tokensIn()).isEqualTo(4 * perThread * 100L);
        assertThat(usage.latenciesMs()).hasSizeLessThanOrEqualTo(101);
    }

    private KeyStateFeed listenOnB(Duration reconcileEvery) throws InterruptedException {
        KeyStateFeed feed =
                KeyStateFeed.start(repoB, statesOnB::add, budgetsOnB::add, reconcileEvery, Clock.systemUTC());
        feeds.add(feed);
        awaitListening(feed);
        return feed;
    }

    private static void awaitListening(KeyStateFeed feed) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!feed.listening() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(feed.listening()).as("feed listening").isTrue();
        // the first reconcile runs right after LISTEN; give it a moment so it does not race the test's first write
        Thread.sleep(100);
    }

    /** Replica A's pool may hand out a connection the server just killed before it notices. */
    private void saveRetrying(SavedKeyState state) throws InterruptedException {
        for (int attempt = 0; ; attempt++) {
            try {
                repoA.saveState(state);
                return;
            } catch (IllegalStateException e) {
                if (attempt == 5) {
                    throw e;
                }
                Thread.sleep(100);
            }
        }
    }

    private static SavedKeyState cooling(
            String provider, String fingerprint, String group, String model, Duration left) {
        return new SavedKeyState(
                provider,
                fingerprint,
                group,
                model,
                KeyState.COOLING,
                "RATE_LIMITED_DAY",
                Optional.of(Instant.now().plus(left).truncatedTo(ChronoUnit.MILLIS)));
    }
}
