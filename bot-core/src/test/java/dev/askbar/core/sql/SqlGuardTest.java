package dev.askbar.core.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.LoggerFactory;

class SqlGuardTest {

    private final SqlGuard guard = new SqlGuard(Set.of("public"));

    static Stream<Arguments> hostileQueries() {
        return Stream.of(
                // one statement only, however the second one is hidden
                arguments("a second statement after a semicolon", "SELECT 1; DROP TABLE orders", "single-statement"),
                arguments(
                        "a statement after a block comment",
                        "SELECT 1 /* harmless */; DELETE FROM orders",
                        "single-statement"),
                arguments(
                        "a statement after a line comment",
                        "SELECT 1 -- just one\n; DROP TABLE orders",
                        "single-statement"),
                arguments(
                        "a statement after a nested comment",
                        "SELECT 1 /* a /* b */ c */; DROP TABLE orders",
                        "single-statement"),
                arguments(
                        "a backslash-quote that ends the string early",
                        "SELECT 'a\\'; DROP TABLE orders; --'",
                        "unparseable"),
                arguments("an unterminated string", "SELECT 'abc FROM orders", "unparseable"),
                arguments(
                        "unbalanced parentheses that could escape a wrapper",
                        "SELECT 1) UNION (SELECT 2",
                        "unparseable"),
                arguments("a Unicode-escaped identifier", "SELECT U&\"pg\\005fsleep\"(10)", "unparseable"),
                arguments("a JDBC escape the driver rewrites", "SELECT {fn now()}", "jdbc-escape"),
                // not a read statement
                arguments("INSERT", "INSERT INTO orders(id) VALUES (1)", "read-only-statement"),
                arguments("UPDATE", "UPDATE orders SET amount = 0", "read-only-statement"),
                arguments("TRUNCATE", "TRUNCATE orders", "read-only-statement"),
                arguments("BEGIN", "BEGIN", "read-only-statement"),
                arguments("COMMIT", "COMMIT", "read-only-statement"),
                arguments("SET ROLE", "SET ROLE postgres", "read-only-statement"),
                arguments("SET SESSION AUTHORIZATION", "SET SESSION AUTHORIZATION postgres", "read-only-statement"),
                arguments("RESET", "RESET ALL", "read-only-statement"),
                arguments("COPY to a program", "COPY (SELECT 1) TO PROGRAM 'id'", "read-only-statement"),
                arguments("a DO block", "DO $$ BEGIN DELETE FROM orders; END $$", "read-only-statement"),
                arguments("CALL", "CALL purge_orders()", "read-only-statement"),
                arguments(
                        "EXPLAIN ANALYZE, which executes", "EXPLAIN ANALYZE DELETE FROM orders", "read-only-statement"),
                arguments("LOCK", "LOCK TABLE orders IN ACCESS EXCLUSIVE MODE", "read-only-statement"),
                arguments("VACUUM", "VACUUM FULL orders", "read-only-statement"),
                arguments("GRANT", "GRANT ALL ON orders TO PUBLIC", "read-only-statement"),
                arguments("CREATE TABLE AS SELECT", "CREATE TABLE copy AS SELECT * FROM orders", "read-only-statement"),
                arguments(
                        "a WITH clause in front of a DELETE",
                        "WITH old AS (SELECT id FROM orders) DELETE FROM orders WHERE id IN (SELECT id FROM old)",
                        "read-only-statement"),
                arguments(
                        "a parenthesised statement that is not a read", "(DELETE FROM orders)", "read-only-statement"),
                // writes and locks inside a SELECT
                arguments(
                        "a DELETE in a CTE",
                        "WITH d AS (DELETE FROM orders RETURNING *) SELECT * FROM d",
                        "data-modifying-cte"),
                arguments(
                        "an UPDATE in a CTE",
                        "WITH u AS (UPDATE orders SET amount = 0 RETURNING id) SELECT count(*) FROM u",
                        "data-modifying-cte"),
                arguments(
                        "an INSERT in a later CTE",
                        "WITH a AS (SELECT 1 AS x), b AS (INSERT INTO orders(id) SELECT x FROM a RETURNING id) SELECT * FROM b",
                        "data-modifying-cte"),
                arguments(
                        "a DELETE in a CTE inside a subquery",
                        "SELECT * FROM (WITH d AS (DELETE FROM orders RETURNING *) SELECT * FROM d) s",
                        "data-modifying-cte"),
                arguments(
                        "a MERGE in a CTE",
                        "WITH m AS (MERGE INTO orders o USING src s ON o.id = s.id WHEN MATCHED THEN DELETE RETURNING *) SELECT * FROM m",
                        "data-modifying-cte"),
                arguments("SELECT INTO", "SELECT * INTO stolen FROM orders", "select-into"),
                arguments("SELECT INTO TEMP", "SELECT * INTO TEMP stolen FROM orders", "select-into"),
                arguments("FOR UPDATE", "SELECT * FROM orders FOR UPDATE", "locking-clause"),
                arguments(
                        "FOR UPDATE in one branch of a UNION",
                        "SELECT * FROM orders WHERE id = 1 UNION SELECT * FROM orders FOR UPDATE",
                        "locking-clause"),
                arguments(
                        "FOR UPDATE inside a CTE",
                        "WITH x AS (SELECT * FROM orders FOR UPDATE) SELECT * FROM x",
                        "locking-clause"),
                arguments("FOR NO KEY UPDATE", "SELECT * FROM orders FOR NO KEY UPDATE", "locking-clause"),
                arguments("FOR SHARE", "SELECT * FROM orders WHERE id = 1 FOR SHARE", "locking-clause"),
                arguments(
                        "FOR KEY SHARE SKIP LOCKED",
                        "SELECT * FROM orders FOR KEY SHARE SKIP LOCKED",
                        "locking-clause"),
                arguments(
                        "a locking clause where JSqlParser cannot parse",
                        "SELECT * FROM orders WHERE note = 'x' COLLATE \"C\" FOR UPDATE",
                        "locking-clause"),
                // denied functions, wherever they hide
                arguments("pg_sleep in the select list", "SELECT pg_sleep(10)", "denied-function"),
                arguments(
                        "pg_sleep in a subquery",
                        "SELECT * FROM orders WHERE id IN (SELECT 1 FROM pg_sleep(10))",
                        "denied-function"),
                arguments(
                        "pg_sleep in a CASE",
                        "SELECT CASE WHEN amount > 0 THEN pg_sleep(10)::text END FROM orders",
                        "denied-function"),
                arguments(
                        "pg_sleep in ORDER BY", "SELECT id FROM orders ORDER BY pg_sleep(1)::text", "denied-function"),
                arguments(
                        "pg_sleep as a function argument",
                        "SELECT coalesce(pg_sleep(5)::text, 'x')",
                        "denied-function"),
                arguments(
                        "pg_sleep in a lateral join",
                        "SELECT * FROM orders o, LATERAL (SELECT pg_sleep(1)) s",
                        "denied-function"),
                arguments(
                        "pg_sleep in a window",
                        "SELECT sum(amount) OVER (ORDER BY pg_sleep(1)::text) FROM orders",
                        "denied-function"),
                arguments("pg_sleep qualified with pg_catalog", "SELECT pg_catalog.pg_sleep(10)", "denied-function"),
                arguments("pg_sleep quoted", "SELECT \"pg_sleep\"(10)", "denied-function"),
                arguments("pg_sleep in mixed case", "SELECT PG_Sleep(10)", "denied-function"),
                arguments("pg_sleep with a comment before its arguments", "SELECT pg_sleep/**/(10)", "denied-function"),
                arguments("pg_sleep_for", "SELECT pg_sleep_for('5 minutes')", "denied-function"),
                arguments("a directory listing as a table", "SELECT * FROM pg_ls_dir('.')", "denied-function"),
                arguments("reading a server file", "SELECT pg_read_file('/etc/passwd')", "denied-function"),
                arguments("importing a large object", "SELECT lo_import('/etc/passwd')", "denied-function"),
                arguments("dblink", "SELECT * FROM dblink('host=evil', 'SELECT 1') AS t(x int)", "denied-function"),
                arguments("set_config", "SELECT set_config('statement_timeout', '0', false)", "denied-function"),
                arguments("current_setting", "SELECT current_setting('app.secret')", "denied-function"),
                arguments(
                        "terminating other sessions",
                        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity",
                        "denied-function"),
                arguments("reloading the configuration", "SELECT pg_reload_conf()", "denied-function"),
                arguments("an advisory lock", "SELECT pg_advisory_lock(42)", "denied-function"),
                arguments("a try-advisory lock", "SELECT pg_try_advisory_xact_lock(42)", "denied-function"),
                arguments("nextval", "SELECT nextval('orders_id_seq')", "denied-function"),
                arguments(
                        "nextval in attribute notation",
                        "SELECT s.nextval FROM (SELECT 'orders_id_seq'::regclass) s",
                        "denied-function"),
                arguments("setval", "SELECT setval('orders_id_seq', 1)", "denied-function"),
                arguments("pg_notify", "SELECT pg_notify('jobs', 'run')", "denied-function"),
                arguments(
                        "SQL executed from a string",
                        "SELECT query_to_xml('DELETE FROM orders RETURNING 1', true, true, '')",
                        "denied-function"),
                arguments(
                        "ts_stat running SQL from a string",
                        "SELECT * FROM ts_stat('SELECT body FROM orders')",
                        "denied-function"),
                arguments("an unlisted pg_ function", "SELECT pg_stat_get_activity(NULL)", "denied-function"),
                arguments(
                        "a denied function where JSqlParser cannot parse",
                        "SELECT * FROM ROWS FROM (generate_series(1, 3), pg_sleep(10))",
                        "denied-function"),
                // relations outside the allowed schemas
                arguments("a table in another schema", "SELECT * FROM other.t", "schema-not-allowed"),
                arguments("a quoted other schema", "SELECT * FROM \"other\".\"t\"", "schema-not-allowed"),
                arguments(
                        "a join to another schema",
                        "SELECT o.id FROM orders o JOIN hr.salaries s ON s.id = o.id",
                        "schema-not-allowed"),
                arguments(
                        "another schema in an ORDER BY subquery",
                        "SELECT id FROM orders ORDER BY (SELECT max(x) FROM other.z)",
                        "schema-not-allowed"),
                arguments("a function in another schema", "SELECT admin.purge_everything()", "schema-not-allowed"),
                arguments(
                        "another schema where JSqlParser cannot parse",
                        "SELECT * FROM other.t WHERE note = 'x' COLLATE \"C\"",
                        "schema-not-allowed"),
                arguments(
                        "another schema in a UNION JSqlParser cannot parse",
                        "SELECT id FROM orders WHERE note = 'x' COLLATE \"C\" UNION SELECT id FROM other.t",
                        "schema-not-allowed"),
                arguments("pg_authid", "SELECT rolname, rolpassword FROM pg_authid", "system-catalog"),
                arguments("pg_shadow", "SELECT * FROM pg_shadow", "system-catalog"),
                arguments("pg_user_mappings", "SELECT umoptions FROM pg_user_mappings", "system-catalog"),
                arguments("pg_settings qualified", "SELECT * FROM pg_catalog.pg_settings", "system-catalog"),
                arguments("pg_file_settings", "SELECT * FROM pg_file_settings", "system-catalog"),
                arguments("pg_hba_file_rules", "SELECT * FROM pg_hba_file_rules", "system-catalog"),
                arguments("other sessions' queries", "SELECT query FROM pg_stat_activity", "system-catalog"),
                arguments("a quoted catalog name", "SELECT * FROM \"pg_shadow\"", "system-catalog"),
                arguments("information_schema", "SELECT table_name FROM information_schema.tables", "system-catalog"),
                arguments(
                        "a catalog in a nested subquery",
                        "SELECT id FROM orders WHERE id IN (SELECT 1 FROM (SELECT * FROM pg_stat_activity) a)",
                        "system-catalog"),
                // products of huge sizes
                arguments(
                        "three tables with no join condition",
                        "SELECT count(*) FROM orders, customers, products",
                        "cross-join"),
                arguments(
                        "three generated series cross joined",
                        "SELECT count(*) FROM generate_series(1, 100000) a CROSS JOIN generate_series(1, 100000) b CROSS JOIN generate_series(1, 100000) c",
                        "cross-join"),
                arguments(
                        "joins ON true",
                        "SELECT count(*) FROM orders o JOIN customers c ON true JOIN products p ON true",
                        "cross-join"),
                arguments(
                        "LATERAL functions that use no earlier column",
                        "SELECT count(*) FROM orders, LATERAL generate_series(1, 1000000) a, LATERAL generate_series(1, 1000000) b",
                        "cross-join"),
                arguments(
                        "a WHERE that compares no columns",
                        "SELECT count(*) FROM orders o, customers c, products p WHERE o.amount > 10",
                        "cross-join"),
                arguments("a string ending in a backslash", "SELECT 'C:\\' FROM orders", "unparseable"),
                // every way a statement can reach another schema
                arguments("TABLE shorthand of another schema", "TABLE other.salary", "schema-not-allowed"),
                arguments(
                        "TABLE shorthand in a subquery",
                        "SELECT amount FROM (TABLE other.salary) s",
                        "schema-not-allowed"),
                arguments(
                        "TABLE shorthand in a CTE",
                        "WITH s AS (TABLE other.salary) SELECT * FROM s",
                        "schema-not-allowed"),
                arguments(
                        "TABLE shorthand after UNION",
                        "SELECT 1, 2 UNION ALL TABLE other.salary",
                        "schema-not-allowed"),
                arguments(
                        "TABLE shorthand in EXISTS",
                        "SELECT 1 WHERE EXISTS (TABLE other.salary)",
                        "schema-not-allowed"),
                arguments("TABLE shorthand in IN", "SELECT 1 WHERE 'x' IN (TABLE other.token)", "schema-not-allowed"),
                arguments(
                        "TABLE shorthand in LATERAL",
                        "SELECT * FROM orders o, LATERAL (TABLE other.salary) x",
                        "schema-not-allowed"),
                arguments(
                        "TABLE shorthand next to a COLLATE",
                        "SELECT amount FROM (TABLE other.salary) s WHERE 'a' = 'a' COLLATE \"C\"",
                        "schema-not-allowed"),
                arguments(
                        "a subquery after AT TIME ZONE",
                        "SELECT now() AT TIME ZONE (SELECT tz FROM other.salary LIMIT 1)",
                        "schema-not-allowed"),
                arguments(
                        "a subquery next to a COLLATE",
                        "SELECT (SELECT employee FROM other.salary LIMIT 1) COLLATE \"C\"",
                        "schema-not-allowed"),
                arguments(
                        "a subquery in BETWEEN SYMMETRIC",
                        "SELECT 1 WHERE 5 BETWEEN SYMMETRIC 1 AND (SELECT amount FROM other.salary)",
                        "schema-not-allowed"),
                arguments("upper-case schema", "SELECT * FROM OTHER.SALARY", "schema-not-allowed"),
                arguments(
                        "a comment between the name parts",
                        "SELECT * FROM other/* x */./**/salary",
                        "schema-not-allowed"),
                arguments(
                        "a line comment between the name parts",
                        "SELECT * FROM other -- x\n.salary",
                        "schema-not-allowed"),
                arguments("a database-qualified name", "SELECT * FROM shop.other.salary", "schema-not-allowed"),
                arguments("a schema-qualified column", "SELECT other.salary.amount FROM orders", "schema-not-allowed"),
                arguments("a type in another schema", "SELECT enum_range(NULL::other.mood)", "schema-not-allowed"),
                arguments(
                        "a cast to a type in another schema",
                        "SELECT CAST(NULL AS \"other\".mood)",
                        "schema-not-allowed"),
                arguments("a typed literal of another schema", "SELECT other.mood 'happy'", "schema-not-allowed"),
                arguments("a collation in another schema", "SELECT 'a' COLLATE other.\"C\"", "schema-not-allowed"),
                arguments(
                        "a function in another schema with a comment",
                        "SELECT other /**/ . leak /**/ ()",
                        "schema-not-allowed"),
                arguments("an explicit operator", "SELECT 1 OPERATOR(other.%%) 1", "explicit-operator"),
                arguments(
                        "a column of a name the statement never declares",
                        "SELECT ghost.amount FROM orders",
                        "unresolved-name"),
                arguments(
                        "syntax the parser cannot read",
                        "SELECT * FROM ROWS FROM (generate_series(1, 3)) g, other.salary",
                        "unparseable"),
                // indirect catalog reads
                arguments("a number cast to regclass", "SELECT 16384::regclass", "catalog-lookup"),
                arguments("a string cast to regclass", "SELECT 'other.salary'::regclass::oid", "catalog-lookup"),
                arguments("a quoted regclass", "SELECT 16384::\"regclass\"", "catalog-lookup"),
                arguments("CAST AS regclass", "SELECT CAST(16384 AS regclass)", "catalog-lookup"),
                arguments("regrole", "SELECT 10::regrole", "catalog-lookup"),
                arguments("regnamespace", "SELECT 2200::regnamespace", "catalog-lookup"),
                arguments("regproc", "SELECT 1242::regproc", "catalog-lookup"),
                arguments("regtype of an array", "SELECT ARRAY[23]::regtype[]", "catalog-lookup"),
                arguments("to_regclass", "SELECT to_regclass('other.salary')", "catalog-lookup"),
                arguments(
                        "has_table_privilege",
                        "SELECT has_table_privilege('other.salary', 'SELECT')",
                        "catalog-lookup"),
                arguments("has_schema_privilege", "SELECT HAS_SCHEMA_PRIVILEGE('other', 'USAGE')", "catalog-lookup"),
                arguments("version()", "SELECT version()", "catalog-lookup"),
                arguments("version() qualified", "SELECT pg_catalog.version()", "catalog-lookup"),
                arguments("inet_server_addr()", "SELECT inet_server_addr()", "catalog-lookup"),
                arguments("current_database()", "SELECT current_database()", "catalog-lookup"),
                arguments("obj_description", "SELECT obj_description(16384)", "catalog-lookup"),
                arguments("pg_get_viewdef", "SELECT pg_get_viewdef(16384)", "catalog-lookup"),
                arguments(
                        "a relation size by name", "SELECT pg_total_relation_size('other.salary')", "denied-function"),
                arguments("nothing", "  ;  ", "empty-statement"));
    }

