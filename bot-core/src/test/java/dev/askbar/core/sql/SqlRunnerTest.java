package dev.askbar.core.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.askbar.core.fixtures.ShopDatabase;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SqlRunnerTest {
    static ShopDatabase shop;

    @BeforeAll
    static void setUp() {
        shop = ShopDatabase.create("runner");
    }

    @AfterAll
    static void tearDown() {
        shop.close();
    }

    @Test
    void readsTypedValuesAndNulls() throws Exception {
        QueryResult r = new SqlRunner(shop.reader(), 100, Duration.ofSeconds(5))
                .run(guarded(
                        "SELECT 42::int AS i, 9223372036854775807999::numeric(30,0) AS huge, 12.50::numeric(10,2) AS money,"
                                + " 1.5::float8 AS f, true AS b, date '2025-03-01' AS d, timestamptz '2025-03-01 10:00+02' AS ts,"
                                + " NULL::text AS nothing, ARRAY[1,2] AS arr, '{\"a\":1}'::jsonb AS j"));
        assertThat(r.columns())
                .extracting(ResultColumn::kind)
                .containsExactly(
                        ValueKind.INTEGER,
                        ValueKind.DECIMAL,
                        ValueKind.DECIMAL,
                        ValueKind.FLOAT,
                        ValueKind.BOOLEAN,
                        ValueKind.DATE,
                        ValueKind.TIMESTAMP_TZ,
                        ValueKind.TEXT,
                        ValueKind.ARRAY,
                        ValueKind.JSON);
        var row = r.rows().get(0);
        assertThat(row.get(0)).isEqualTo(42L);
        assertThat(row.get(1)).isEqualTo(new BigDecimal("9223372036854775807999"));
        assertThat(row.get(2)).isEqualTo(new BigDecimal("12.50"));
        assertThat(row.get(5)).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(((OffsetDateTime) row.get(6)).toInstant())
                .isEqualTo(OffsetDateTime.parse("2025-03-01T08:00Z").toInstant());
        assertThat(row.get(7)).isNull();
        assertThat(row.get(8)).isEqualTo("{1,2}");
    }

    @Test
    void capsRowsAndSaysTheResultWasCut() throws Exception {
        QueryResult r =
                new SqlRunner(shop.reader(), 50, Duration.ofSeconds(5)).run(guarded("SELECT * FROM public.orders"));
        assertThat(r.rowCount()).isEqualTo(50);
        assertThat(r.truncated()).isTrue();
        QueryResult exact =
                new SqlRunner(shop.reader(), 120, Duration.ofSeconds(5)).run(guarded("SELECT * FROM public.orders"));
        assertThat(exact.rowCount()).isEqualTo(120);
        assertThat(exact.truncated()).isFalse();
    }

    @Test
    void writesFailInsideTheReadOnlyTransactionEvenForARoleThatCouldWrite() {
        shop.database()
                .execute("CREATE SEQUENCE IF NOT EXISTS public.ticket_numbers; "
                        + "GRANT USAGE ON SEQUENCE public.ticket_numbers TO "
                        + shop.database().name() + "_writer");
        SqlRunner asOwner = new SqlRunner(shop.writer(), 10, Duration.ofSeconds(5));
        // no guard in front: the runner's own layers must hold
        assertThatThrownBy(() -> asOwner.run(guarded("SELECT nextval('public.ticket_numbers')")))
                .isInstanceOfSatisfying(
                        SqlFailedException.class,
                        e -> assertThat(e.writeRefused()).isTrue());
        assertThatThrownBy(() -> asOwner.run(guarded("CREATE TABLE askbar.sneaky AS SELECT 1 AS x")))
                .isInstanceOf(SqlFailedException.class);
        assertThatThrownBy(() -> asOwner.run(guarded("SELECT 1; CREATE TABLE askbar.sneaky (x int)")))
                .isInstanceOf(SqlFailedException.class);
        assertThat(shop.count("SELECT count(*) FROM pg_tables WHERE schemaname = 'askbar'"))
                .isZero();
        assertThat(shop.count("SELECT last_value FROM public.ticket_numbers")).isEqualTo(1);
        assertThat(shop.count("SELECT count(*) FROM public.ticket_numbers WHERE is_called"))
                .isZero();
    }

    @Test
    void statementTimeoutStopsSlowQueries() {
        SqlRunner runner = new SqlRunner(shop.reader(), 10, Duration.ofSeconds(1));
        assertThatThrownBy(() -> runner.run(guarded("SELECT count(*) FROM generate_series(1, 1000000000)")))
                .isInstanceOfSatisfying(
                        SqlFailedException.class, e -> assertThat(e.timedOut()).isTrue());
    }

    @Test
    void anIdenticalQueryAskedWhileOneRunsSharesItsRowsInsteadOfRunningAgain() throws Exception {
        SqlRunner runner = new SqlRunner(shop.reader(), 10, Duration.ofSeconds(10));
        String sql = "SELECT pg_backend_pid() AS pid, clock_timestamp() AS at FROM pg_sleep(2) /* shared-run probe */";
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<QueryResult> first = threads.submit(() -> runner.run(guarded(sql)));
            for (int i = 0; i < 500 && running("shared-run probe") == 0; i++) {
                Thread.sleep(10);
            }
            assertThat(running("shared-run probe")).isEqualTo(1);
            Future<QueryResult> second = threads.submit(() -> runner.run(guarded(sql)));

            assertThat(second.get(10, TimeUnit.SECONDS).rows())
                    .isEqualTo(first.get(10, TimeUnit.SECONDS).rows());
            QueryResult afterwards = runner.run(guarded(sql));
            assertThat(afterwards.rows().get(0).get(1))
                    .as("a run that starts after the shared one ended reads afresh")
                    .isNotEqualTo(first.get().rows().get(0).get(1));
        } finally {
            threads.shutdownNow();
        }
    }

    private static long running(String marker) {
        return shop.count("SELECT count(*) FROM pg_stat_activity WHERE state = 'active' AND query LIKE '%" + marker
                + "%' AND pid <> pg_backend_pid()");
    }

    @Test
    void databaseErrorsCarryPostgresFirstLine() {
        SqlRunner runner = new SqlRunner(shop.reader(), 10, Duration.ofSeconds(5));
        assertThatThrownBy(() -> runner.run(guarded("SELECT nope FROM public.orders")))
                .isInstanceOfSatisfying(SqlFailedException.class, e -> {
                    assertThat(e.getMessage())
                            .contains("column \"nope\" does not exist")
                            .doesNotContain("\n");
                    assertThat(e.sqlState()).isEqualTo("42703");
                });
    }

    @Test
    void longCellsAreCut() throws Exception {
        QueryResult r = new SqlRunner(shop.reader(), 10, Duration.ofSeconds(5), 100, 1_000_000)
                .run(guarded("SELECT repeat('x', 5000) AS big"));
        assertThat((String) r.rows().get(0).get(0)).hasSize(101).endsWith("…");
    }

    @Test
    void pooledConnectionsDoNotKeepTheReadOnlySettings() throws Exception {
        SqlRunner runner = new SqlRunner(shop.writer(), 10, Duration.ofMillis(1500));
        runner.run(guarded("SELECT 1"));
        try (var c = shop.writer().getConnection();
                var rs = c.createStatement().executeQuery("SHOW statement_timeout")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("0");
            assertThat(c.getAutoCommit()).isTrue();
        }
    }

    @Test
    void jsonbQuestionMarkOperatorsAreOperatorsNotParameters() throws Exception {
        QueryResult r = new SqlRunner(shop.reader(), 10, Duration.ofSeconds(5))
                .run(guarded("SELECT '{\"a\": 1}'::jsonb ? 'a' AS has_a, '{\"a\": 1}'::jsonb ?| ARRAY['b'] AS has_b"));
        assertThat(r.rows().get(0)).containsExactly(true, false);
    }

    @Test
    void valuesKeepTheirTypesThroughTheCappingProjection() throws Exception {
        QueryResult r = new SqlRunner(shop.reader(), 10, Duration.ofSeconds(5))
                .run(guarded("SELECT 'NaN'::numeric AS nan, 'Infinity'::float8 AS inf, 12.5::money AS price,"
                        + " B'101'::bit(3) AS bits, '\\x0102'::bytea AS raw, ARRAY['a,b', NULL] AS arr,"
                        + " interval '1 day 2 hours' AS span, 1 AS n, 1 AS n"));
        assertThat(r.columns())
                .extracting(ResultColumn::name)
                .containsExactly("nan", "inf", "price", "bits", "raw", "arr", "span", "n", "n");
        assertThat(r.rows().get(0))
                .containsExactly(
                        Double.NaN,
                        Double.POSITIVE_INFINITY,
                        new BigDecimal("12.50"),
                        "101",
                        "\\x0102",
                        "{\"a,b\",NULL}",
                        "1 day 02:00:00",
                        1L,
                        1L);
    }

    @Test
    void wideRowsGetShorterCellsSoNoRowIsLarge() throws Exception {
        StringBuilder sql = new StringBuilder("SELECT ");
        for (int i = 0; i < 1000; i++) {
            sql.append(i == 0 ? "" : ", ").append("repeat('w', 3000) AS c").append(i);
        }
        QueryResult r = new SqlRunner(shop.reader(), 10, Duration.ofSeconds(20)).run(guarded(sql.toString()));
        assertThat(r.rows().get(0))
                .hasSize(1000)
                .allSatisfy(v -> assertThat((String) v).hasSize(65).endsWith("…"));
    }

    static GuardedSql guarded(String sql) {
        return new GuardedSql(sql, Set.of("public"));
    }
}
