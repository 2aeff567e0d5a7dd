package dev.askbar.core.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.askbar.core.config.HiddenColumns;
import dev.askbar.core.fixtures.ShopDatabase;
import dev.askbar.core.llm.MutableClock;
import dev.askbar.core.sql.QueryResult;
import dev.askbar.core.sql.SqlGuard;
import dev.askbar.core.sql.SqlRunner;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SchemaCatalogTest {
    static ShopDatabase shop;

    @BeforeAll
    static void setUp() {
        shop = ShopDatabase.create("catalog");
    }

    @AfterAll
    static void tearDown() {
        shop.close();
    }

    @Test
    void readsTablesColumnsKeysCommentsAndCommonValues() {
        SchemaSnapshot s =
                new SchemaCatalog(shop.reader(), List.of("public"), Duration.ofMinutes(1), Clock.systemUTC()).refresh();
        assertThat(s.tables())
                .extracting(TableInfo::qualifiedName)
                .containsExactly("public.customers", "public.orders");
        TableInfo orders = s.table("public", "orders").orElseThrow();
        assertThat(orders.primaryKey()).containsExactly("id");
        assertThat(orders.foreignKeys())
                .containsExactly(new ForeignKey(List.of("customer_id"), "public", "customers", List.of("id")));
        ColumnInfo status = orders.columns().stream()
                .filter(c -> c.name().equals("status"))
                .findFirst()
                .orElseThrow();
        assertThat(status.comment()).contains("placed, shipped, delivered or cancelled");
        assertThat(status.sampleValues()).containsExactlyInAnyOrder("placed", "shipped", "delivered", "cancelled");
        assertThat(s.table("public", "customers").orElseThrow().comment())
                .contains("People and companies who bought at least once");
        assertThat(orders.rowEstimate()).isEqualTo(120);
    }

    @Test
    void showsOnlyWhatTheRoleMayRead() {
        shop.database().execute("CREATE TABLE public.salaries (id int PRIMARY KEY, amount int)");
        SchemaSnapshot s =
                new SchemaCatalog(shop.reader(), List.of("public"), Duration.ofMinutes(1), Clock.systemUTC()).refresh();
        assertThat(s.tables()).extracting(TableInfo::name).doesNotContain("salaries");
    }

    @Test
    void promptFormIsCompactAndCarriesKeysValuesAndComments() {
        SchemaSnapshot s =
                new SchemaCatalog(shop.reader(), List.of("public"), Duration.ofMinutes(1), Clock.systemUTC()).refresh();
        String prompt = SchemaPrompt.of(s).render(s.tables());
        assertThat(prompt.lines()).hasSize(2);
        assertThat(prompt)
                .contains("\norders(id int PK, customer_id int→customers.id")
                .contains("status text{")
                .contains("-- People and companies who bought at least once");
    }

    @Test
    void fingerprintChangesWhenAColumnDoes() {
        SchemaCatalog catalog =
                new SchemaCatalog(shop.reader(), List.of("public"), Duration.ofMinutes(1), Clock.systemUTC());
        String before = catalog.refresh().fingerprint();
        shop.database().execute("ALTER TABLE public.customers ADD COLUMN vip boolean");
        assertThat(catalog.refresh().fingerprint()).isNotEqualTo(before);
        shop.database().execute("ALTER TABLE public.customers DROP COLUMN vip");
    }

    /** A schema of its own, readable by the question role, so these tests do not disturb the shop's. */
    private static SchemaCatalog catalogOf(String schema, String ddl) {
        shop.database()
                .execute("CREATE SCHEMA " + schema + "; SET search_path = " + schema + "; " + ddl
                        + "; ANALYZE; GRANT USAGE ON SCHEMA " + schema + " TO "
                        + shop.database().name() + "_reader; "
                        + "GRANT SELECT ON ALL TABLES IN SCHEMA " + schema + " TO "
                        + shop.readerRole());
        return new SchemaCatalog(shop.reader(), List.of(schema), Duration.ofMinutes(1), Clock.systemUTC());
    }

    @Test
    void valueListsAreNeverEmptyAndCarryNoBlankOrFormatBreakingValues() {
        SchemaSnapshot s = catalogOf("blanks", """
                CREATE TABLE tags (id int PRIMARY KEY, empty_label text, odd_label text, kind text);
                INSERT INTO tags SELECT g, '', CASE WHEN g % 2 = 0 THEN 'a|b}' ELSE 'line' || chr(10) || 'break' END,
                       CASE WHEN g % 2 = 0 THEN 'red' ELSE ' ' END FROM generate_series(1, 200) g""").refresh();
        TableInfo tags = s.table("blanks", "tags").orElseThrow();
        assertThat(tags.columns())
                .filteredOn(c -> c.name().endsWith("_label"))
                .allSatisfy(c -> assertThat(c.sampleValues()).isEmpty());
        assertThat(tags.columns().get(3).sampleValues()).containsExactly("red");
        assertThat(SchemaPrompt.of(s).render(s.tables()))
                .doesNotContain("{}")
                .contains("empty_label text,")
                .contains("kind text{red}");
    }

    @Test
    void materializedViewsAreMarkedAndLeftOutUntilPopulated() {
        SchemaCatalog catalog = catalogOf("mv", """
                CREATE TABLE sales (id int PRIMARY KEY, amount numeric);
                CREATE MATERIALIZED VIEW sales_summary AS SELECT count(*) AS n, sum(amount) AS total FROM sales WITH NO DATA;
                CREATE VIEW big_sales AS SELECT * FROM sales WHERE amount > 100""");
        assertThat(catalog.refresh().tables())
                .extracting(TableInfo::name)
                .containsExactlyInAnyOrder("sales", "big_sales");
        shop.database()
                .execute("REFRESH MATERIALIZED VIEW mv.sales_summary; GRANT SELECT ON mv.sales_summary TO "
                        + shop.readerRole());
        SchemaSnapshot s = catalog.refresh();
        TableInfo summary = s.table("mv", "sales_summary").orElseThrow();
        assertThat(summary.materialized()).isTrue();
        assertThat(SchemaPrompt.of(s).render(s.tables()))
                .contains("sales_summary MATVIEW(")
                .contains("big_sales VIEW(");
    }

    @Test
    void keysDeclaredOnPartitionsBelongToThePartitionedParent() {
        SchemaSnapshot s = catalogOf("parts", """
                CREATE TABLE stores (id int PRIMARY KEY, name text);
                CREATE TABLE readings (store_id int, taken_at date, value numeric) PARTITION BY RANGE (taken_at);
                CREATE TABLE readings_2024 PARTITION OF readings FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
                CREATE TABLE readings_2025 PARTITION OF readings FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
                ALTER TABLE readings_2024 ADD FOREIGN KEY (store_id) REFERENCES stores(id);
                ALTER TABLE readings_2025 ADD FOREIGN KEY (store_id) REFERENCES stores(id);
                CREATE TABLE visits (store_id int REFERENCES stores(id), day date) PARTITION BY LIST (day);
                CREATE TABLE visits_default PARTITION OF visits DEFAULT""").refresh();
        assertThat(s.tables()).extracting(TableInfo::name).containsExactlyInAnyOrder("stores", "readings", "visits");
        ForeignKey toStores = new ForeignKey(List.of("store_id"), "parts", "stores", List.of("id"));
        assertThat(s.table("parts", "readings").orElseThrow().foreignKeys()).containsExactly(toStores);
        assertThat(s.table("parts", "visits").orElseThrow().foreignKeys()).containsExactly(toStores);
        assertThat(SchemaPrompt.of(s).render(s.tables())).contains("store_id int→stores.id");
    }

    @Test
    void mixedCaseNamesAreWrittenQuotedAsAQueryMustWriteThem() throws Exception {
        SchemaSnapshot s = catalogOf("racing", """
                CREATE TABLE races ("raceId" int PRIMARY KEY, name text);
                CREATE TABLE "lapTimes" ("raceId" int REFERENCES races("raceId"), lap int, "milliSeconds" int,
                                         PRIMARY KEY ("raceId", lap))""").refresh();
        String prompt = SchemaPrompt.of(s).render(s.tables());
        assertThat(prompt)
                .contains("\"lapTimes\"(\"raceId\" int→races.\"raceId\", lap int, \"milliSeconds\" int)")
                .contains("PK(\"raceId\",lap)")
                .contains("\nraces(\"raceId\" int PK, name text)");
        try (var c = shop.reader().getConnection();
                var rows = c.createStatement()
                        .executeQuery(
                                "SELECT \"milliSeconds\" FROM racing.\"lapTimes\" JOIN racing.races USING (\"raceId\")")) {
            assertThat(rows.next())
                    .as("the names as the prompt writes them run")
                    .isFalse();
        }
    }

    @Test
    void theNamesAsThePromptWritesThemRunOnTheSearchPathAQueryGets() throws Exception {
        shop.database().execute("""
                CREATE SCHEMA north; CREATE SCHEMA south;
                CREATE TABLE north.sites (id int PRIMARY KEY, city text);
                CREATE TABLE south.sites (id int PRIMARY KEY, city text);
                CREATE TABLE north.visits (id int PRIMARY KEY, site_id int REFERENCES north.sites(id));
                CREATE TABLE north.logs (day date, note text) PARTITION BY RANGE (day);
                CREATE TABLE north.logs_2024 PARTITION OF north.logs FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
                CREATE TABLE south.logs_2024 (id int PRIMARY KEY, note text);
                INSERT INTO north.sites VALUES (1, 'Oslo'); INSERT INTO south.sites VALUES (1, 'Lima');
                INSERT INTO north.visits VALUES (1, 1), (2, 1);
                GRANT USAGE ON SCHEMA north, south TO %1$s;
                GRANT SELECT ON ALL TABLES IN SCHEMA north, south TO %1$s""".formatted(shop.readerRole()));
        SchemaSnapshot s = new SchemaCatalog(
                        shop.reader(), List.of("north", "south"), Duration.ofMinutes(1), Clock.systemUTC())
                .refresh();

        assertThat(SchemaPrompt.of(s).render(s.tables()).lines())
                .as("alone where no other schema has the name, with its schema where another has it, shown or not")
                .anySatisfy(l -> assertThat(l).startsWith("north.sites(id int PK"))
                .anySatisfy(l -> assertThat(l).startsWith("visits(id int PK, site_id int→north.sites.id)"))
                .anySatisfy(l -> assertThat(l).startsWith("south.sites(id int PK"))
                .as("north's partition of the same name, which the catalog leaves out, comes first on the search path")
                .anySatisfy(l -> assertThat(l).startsWith("south.logs_2024(id int PK"));
        SqlGuard guard = new SqlGuard(java.util.Set.of("north", "south"));
        SqlRunner runner = new SqlRunner(shop.reader(), 10, Duration.ofSeconds(5));
        QueryResult rows = runner.run(
                guard.check("SELECT s.city, count(*) AS n FROM visits v JOIN north.sites s ON s.id = v.site_id"
                                + " GROUP BY s.city UNION ALL SELECT city, 1 FROM south.sites")
                        .guarded());
        assertThat(rows.rows()).containsExactly(List.of("Oslo", 2L), List.of("Lima", 1L));
    }

    @Test
    void aConfiguredSchemaIsFoundWhateverTheCaseItWasCreatedWith() {
        shop.database()
                .execute("CREATE SCHEMA \"Warehouse\"; CREATE TABLE \"Warehouse\".\"StockItems\" (id int PRIMARY KEY);"
                        + " GRANT USAGE ON SCHEMA \"Warehouse\" TO " + shop.readerRole()
                        + "; GRANT SELECT ON ALL TABLES IN SCHEMA \"Warehouse\" TO " + shop.readerRole());
        for (String configured : List.of("Warehouse", "warehouse")) {
            SchemaSnapshot s = new SchemaCatalog(
                            shop.reader(), List.of(configured), Duration.ofMinutes(1), Clock.systemUTC())
                    .refresh();
            assertThat(s.tables())
                    .as(configured)
                    .extracting(TableInfo::qualifiedName)
                    .containsExactly("Warehouse.StockItems");
        }
    }

    @Test
    void secretAndPersonalColumnsAreNeverSampledEvenWhenTheyLookLikeLabels() {
        SchemaSnapshot s = catalogOf("people", """
                CREATE TABLE accounts (id int PRIMARY KEY, password_hash text, api_token text, contact_email text,
                                       phonenumber text, pin_code text, role text, note text);
                COMMENT ON COLUMN accounts.note IS 'Confidential remark';
                INSERT INTO accounts SELECT g, 'hash' || g % 3, 'tok' || g % 3, 'a' || g % 3 || '@x.org', '555-' || g % 3,
                       '12' || g % 3, (ARRAY['admin','viewer'])[1 + g % 2], 'n' || g % 3 FROM generate_series(1, 100) g""").refresh();
        TableInfo accounts = s.table("people", "accounts").orElseThrow();
        assertThat(accounts.columns())
                .filteredOn(c -> !c.name().equals("role"))
                .allSatisfy(c -> assertThat(c.sampleValues()).as(c.name()).isEmpty());
        assertThat(accounts.columns())
                .filteredOn(c -> c.name().equals("role"))
                .singleElement()
                .satisfies(c -> assertThat(c.sampleValues()).containsExactlyInAnyOrder("admin", "viewer"));
        assertThat(SchemaPrompt.of(s).render(s.tables())).doesNotContain("hash0", "tok1", "@x.org", "555-");
    }

    @Test
    void everyLabelOfASmallLookupTableIsKnownForLinkingButNotPrinted() {
        SchemaSnapshot s = catalogOf("lookups", """
                CREATE TABLE genre (id int PRIMARY KEY, name text, contact_email text);
                INSERT INTO genre SELECT g, 'Genre ' || g, 'g' || g || '@x.org' FROM generate_series(1, 40) g;
                CREATE TABLE track (id int PRIMARY KEY, title text, genre_id int REFERENCES genre);
                INSERT INTO track SELECT g, 'Track ' || g, 1 + g % 40 FROM generate_series(1, 3000) g""").refresh();
        ColumnInfo name = s.table("lookups", "genre").orElseThrow().columns().get(1);
        // all 40 names are distinct, so the planner keeps no common values; the table is small enough to read
        assertThat(name.sampleValues()).isEmpty();
        assertThat(name.knownValues()).hasSize(40).contains("Genre 1", "Genre 40");
        assertThat(s.table("lookups", "genre").orElseThrow().columns().get(2).knownValues())
                .as("personal identifiers are never read")
                .isEmpty();
        assertThat(s.table("lookups", "track").orElseThrow().columns().get(1).knownValues())
                .as("a table of thousands of rows is not a lookup")
                .isEmpty();
        assertThat(SchemaPrompt.of(s).render(s.tables())).doesNotContain("Genre 1", "@x.org");
    }

    @Test
    void namesKeptPerLanguageInJsonAreEachALabel() {
        shop.database()
                .execute(
                        "CREATE SCHEMA air; CREATE TABLE air.airports (code char(3) PRIMARY KEY, city jsonb, meta json);"
                                + " INSERT INTO air.airports VALUES"
                                + " ('SVO', '{\"en\": \"Moscow\", \"ru\": \"Москва\"}', '[1, 2]'),"
                                + " ('LED', '{\"en\": \"St. Petersburg\", \"ru\": \"Санкт-Петербург\"}', '\"x\"'),"
                                + " ('KZN', '\"Kazan\"', NULL);"
                                + " GRANT USAGE ON SCHEMA air TO " + shop.readerRole() + ";"
                                + " GRANT SELECT ON ALL TABLES IN SCHEMA air TO " + shop.readerRole());
        SchemaSnapshot s =
                new SchemaCatalog(shop.reader(), List.of("air"), Duration.ofMinutes(1), Clock.systemUTC()).refresh();
        TableInfo airports = s.table("air", "airports").orElseThrow();
        assertThat(airports.columns().get(1).knownValues())
                .as("each translation of an object; a bare string or array is not a name map")
                .containsExactlyInAnyOrder("Moscow", "Москва", "St. Petersburg", "Санкт-Петербург");
        assertThat(airports.columns().get(2).knownValues()).isEmpty();
    }

    @Test
    void aLookupNeverAnalyzedIsReadTooButABigTableNeverAnalyzedIsNotTakenForOne() {
        // loaded with a few INSERTs after its primary key: far below autovacuum's analyze threshold, so no estimate
        shop.database()
                .execute("CREATE SCHEMA fresh; CREATE TABLE fresh.category (id int PRIMARY KEY, name text);"
                        + " INSERT INTO fresh.category VALUES (1, 'Horror'), (2, 'Comedy'), (3, 'Drama');"
                        + " CREATE TABLE fresh.rental (id int PRIMARY KEY, note text);"
                        + " INSERT INTO fresh.rental SELECT g, 'note ' || g FROM generate_series(1, 5000) g;"
                        + " GRANT USAGE ON SCHEMA fresh TO " + shop.readerRole() + ";"
                        + " GRANT SELECT ON ALL TABLES IN SCHEMA fresh TO " + shop.readerRole());
        SchemaSnapshot s =
                new SchemaCatalog(shop.reader(), List.of("fresh"), Duration.ofMinutes(1), Clock.systemUTC()).refresh();
        assertThat(s.table("fresh", "category").orElseThrow().columns().get(1).knownValues())
                .containsExactlyInAnyOrder("Horror", "Comedy", "Drama");
        assertThat(s.table("fresh", "rental").orElseThrow().columns().get(1).knownValues())
                .as("5,000 rows, found out by the 1,001st")
                .isEmpty();
    }

    @Test
    void hiddenColumnsAndTablesStayOutOfTheCatalog() {
        catalogOf("hr", """
                CREATE TABLE staff (id int PRIMARY KEY, name text, password text, salary numeric);
                CREATE TABLE payroll (id int PRIMARY KEY, staff_id int REFERENCES staff(id), amount numeric);
                CREATE TABLE badges (id int PRIMARY KEY, payroll_id int REFERENCES payroll(id), colour text)""");
        SchemaCatalog catalog = new SchemaCatalog(
                shop.reader(),
                List.of("hr"),
                Duration.ofMinutes(1),
                Clock.systemUTC(),
                HiddenColumns.parse("*.password, hr.payroll, staff.salary"));
        SchemaSnapshot s = catalog.refresh();
        assertThat(s.tables()).extracting(TableInfo::name).containsExactlyInAnyOrder("staff", "badges");
        assertThat(s.table("hr", "staff").orElseThrow().columns())
                .extracting(ColumnInfo::name)
                .containsExactly("id", "name");
        assertThat(s.table("hr", "badges").orElseThrow().foreignKeys()).isEmpty();
        assertThat(SchemaPrompt.of(s).render(s.tables())).doesNotContain("payroll.", "salary", "password");
    }

    @Test
    void aStaleSchemaIsReadAgainInTheBackgroundWhileQuestionsKeepTheCopyTheyHave() throws Exception {
        catalogOf("later", "CREATE TABLE first_table (id int PRIMARY KEY)");
        MutableClock clock = new MutableClock(Instant.parse("2026-12-01T12:00:00Z"));
        SchemaCatalog catalog = new SchemaCatalog(shop.reader(), List.of("later"), Duration.ofMinutes(10), clock);
        SchemaSnapshot first = catalog.snapshot();
        shop.database()
                .execute("CREATE TABLE later.second_table (id int PRIMARY KEY); GRANT SELECT ON later.second_table TO "
                        + shop.readerRole());

        clock.advance(Duration.ofMinutes(11));
        assertThat(catalog.snapshot()).as("the stale copy, at once").isSameAs(first);
        SchemaSnapshot read = eventually(() -> catalog.snapshot() == first ? null : catalog.snapshot());
        assertThat(read.tables()).extracting(TableInfo::name).containsExactly("first_table", "second_table");
    }

    @Test
    void aBackgroundReadThatFailsKeepsTheOldCopyAndIsTriedAgainLater() throws Exception {
        catalogOf("flaky", "CREATE TABLE kept (id int PRIMARY KEY)");
        AtomicBoolean down = new AtomicBoolean();
        MutableClock clock = new MutableClock(Instant.parse("2026-12-01T12:00:00Z"));
        SchemaCatalog catalog =
                new SchemaCatalog(failingWhen(down, shop.reader()), List.of("flaky"), Duration.ofMinutes(10), clock);
        SchemaSnapshot first = catalog.snapshot();

        down.set(true);
        clock.advance(Duration.ofMinutes(11));
        assertThat(catalog.snapshot()).isSameAs(first);
        Thread.sleep(500); // the failed read has run by now; the copy stays, and no question sees the failure
        assertThat(catalog.snapshot()).isSameAs(first);

        down.set(false);
        assertThat(catalog.snapshot()).as("not tried again at once").isSameAs(first);
        Thread.sleep(500);
        assertThat(catalog.snapshot()).isSameAs(first);
        clock.advance(SchemaCatalog.RETRY_AFTER_FAILURE);
        SchemaSnapshot read = eventually(() -> catalog.snapshot() == first ? null : catalog.snapshot());
        assertThat(read.readAt()).isAfter(first.readAt());
    }

    @Test
    void aWarmUpReadsTheSchemaOnceAndAQuestionAskedMeanwhileWaitsForThatRead() throws Exception {
        catalogOf("warm", "CREATE TABLE early (id int PRIMARY KEY)");
        AtomicInteger connections = new AtomicInteger();
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch carryOn = new CountDownLatch(1);
        SchemaCatalog catalog = new SchemaCatalog(
                wrapping(shop.reader(), () -> {
                    if (connections.incrementAndGet() == 1) {
                        reading.countDown();
                        awaitQuietly(carryOn);
                    }
                }),
                List.of("warm"),
                Duration.ofMinutes(10),
                Clock.systemUTC());

        catalog.warmUp();
        assertThat(reading.await(20, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<SchemaSnapshot> question = CompletableFuture.supplyAsync(catalog::snapshot);
        Thread.sleep(300);
        assertThat(question).as("the question waits for the warm-up's read").isNotDone();
        carryOn.countDown();

        SchemaSnapshot seen = question.get(20, TimeUnit.SECONDS);
        assertThat(seen.tables()).extracting(TableInfo::name).containsExactly("early");
        assertThat(catalog.snapshot()).isSameAs(seen);
        AtomicInteger oneRead = new AtomicInteger();
        new SchemaCatalog(
                        wrapping(shop.reader(), oneRead::incrementAndGet),
                        List.of("warm"),
                        Duration.ofMinutes(10),
                        Clock.systemUTC())
                .refresh();
        assertThat(connections.get()).as("the schema was read once").isEqualTo(oneRead.get());
    }

    @Test
    void aWarmUpThatCannotReadLeavesTheReadToTheFirstQuestion() throws Exception {
        catalogOf("late", "CREATE TABLE later (id int PRIMARY KEY)");
        AtomicBoolean down = new AtomicBoolean(true);
        AtomicInteger tries = new AtomicInteger();
        SchemaCatalog catalog = new SchemaCatalog(
                wrapping(shop.reader(), () -> {
                    tries.incrementAndGet();
                    if (down.get()) {
                        throw new SQLException("Connection refused", "08001");
                    }
                }),
                List.of("late"),
                Duration.ofMinutes(10),
                Clock.systemUTC());

        catalog.warmUp();
        eventually(() -> tries.get() > 0 ? tries : null);
        down.set(false);
        assertThat(catalog.snapshot().tables()).extracting(TableInfo::name).containsExactly("later");
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static <T> T eventually(Supplier<T> value) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            T v = value.get();
            if (v != null) {
                return v;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("not within 20 s");
    }

    /** The reader's data source, refusing connections while {@code down} is set, as a database that went away. */
    private static DataSource failingWhen(AtomicBoolean down, DataSource reader) {
        return wrapping(reader, () -> {
            if (down.get()) {
                throw new SQLException("Connection refused", "08001");
            }
        });
    }

    /** What a test does before each connection is handed out: count it, hold it back, or refuse it. */
    private interface BeforeConnecting {
        void run() throws SQLException;
    }

    private static DataSource wrapping(DataSource reader, BeforeConnecting before) {
        return new DataSource() {
            @Override
            public Connection getConnection() throws SQLException {
                before.run();
                return reader.getConnection();
            }

            @Override
            public Connection getConnection(String user, String password) throws SQLException {
                return getConnection();
            }

            @Override
            public PrintWriter getLogWriter() throws SQLException {
                return reader.getLogWriter();
            }

            @Override
            public void setLogWriter(PrintWriter out) throws SQLException {
                reader.setLogWriter(out);
            }

            @Override
            public void setLoginTimeout(int seconds) throws SQLException {
                reader.setLoginTimeout(seconds);
            }

            @Override
            public int getLoginTimeout() throws SQLException {
                return reader.getLoginTimeout();
            }

            @Override
            public Logger getParentLogger() {
                return Logger.getGlobal();
            }

            @Override
            public <T> T unwrap(Class<T> iface) throws SQLException {
                return reader.unwrap(iface);
            }

            @Override
            public boolean isWrapperFor(Class<?> iface) throws SQLException {
                return reader.isWrapperFor(iface);
            }
        };
    }
}