    @ParameterizedTest(name = "refuses {0} (rule {2})")
    @MethodSource("hostileQueries")
    void refusesHostileQueryNamingTheRule(String behaviour, String sql, String rule) {
        GuardVerdict verdict = guard.check(sql);

        assertThat(verdict.allowed()).as("allowed: %s", sql).isFalse();
        assertThat(verdict.rule())
                .as("rule for: %s (reason: %s)", sql, verdict.reason())
                .isEqualTo(rule);
        assertThat(verdict.sql()).isNull();
        assertThat(verdict.userMessage())
                .startsWith("I can only read data; that query would ")
                .endsWith(".");
    }

    static Stream<Arguments> analyticQueries() {
        return Stream.of(
                arguments(
                        "an inner join", "SELECT o.id, c.name FROM orders o JOIN customers c ON c.id = o.customer_id"),
                arguments(
                        "a LEFT JOIN LATERAL",
                        "SELECT c.name, r.* FROM customers c LEFT JOIN LATERAL (SELECT * FROM orders o WHERE o.customer_id = c.id ORDER BY o.created_at DESC LIMIT 3) r ON true"),
                arguments(
                        "a recursive CTE",
                        "WITH RECURSIVE t(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM t WHERE n < 10) SELECT * FROM t"),
                arguments(
                        "CTE names used as tables",
                        "WITH monthly AS (SELECT date_trunc('month', created_at) AS m, sum(amount) AS total FROM orders GROUP BY 1), best AS (SELECT max(total) AS top FROM monthly) SELECT m FROM monthly, best WHERE total = top"),
                arguments(
                        "a window function",
                        "SELECT id, sum(amount) OVER (PARTITION BY customer_id ORDER BY created_at ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) FROM orders"),
                arguments(
                        "FILTER (WHERE ...)",
                        "SELECT count(*) FILTER (WHERE status = 'paid') AS paid, count(*) AS all_orders FROM orders"),
                arguments(
                        "DISTINCT ON",
                        "SELECT DISTINCT ON (customer_id) customer_id, created_at FROM orders ORDER BY customer_id, created_at DESC"),
                arguments(
                        "GROUP BY ROLLUP",
                        "SELECT region, product, sum(amount) FROM sales GROUP BY ROLLUP (region, product)"),
                arguments(
                        "date_trunc and interval arithmetic",
                        "SELECT date_trunc('month', created_at) AS m, count(*) FROM orders WHERE created_at > now() - interval '90 days' GROUP BY 1 ORDER BY 1"),
                arguments(":: casts", "SELECT amount::numeric(10,2), created_at::date FROM orders"),
                arguments("ILIKE", "SELECT * FROM customers WHERE name ILIKE '%smith%'"),
                arguments("JSON operators", "SELECT payload->>'kind' AS kind, payload->'meta' FROM events"),
                arguments("= ANY(ARRAY[...])", "SELECT * FROM orders WHERE status = ANY(ARRAY['paid', 'shipped'])"),
                arguments(
                        "generate_series",
                        "SELECT d::date FROM generate_series(now() - interval '1 month', now(), interval '1 day') AS d"),
                arguments(
                        "CASE and COALESCE",
                        "SELECT CASE WHEN amount > 100 THEN 'big' ELSE 'small' END, COALESCE(note, '-') FROM orders"),
                arguments(
                        "string_agg with ORDER BY",
                        "SELECT customer_id, string_agg(sku, ', ' ORDER BY sku) FROM order_items GROUP BY customer_id"),
                arguments(
                        "percentile_cont WITHIN GROUP",
                        "SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY amount) FROM orders"),
                arguments(
                        "a subquery in FROM with an alias",
                        "SELECT * FROM (SELECT customer_id, count(*) AS n FROM orders GROUP BY 1) x WHERE x.n > 2"),
                arguments(
                        "quoted mixed-case identifiers in an allowed schema",
                        "SELECT \"CustomerName\" FROM public.\"Customers\""),
                arguments(
                        "UNION, INTERSECT and EXCEPT",
                        "SELECT id FROM orders UNION SELECT id FROM refunds INTERSECT SELECT id FROM orders EXCEPT SELECT 3"),
                arguments("VALUES", "VALUES (1, 'a'), (2, 'b')"),
                arguments("TABLE", "TABLE orders"),
                arguments(
                        "old-style joins with the conditions in WHERE",
                        "SELECT * FROM orders o, customers c, products p WHERE o.customer_id = c.id AND o.product_id = p.id"),
                arguments(
                        "a chain of set-returning functions of earlier items",
                        "SELECT e.key, count(*) FROM events ev, jsonb_array_elements(ev.payload->'items') i, jsonb_each(i.value) e GROUP BY 1"),
                arguments(
                        "an array_agg with ORDER BY and FILTER",
                        "SELECT array_agg(id ORDER BY created_at) FILTER (WHERE amount > 0) FROM orders"),
                arguments(
                        "harmless pg_ functions",
                        "SELECT pg_typeof(amount), pg_size_pretty(pg_column_size(amount)::bigint) FROM orders LIMIT 1"),
                arguments(
                        "semicolons and keywords inside literals",
                        "SELECT ';DROP TABLE x;' AS a, $$; DELETE FROM orders$$ AS b, E'it\\'s; fine' AS c FROM orders"),
                arguments(
                        "EXISTS and NOT EXISTS",
                        "SELECT c.id FROM customers c WHERE EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.id) AND NOT EXISTS (SELECT 1 FROM refunds r WHERE r.customer_id = c.id)"),
                arguments(
                        "extract and substring with FROM inside",
                        "SELECT extract(epoch FROM o.created_at), substring(o.note FROM 1 FOR 3) FROM orders o"),
                arguments(
                        "a COLLATE clause JSqlParser cannot parse",
                        "SELECT name FROM customers WHERE name = 'x' COLLATE \"C\" ORDER BY name"),
                arguments(
                        "unnest WITH ORDINALITY in a lateral join",
                        "SELECT t.id, u.v, u.i FROM orders t JOIN LATERAL unnest(t.tags) WITH ORDINALITY AS u(v, i) ON true"),
                arguments(
                        "TABLE shorthand of an allowed table in a subquery",
                        "SELECT count(*) FROM (TABLE public.orders) o"),
                arguments("COLLATE in ORDER BY", "SELECT name FROM customers ORDER BY name COLLATE \"C\""),
                arguments("BETWEEN SYMMETRIC", "SELECT * FROM orders WHERE amount BETWEEN SYMMETRIC 100 AND 10"),
                arguments("AT TIME ZONE", "SELECT created_at AT TIME ZONE 'Europe/Berlin' FROM orders"),
                arguments(
                        "a column qualified with its table and schema",
                        "SELECT public.orders.id, orders.amount FROM public.orders"),
                arguments("a column of a set-returning function", "SELECT g.n FROM generate_series(1, 3) AS g(n)"),
                arguments(
                        "a built-in function qualified with pg_catalog",
                        "SELECT pg_catalog.lower(name) FROM customers"));
    }

