package dev.askbar.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Question → SQL pairs in the state database: shared by replicas, per schema, expiring, and off at a TTL of 0. */
class SqlCacheTest {
    static final Duration DAY = Duration.ofHours(24);
    static final Instant NOON = Instant.parse("2026-12-01T12:00:00Z");

    final TwoReplicas replicas = new TwoReplicas("sql_cache");

    @AfterEach
    void tearDown() {
        replicas.close();
    }

    @Test
    void aPairWrittenByOneReplicaIsFoundByTheOtherForTheSameSchemaOnly() {
        new SqlCache(replicas.a, DAY, at(NOON)).put("orders per month", "schema-1", "SELECT 1");

        SqlCache onB = new SqlCache(replicas.b, DAY, at(NOON.plusSeconds(60)));

        assertThat(onB.find("orders per month", "schema-1")).contains("SELECT 1");
        assertThat(onB.find("orders per month", "schema-2")).isEmpty();
        assertThat(onB.find("orders per week", "schema-1")).isEmpty();
    }

    @Test
    void aPairOlderThanItsTimeToLiveIsNotReused() {
        new SqlCache(replicas.a, DAY, at(NOON)).put("orders per month", "schema-1", "SELECT 1");

        assertThat(new SqlCache(replicas.a, DAY, at(NOON.plus(DAY).plusSeconds(1)))
                        .find("orders per month", "schema-1"))
                .isEmpty();
    }

    @Test
    void aTimeToLiveOfZeroTurnsTheCacheOffWithoutAStatementPerQuestion() {
        SqlCache off = new SqlCache(replicas.a, Duration.ZERO, at(NOON));

        off.put("orders per month", "schema-1", "SELECT 1");

        assertThat(off.find("orders per month", "schema-1")).isEmpty();
        assertThat(replicas.db.count("SELECT count(*) FROM askbar.sql_cache")).isZero();
    }

    private static Clock at(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }
}
