package dev.askbar.core.llm;

import static dev.askbar.core.llm.Gateway.BIG_MODEL;
import static dev.askbar.core.llm.Gateway.FLASH;
import static dev.askbar.core.llm.Gateway.GEMINI_1;
import static dev.askbar.core.llm.Gateway.GROQ_1;
import static dev.askbar.core.llm.Gateway.GROQ_2;
import static dev.askbar.core.llm.Gateway.SMALL_MODEL;
import static org.assertj.core.api.Assertions.assertThat;

import dev.askbar.core.store.KeyStateRepository;
import dev.askbar.core.store.StateStore;
import dev.askbar.testkit.GeminiResponses;
import dev.askbar.testkit.GroqResponses;
import dev.askbar.testkit.TestPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/** Key state and daily counters in a real PostgreSQL, across a restart of the router. */
class KeyStatePersistenceTest {
    TestPostgres.TestDatabase db;
    KeyStateStore store;
    Gateway g;

    @BeforeEach
    void setUp() {
        db = TestPostgres.shared().createDatabase("key_state");
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(db.jdbcUrl());
        ds.setUser(db.user());
        ds.setPassword(db.password());
        store = new KeyStateRepository(StateStore.migrate(ds));
        g = new Gateway(
                Map.of("GROQ_API_KEYS", "acme:" + GROQ_1 + ",acme:" + GROQ_2, "GEMINI_API_KEYS", GEMINI_1),
                Optional.of(store));
    }

    @AfterEach
    void tearDown() {
        g.close();
    }

    @Test
    void stateSurvivesRestart() {
        g.groq.enqueue(GroqResponses.rateLimited(BIG_MODEL, "tokens per day (TPD)", 100000, "5h", null));
        g.gemini.enqueue(GeminiResponses.quotaExceededPerDay(FLASH, 20));
        assertThat(g.ask().model()).isEqualTo(SMALL_MODEL);
        g.router.flush();

        g.restart(Optional.of(store));
        g.clock.advance(Duration.ofMinutes(30));
        KeyStatus big = g.status("groq", "c3d4", BIG_MODEL);
        assertThat(big.state()).isEqualTo(KeyState.COOLING);
        assertThat(big.until()).contains(Gateway.START.plus(Duration.ofHours(5)));
        assertThat(g.status("groq", "a1b2", BIG_MODEL).requestsToday()).isEqualTo(1);
        assertThat(g.status("groq", "a1b2", SMALL_MODEL).successesToday()).isEqualTo(1);

        int groqBefore = g.groqCalls(BIG_MODEL).size();
        g.groq.when(c -> c.model().equals(SMALL_MODEL))
                .respond(c -> GroqResponses.rateLimited(SMALL_MODEL, "requests per minute (RPM)", 30, "20s", 20));
        g.gemini.otherwise("SELECT 5");
        LlmReply reply = g.ask();
        // groq's big model and gemini-2.5-flash stay untouched after the restart; flash-lite answers
        assertThat(reply.model()).isEqualTo("gemini-2.5-flash-lite");
        assertThat(g.groqCalls(BIG_MODEL)).hasSize(groqBefore);
        assertThat(g.geminiCalls(FLASH)).hasSize(1);
    }

    @Test
    void disabledKeyAndRetiredModelSurviveRestart() {
        g.groq.enqueue(GroqResponses.invalidKey());
        g.groq.enqueue(GroqResponses.modelNotFound(BIG_MODEL));
        assertThat(g.ask().model()).isEqualTo(SMALL_MODEL);
        g.restart(Optional.of(store));
        assertThat(g.status("groq", "a1b2", SMALL_MODEL).state()).isEqualTo(KeyState.DISABLED);
        assertThat(g.status("groq", "c3d4", BIG_MODEL).state()).isEqualTo(KeyState.MODEL_RETIRED);
        int before = g.groq.callCount();
        g.ask();
        assertThat(g.groq.calls().subList(before, g.groq.callCount()))
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.key()).isEqualTo(GROQ_2);
                    assertThat(c.model()).isEqualTo(SMALL_MODEL);
                });
    }

    @Test
    void countersAddUpPerKeyModelAndDayWithAMedianLatency() throws Exception {
        for (int i = 0; i < 3; i++) {
            g.ask();
        }
        g.groq.enqueue(GroqResponses.internalError());
        g.ask();
        g.router.flush();
        try (Connection c = db.connect();
                ResultSet rs = c.createStatement()
                        .executeQuery(
                                "SELECT fingerprint, requests, successes, failures, tokens_in, cardinality(latencies_ms), last_error"
                                        + " FROM askbar.key_usage WHERE provider = 'groq' AND model = '" + BIG_MODEL
                                        + "' ORDER BY requests DESC")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).hasSize(12).isNotEqualTo(GROQ_1);
            assertThat(rs.getInt(2)).isEqualTo(4);
            assertThat(rs.getInt(3)).isEqualTo(3);
            assertThat(rs.getInt(4)).isEqualTo(1);
            assertThat(rs.getLong(5)).isEqualTo(3 * 812);
            assertThat(rs.getInt(6)).isEqualTo(3);
            assertThat(rs.getString(7)).isEqualTo("provider unavailable, HTTP 500");
        }
        g.restart(Optional.of(store));
        KeyStatus status = g.status("groq", "a1b2", BIG_MODEL);
        assertThat(status.requestsToday()).isEqualTo(4);
        assertThat(status.failuresToday()).isEqualTo(1);
        assertThat(status.tokensInToday()).isEqualTo(3 * 812);
        assertThat(status.medianLatency()).isPresent();
        assertThat(status.lastError()).contains("provider unavailable, HTTP 500");
    }

    @Test
    void theStoreHoldsFingerprintsNeverKeys() throws Exception {
        g.groq.enqueue(GroqResponses.invalidKey());
        g.ask();
        g.router.flush();
        try (Connection c = db.connect();
                ResultSet rs = c.createStatement()
                        .executeQuery(
                                "SELECT (SELECT string_agg(k::text, '|') FROM askbar.key_state k) || (SELECT string_agg(u::text, '|') FROM askbar.key_usage u)")) {
            rs.next();
            String everything = rs.getString(1);
            assertThat(everything)
                    .contains(new ApiKey("groq", new dev.askbar.core.config.Secret(GROQ_1), "", 1, 1).fingerprint());
            for (String key : Gateway.ALL_KEYS) {
                assertThat(everything).doesNotContain(key).doesNotContain(key.substring(4, 20));
            }
        }
    }
}