    @ParameterizedTest(name = "allows {0}")
    @MethodSource("analyticQueries")
    void allowsAnalyticQuery(String behaviour, String sql) {
        GuardVerdict verdict = guard.check(sql);

        assertThat(verdict.allowed())
                .as("%s -> %s: %s", sql, verdict.rule(), verdict.reason())
                .isTrue();
        assertThat(verdict.sql()).isEqualTo(sql.strip());
    }

    @Test
    void allowedStatementIsTrimmedAndLosesTrailingSemicolonsAndComments() {
        GuardVerdict verdict = guard.check("  \n SELECT id FROM orders ;; -- that is all\n ");

        assertThat(verdict.allowed()).isTrue();
        assertThat(verdict.sql()).isEqualTo("SELECT id FROM orders");
    }

    @Test
    void refusalMessageFinishesTheSentenceWithTheStatementKind() {
        GuardVerdict verdict = guard.check("INSERT INTO orders(id) VALUES (1)");

        assertThat(verdict.userMessage()).isEqualTo("I can only read data; that query would change data (INSERT).");
    }

    @Test
    void deniedFunctionRefusalSaysWhy() {
        GuardVerdict verdict = guard.check("SELECT pg_sleep(10)");

        assertThat(verdict.reason()).startsWith("call pg_sleep()").contains("Sleeping holds a database connection");
    }

