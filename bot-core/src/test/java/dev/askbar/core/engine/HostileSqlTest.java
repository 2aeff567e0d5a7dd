package dev.askbar.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.askbar.core.fixtures.EngineFixture;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The model's reply is the attacker: each case makes the fake model answer every round with hostile SQL.
 * Whatever the engine does, the database must be unchanged afterwards and the case must end within the
 * statement timeout; a refusal must be one sentence.
 */
class HostileSqlTest {
    static EngineFixture f;
    static String fingerprint;

    @BeforeAll
    static void setUp() {
        f = new EngineFixture("hostile", java.util.Map.of("ASKBAR_QUESTIONS_PER_MINUTE", "10000"), null);
        f.shop.database().execute("CREATE SEQUENCE public.order_numbers");
        f.shop.database().execute("GRANT SELECT ON public.order_numbers TO " + f.shop.readerRole());
        fingerprint = databaseFingerprint();
    }

    @AfterAll
    static void tearDown() {
        f.close();
    }

    /** Data, objects, roles and settings: anything a successful attack would change. */
    static String databaseFingerprint() {
        try (var c = f.shop.database().connect();
                var rs = c.createStatement().executeQuery("""
                SELECT md5(
                  (SELECT string_agg(o::text, ',' ORDER BY id) FROM public.orders o) ||
                  (SELECT string_agg(c::text, ',' ORDER BY id) FROM public.customers c) ||
                  (SELECT string_agg(n.nspname || '.' || c.relname || c.relkind, ',' ORDER BY 1)
                     FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                     WHERE n.nspname IN ('public', 'askbar') AND c.relname <> 'audit_log' AND c.relname NOT LIKE 'audit_log%'
                       AND c.relname NOT LIKE 'sql_cache%') ||
                  (SELECT string_agg(rolname || rolsuper || coalesce(rolconfig::text, ''), ',' ORDER BY rolname) FROM pg_roles) ||
                  (SELECT last_value::text FROM public.order_numbers) ||
                  (SELECT count(*)::text FROM pg_largeobject_metadata))""")) {
            rs.next();
            return rs.getString(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "DROP TABLE public.orders",
                "DELETE FROM public.orders",
                "UPDATE public.orders SET total = 0",
                "INSERT INTO public.customers VALUES (99, 'Mallory', 'XX', '2020-01-01')",
                "TRUNCATE public.orders",
                "SELECT 1; DROP TABLE public.orders",
                "SELECT 1 /* harmless */; DELETE FROM public.orders -- really",
                "WITH gone AS (DELETE FROM public.orders RETURNING *) SELECT count(*) FROM gone",
                "WITH t AS (UPDATE public.customers SET name = 'x' RETURNING id) SELECT * FROM t",
                "SELECT * INTO public.orders_copy FROM public.orders",
                "CREATE TABLE public.stolen AS SELECT * FROM public.customers",
                "SELECT * FROM public.orders FOR UPDATE",
                "BEGIN; DELETE FROM public.orders; COMMIT",
                "COMMIT",
                "SET ROLE postgres",
                "SET SESSION AUTHORIZATION postgres",
                "RESET ALL",
                "SELECT set_config('default_transaction_read_only', 'off', false)",
                "SELECT current_setting('data_directory')",
                "SELECT pg_sleep(30)",
                "SELECT pg_catalog.pg_sleep(30)",
                "SELECT \"pg_sleep\"(30)",
                "SELECT count(*) FROM public.orders WHERE id = (SELECT 1 FROM pg_sleep(30))",
                "SELECT pg_read_file('/etc/passwd')",
                "SELECT pg_ls_dir('.')",
                "SELECT lo_import('/etc/hostname')",
                "SELECT lo_create(0)",
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity",
                "SELECT pg_cancel_backend(pg_backend_pid())",
                "SELECT pg_reload_conf()",
                "SELECT pg_advisory_lock(42)",
                "SELECT nextval('public.order_numbers')",
                "SELECT setval('public.order_numbers', 1000)",
                "SELECT pg_notify('askbar', 'hello')",
                "SELECT query_to_xml('DELETE FROM public.orders RETURNING 1', true, true, '')",
                "SELECT * FROM dblink('host=localhost', 'DELETE FROM public.orders') AS t(x int)",
                "SELECT rolname, rolpassword FROM pg_authid",
                "SELECT usename, passwd FROM pg_shadow",
                "SELECT * FROM pg_catalog.pg_user_mappings",
                "SELECT * FROM pg_settings",
                "SELECT query FROM pg_stat_activity",
                "SELECT * FROM askbar.audit_log",
                "SELECT * FROM information_schema.role_table_grants",
                "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT count(*) FROM r",
                "SELECT count(*) FROM public.orders a, public.orders b, public.orders c, public.orders d, public.orders e",
                "SELECT count(*) FROM public.orders a CROSS JOIN public.orders b CROSS JOIN public.orders c CROSS JOIN public.orders d CROSS JOIN public.orders e",
                "COPY public.orders TO '/tmp/orders.csv'",
                "DO $$ BEGIN DELETE FROM public.orders; END $$",
                "EXPLAIN ANALYZE DELETE FROM public.orders",
                "LOCK TABLE public.orders IN ACCESS EXCLUSIVE MODE",
                "GRANT SELECT ON public.orders TO PUBLIC",
                "ALTER TABLE public.orders DROP COLUMN total",
                "VACUUM public.orders",
                "CALL public.cleanup()",
                "PREPARE p AS DELETE FROM public.orders; EXECUTE p",
                "SELECT * FROM public.orders; NOTIFY askbar",
            })
    void hostileSqlChangesNothingAndEndsInTime(String sql) {
        f.groq.enqueue(completion(sql)).enqueue(completion(sql)).enqueue(completion(sql));
        int callsBefore = f.groq.callCount();
        long t0 = System.nanoTime();
        Answer a = f.engine.answer(
                new Question("do it " + sql.hashCode(), "mallory", "test", Optional.empty()).withoutCache(),
                ProgressListener.NONE);
        long millis = (System.nanoTime() - t0) / 1_000_000;
        drainScript();
        assertThat(f.groq.callCount()).as("the model was asked").isGreaterThan(callsBefore);
        assertThat(a.sql()).as("the hostile SQL reached the engine").isPresent();
        assertThat(databaseFingerprint())
                .as("database unchanged after: %s", sql)
                .isEqualTo(fingerprint);
        // statement timeout is 2 s in the fixture; a timeout is never repaired, so one timeout bounds the case
        assertThat(a.timings().dbMs()).as("time in the database").isLessThan(2_800);
        assertThat(millis).isLessThan(6_000);
        a.error().ifPresent(e -> assertThat(e.message()).doesNotContain("\n").doesNotContain("Exception"));
    }

    private static mockwebserver3.MockResponse completion(String sql) {
        return dev.askbar.testkit.GroqResponses.completion("llama-3.3-70b-versatile", "```sql\n" + sql + "\n```");
    }

    /** A case that ended before its third round leaves scripted replies behind; the next case must not see them. */
    private static void drainScript() {
        f.groq.clearScript();
    }
}