    @Test
    void otherConfiguredSchemasAreReadable() {
        SqlGuard salesGuard = new SqlGuard(Set.of("public", "Sales"));

        assertThat(salesGuard
                        .check("SELECT * FROM sales.deals d JOIN public.customers c ON c.id = d.customer_id")
                        .allowed())
                .isTrue();
        assertThat(salesGuard.check("SELECT * FROM hr.salaries").rule()).isEqualTo("schema-not-allowed");
    }

    @Test
    void aConfiguredSchemaIsAllowedAsCreatedEitherQuotedOrNot() {
        SqlGuard guard = new SqlGuard(Set.of("Sales"));

        assertThat(guard.check("SELECT * FROM \"Sales\".\"Orders\"").allowed())
                .as("created as \"Sales\": the prompt writes it quoted")
                .isTrue();
        assertThat(guard.check("SELECT * FROM sales.orders").allowed())
                .as("created as sales")
                .isTrue();
        assertThat(guard.check("SELECT * FROM \"SALES\".orders").rule()).isEqualTo("schema-not-allowed");
    }

    @Test
    void aStatementTheParserCannotReadIsRefusedWithOneWarningNeverAllowedByAPartialScan() {
        Logger logger = (Logger) LoggerFactory.getLogger(SqlGuard.class);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        try {
            GuardVerdict verdict = guard.check("SELECT * FROM ROWS FROM (generate_series(1, 3)) g");

            assertThat(verdict.allowed()).isFalse();
            assertThat(verdict.rule()).isEqualTo("unparseable");
            assertThat(verdict.userMessage()).contains("write it more plainly");
            assertThat(appender.list).singleElement().satisfies(event -> {
                assertThat(event.getLevel()).isEqualTo(Level.WARN);
                assertThat(event.getFormattedMessage())
                        .contains("could not parse")
                        .contains("ROWS FROM");
            });
        } finally {
            logger.detachAppender(appender);
        }
    }

    @Test
    void collateAndTheTableShorthandAreReadNotGuessed() {
        assertThat(guard.check(
                                "SELECT name FROM customers WHERE name = 'x' COLLATE \"C\" ORDER BY name COLLATE pg_catalog.\"C\"")
                        .allowed())
                .isTrue();
        assertThat(guard.check("SELECT * FROM (TABLE orders) o WHERE o.amount > 0")
                        .allowed())
                .isTrue();
        assertThat(guard.check("SELECT 'a' COLLATE other.\"C\"").rule()).isEqualTo("schema-not-allowed");
        assertThat(guard.check("SELECT amount FROM (TABLE other.salary) s").rule())
                .isEqualTo("schema-not-allowed");
    }

    @Test
    void everyRuleInTheTableIsEnforcedByAtLeastOneHostileQuery() {
        Set<String> fired = new java.util.HashSet<>();
        hostileQueries()
                .forEach(args -> fired.add(guard.check((String) args.get()[1]).rule()));

        assertThat(fired)
                .containsAll(java.util.Arrays.stream(GuardRule.values())
                        .map(GuardRule::id)
                        .toList());
    }

    @Test
    void onlyTheGuardCreatesGuardedSqlInMainCode() throws Exception {
        java.nio.file.Path main = java.nio.file.Path.of("src/main/java");
        try (var files = java.nio.file.Files.walk(main)) {
            List<String> creators = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> read(f).contains("new GuardedSql("))
                    .map(f -> f.getFileName().toString())
                    .toList();
            assertThat(creators).containsExactly("SqlGuard.java");
        }
    }

    private static String read(java.nio.file.Path file) {
        try {
            return java.nio.file.Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aRefusedVerdictHasNothingToRun() {
        GuardVerdict verdict = guard.check("TABLE other.salary");

        assertThat(verdict.sql()).isNull();
        org.assertj.core.api.Assertions.assertThatThrownBy(verdict::guarded).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void twoTablesWithoutConditionAreNotACrossJoinRefusal() {
        assertThat(guard.check("SELECT * FROM orders, customers").allowed()).isTrue();
    }
}
