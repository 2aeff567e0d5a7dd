package dev.askbar.core.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.askbar.core.fixtures.ShopDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The schema allowlist against a real PostgreSQL where the question role can read a second schema,
 * {@code other}, and even has it first on its search path: hundreds of spellings of the same few attacks must
 * not bring back one row, one function result or one catalog name from outside {@code public}.
 */
class SchemaAllowlistTest {

    private static final List<String> SECRETS = List.of("SECRET", "987654321", "LEAKED");

    static ShopDatabase shop;
    static String url;
    static String reader;
    static SqlGuard guard = new SqlGuard(Set.of("public"));
    static SqlRunner runner;

    @BeforeAll
    static void setUp() {
        shop = ShopDatabase.create("hostile");
        reader = shop.readerRole();
        url = shop.database().jdbcUrl();
        shop.database().execute("""
                CREATE SCHEMA other;
                CREATE TABLE other.salary (employee text, amount int);
                INSERT INTO other.salary VALUES ('SECRET-ALICE', 987654321);
                CREATE TABLE other.token (secret text);
                INSERT INTO other.token VALUES ('SECRET-TOKEN');
                CREATE FUNCTION other.leak() RETURNS text LANGUAGE sql AS $$ SELECT secret FROM other.token $$;
                CREATE FUNCTION other.leak_op(a int, b int) RETURNS text LANGUAGE sql AS $$ SELECT 'SECRET-OPERATOR' $$;
                CREATE OPERATOR other.%% (LEFTARG = int, RIGHTARG = int, FUNCTION = other.leak_op);
                CREATE TYPE other.mood AS ENUM ('SECRET-ENUM');
                CREATE SEQUENCE other.seq;
                """);
        // A careless but common set-up: the role reads the other schema and finds it first on its search path.
        shop.database()
                .execute("GRANT USAGE ON SCHEMA other TO " + reader + "; "
                        + "GRANT SELECT ON ALL TABLES IN SCHEMA other TO " + reader + "; "
                        + "GRANT SELECT, USAGE ON SEQUENCE other.seq TO " + reader + "; "
                        + "ALTER ROLE " + reader + " SET search_path = other, public");
        PGSimpleDataSource asReader = new PGSimpleDataSource();
        asReader.setUrl(url);
        asReader.setUser(reader);
        asReader.setPassword("r");
        runner = new SqlRunner(asReader, 100, Duration.ofSeconds(5));
    }

    @AfterAll
    static void tearDown() {
        shop.close();
    }

    static Connection connectAsReader() throws SQLException {
        return DriverManager.getConnection(url, reader, "r");
    }

    /** Ways to write one schema-qualified name: case, quotes, spaces and comments between its parts. */
    static List<String> spellings(String schema, String name) {
        String db = shop.database().name();
        return List.of(
                schema + "." + name,
                schema.toUpperCase() + "." + name.toUpperCase(),
                "\"" + schema + "\".\"" + name + "\"",
                "\"" + schema + "\"." + name,
                schema + " . " + name,
                schema + "/**/./* between */" + name,
                schema + " -- a line comment\n." + name,
                "/* a /* nested */ comment */" + schema + "/**/." + name,
                Character.toUpperCase(schema.charAt(0)) + schema.substring(1) + ".\"" + name + "\"",
                db + "." + schema + "." + name,
                "\"" + db + "\".\"" + schema + "\"." + name);
    }

    /** Attacks on a two-column table {T} (employee, amount) and a one-column table {S} (secret). */
    static final List<String> RELATION_ATTACKS = List.of(
            "TABLE {T}",
            "TABLE ONLY {T}",
            "SELECT amount FROM (TABLE {T}) s",
            "SELECT amount FROM (TABLE {T}) s WHERE 'a' = 'a' COLLATE \"C\"",
            "SELECT * FROM {T}",
            "SELECT * FROM ONLY {T}",
            "SELECT * FROM {T} TABLESAMPLE SYSTEM (100)",
            "SELECT x.* FROM {T} x",
            "SELECT (SELECT employee FROM {T} LIMIT 1)",
            "SELECT (SELECT employee FROM {T} LIMIT 1) COLLATE \"C\"",
            "SELECT 'x' COLLATE \"C\" AS a, (SELECT employee FROM {T} LIMIT 1) AS b",
            "SELECT 'LEAKED' WHERE now() AT TIME ZONE (SELECT 'UTC'::text FROM {T} WHERE amount = 987654321) IS NOT NULL",
            "SELECT now() AT TIME ZONE 'UTC' AS t, (SELECT employee FROM {T} LIMIT 1) AS e",
            "SELECT 'LEAKED' WHERE now() AT TIME ZONE 'UTC' AT TIME ZONE (SELECT 'UTC'::text FROM {T} WHERE amount > 0) IS NOT NULL",
            "SELECT o.id, x.* FROM orders o, LATERAL (TABLE {T}) x",
            "SELECT o.id, x.* FROM orders o LEFT JOIN LATERAL (TABLE {T}) x ON true",
            "SELECT o.id, x.employee FROM orders o CROSS JOIN LATERAL (SELECT employee FROM {T}) x",
            "WITH a AS (TABLE {T}) SELECT * FROM a",
            "WITH a AS (SELECT * FROM {T}) SELECT employee FROM a",
            "WITH RECURSIVE r(n) AS (SELECT employee FROM {T} UNION ALL SELECT n FROM r WHERE false) SELECT * FROM r",
            "SELECT status FROM orders UNION ALL SELECT employee FROM {T}",
            "SELECT 'a', 1 UNION ALL TABLE {T}",
            "SELECT 'LEAKED' WHERE EXISTS (TABLE {T})",
            "SELECT 'LEAKED' WHERE 987654321 IN (SELECT amount FROM {T})",
            "SELECT 'LEAKED' WHERE 'SECRET-TOKEN' IN (TABLE {S})",
            "SELECT (TABLE {S} LIMIT 1)",
            "SELECT ARRAY(TABLE {S})",
            "SELECT ARRAY(SELECT employee FROM {T})",
            "SELECT x FROM (VALUES ((SELECT employee FROM {T} LIMIT 1))) v(x)",
            "VALUES ((SELECT employee FROM {T} LIMIT 1))",
            "SELECT CASE WHEN true THEN (SELECT employee FROM {T} LIMIT 1) END",
            "SELECT coalesce(NULL, (SELECT employee FROM {T} LIMIT 1))",
            "SELECT json_agg(s)::text FROM {T} s",
            "SELECT row_to_json(s)::text FROM {T} s",
            "SELECT string_agg(employee, ',') FROM {T}",
            "SELECT * FROM (SELECT * FROM (SELECT * FROM {T}) a) b",
            "SELECT 'LEAKED' FROM {T} WHERE amount > 0",
            "SELECT substring((SELECT employee FROM {T} LIMIT 1) FROM 1)",
            "SELECT extract(year FROM now()) AS y, (SELECT employee FROM {T} LIMIT 1) AS e",
            "SELECT 'LEAKED' WHERE (SELECT amount FROM {T} LIMIT 1) BETWEEN SYMMETRIC 1 AND 999999999",
            "SELECT * FROM orders o JOIN {T} s ON true",
            "SELECT 'LEAKED' FROM orders LIMIT (SELECT 1 FROM {T} LIMIT 1)",
            "SELECT xmlelement(name x, (SELECT employee FROM {T} LIMIT 1))::text",
            "SELECT * FROM ROWS FROM (generate_series(1, 1)) g, {T}",
            "SELECT 'LEAKED' WHERE (SELECT employee FROM {T} LIMIT 1) LIKE 'SECRET%' ESCAPE '!'",
            "SELECT count(*) FILTER (WHERE amount = 987654321) AS n, max(employee) FROM {T}",
            "SELECT id, (SELECT max(employee) FROM {T}) FROM orders ORDER BY id LIMIT 1",
            "SELECT * FROM orders WHERE status IN (SELECT employee FROM {T}) OR true LIMIT 1 OFFSET 0",
            "SELECT {T}.employee FROM {T}",
            "SELECT (SELECT employee FROM {T} LIMIT 1) AS \"from\"",
            "SELECT * FROM ((TABLE {T})) s",
            "SELECT (TABLE {S})",
            "VALUES ('a', 1) UNION ALL TABLE {T}",
            "SELECT s.x FROM orders, {T} AS s(x, y)",
            "SELECT employee FROM orders NATURAL JOIN {T} LIMIT 1",
            "SELECT DISTINCT ON ((SELECT employee FROM {T} LIMIT 1)) (SELECT employee FROM {T} LIMIT 1) AS e FROM orders",
            "SELECT 'LEAKED' FROM orders GROUP BY CUBE ((SELECT amount FROM {T} LIMIT 1))",
            "SELECT 'LEAKED' FROM orders FETCH FIRST (SELECT 1 FROM {T} LIMIT 1) ROWS ONLY",
            "SELECT * FROM json_to_recordset((SELECT json_agg(s) FROM {T} s)) AS x(employee text, amount int)",
            "SELECT (SELECT s FROM {T} s)::text",
            "SELECT 'LEAKED' FROM orders WHERE ROW('SECRET-ALICE', 987654321) = ANY (SELECT * FROM {T}) LIMIT 1",
            "SELECT 'LEAKED' WHERE EXISTS (SELECT FROM {T})",
            "SELECT sum(id) OVER (ORDER BY id ROWS BETWEEN (SELECT 1 FROM {T} LIMIT 1) PRECEDING AND CURRENT ROW), (SELECT employee FROM {T} LIMIT 1) FROM orders LIMIT 1");

    /** Functions, operators, types and sequences of the other schema. */
    static final List<String> ROUTINE_ATTACKS = List.of(
            "SELECT {F}()",
            "SELECT {F} /* c */ ()",
            "SELECT * FROM {F}()",
            "SELECT upper({F}())",
            "SELECT 1 OPERATOR(other.%%) 1",
            "SELECT 1 OPERATOR ( \"other\" . %% ) 1",
            "SELECT 1 %% 1",
            "SELECT enum_range(NULL::{M})::text",
            "SELECT CAST(NULL AS {M}) IS NULL AS LEAKED, enum_range(NULL::{M})::text",
            "SELECT * FROM json_populate_record(NULL::{T}, '{\"employee\": \"SECRET-MADE-UP\"}')",
            "SELECT leak()",
            "SELECT * FROM leak()",
            "SELECT enum_range(NULL::mood)::text",
            "SELECT nextval('other.seq')::text || currval('other.seq')::text || 'SECRET'");

    static List<String> corpus() {
        Set<String> all = new LinkedHashSet<>();
        List<String> salaries = new ArrayList<>(spellings("other", "salary"));
        salaries.add("salary");
        salaries.add("\"salary\"");
        salaries.add("SALARY");
        List<String> tokens = new ArrayList<>(spellings("other", "token"));
        tokens.add("token");
        for (int i = 0; i < salaries.size(); i++) {
            String t = salaries.get(i);
            String s = tokens.get(Math.min(i, tokens.size() - 1));
            for (String attack : RELATION_ATTACKS) {
                all.add(attack.replace("{T}", t).replace("{S}", s));
            }
        }
        List<String> functions = spellings("other", "leak");
        List<String> types = spellings("other", "mood");
        for (int i = 0; i < functions.size(); i++) {
            for (String attack : ROUTINE_ATTACKS) {
                all.add(attack.replace("{F}", functions.get(i))
                        .replace("{M}", types.get(i))
                        .replace("{T}", salaries.get(i)));
            }
        }
        return List.copyOf(all);
    }

    @Test
    void theCorpusReallyReachesTheOtherSchemaWhenNothingStandsInTheWay() throws Exception {
        int reached = 0;
        List<String> broken = new ArrayList<>();
        try (Connection c = connectAsReader()) {
            for (String sql : corpus()) {
                try (Statement s = c.createStatement();
                        ResultSet rs = s.executeQuery(sql)) {
                    reached += firstSecret(readAll(rs)) != null ? 1 : 0;
                } catch (SQLException e) {
                    broken.add(sql + " -> " + e.getMessage().lines().findFirst().orElse(""));
                }
            }
        }
        assertThat(broken).as("corpus queries PostgreSQL rejects on its own").isEmpty();
        assertThat(reached)
                .as("corpus queries that return a secret when run unguarded")
                .isGreaterThan(corpus().size() * 9 / 10);
    }

    @Test
    void noQueryInTheCorpusBringsBackAnythingFromOutsideTheAllowlist() {
        List<String> leaks = new ArrayList<>();
        for (String sql : corpus()) {
            GuardVerdict verdict = guard.check(sql);
            if (!verdict.allowed()) {
                continue;
            }
            try {
                QueryResult result = runner.run(verdict.guarded());
                String secret = firstSecret(cells(result));
                if (secret != null) {
                    leaks.add(sql.replace('\n', ' ') + "  =>  " + secret);
                }
            } catch (SqlFailedException refusedByTheDatabase) {
                // not a leak: the database or the runner stopped it
            }
        }
        assertThat(leaks).as("queries that leaked (of %d)", corpus().size()).isEmpty();
    }

    @Test
    void theGuardAloneRefusesEverySchemaQualifiedAttack() {
        List<String> allowed = new ArrayList<>();
        for (String sql : corpus()) {
            boolean qualified = sql.toLowerCase().contains("other") || sql.contains("OPERATOR");
            if (qualified && guard.check(sql).allowed()) {
                allowed.add(sql.replace('\n', ' '));
            }
        }
        assertThat(allowed).isEmpty();
    }

    @Test
    void theRunnerAloneBringsBackNoRowOfTheOtherSchemaEvenForSqlNoGuardRead() {
        // Defence in depth: hand every relation attack straight to the runner, as if the guard had missed it.
        List<String> leaks = new ArrayList<>();
        for (String sql : corpus()) {
            if (sql.contains("OPERATOR") || sql.matches("(?is).*(leak|mood|seq|json_populate).*")) {
                continue; // routines called by name are the guard's to stop; the plan shows relations only
            }
            try {
                String secret = firstSecret(cells(runner.run(new GuardedSql(sql, Set.of("public")))));
                if (secret != null) {
                    leaks.add(sql.replace('\n', ' ') + "  =>  " + secret);
                }
            } catch (SqlFailedException refused) {
                // the plan check, the search path or the database stopped it
            }
        }
        assertThat(leaks).isEmpty();
    }

    @Test
    void theRunnersCheckOfOpenedRelationsNamesWhatItRefused() {
        assertThatThrownBy(
                        () -> runner.run(new GuardedSql("SELECT amount FROM (TABLE other.salary) s", Set.of("public"))))
                .isInstanceOfSatisfying(SqlFailedException.class, e -> {
                    assertThat(e.refusedByAskBar()).isTrue();
                    assertThat(e.getMessage())
                            .isEqualTo("it reads other.salary, outside the schemas questions may use");
                });
    }

    @Test
    void unqualifiedNamesResolveOnlyInTheAllowedSchemasWhateverTheRolesSearchPath() throws Exception {
        assertThatThrownBy(() -> runner.run(guard.check("SELECT * FROM salary").guarded()))
                .isInstanceOfSatisfying(
                        SqlFailedException.class,
                        e -> assertThat(e.getMessage()).contains("relation \"salary\" does not exist"));
        assertThat(runner.run(guard.check("SELECT count(*) AS n FROM orders").guarded())
                        .rows()
                        .get(0)
                        .get(0))
                .isEqualTo(120L);
    }

    /** Catalog reads that name no relation: the plan shows nothing, so the guard alone must stop them. */
    static List<String> catalogLookups() {
        long table = shop.database().count("SELECT 'other.salary'::regclass::oid::bigint");
        long schema = shop.database().count("SELECT 'other'::regnamespace::oid::bigint");
        long function = shop.database().count("SELECT 'other.leak'::regproc::oid::bigint");
        long type = shop.database().count("SELECT 'other.mood'::regtype::oid::bigint");
        List<String> lookups = new ArrayList<>();
        for (String cast : List.of(
                "::regclass",
                "::REGCLASS",
                "::\"regclass\"",
                "::pg_catalog.regclass",
                ":: regclass",
                "::/* c */regclass",
                "::regclass::text",
                "::oid::regclass",
                "::text::regclass")) {
            lookups.add("SELECT " + table + cast);
            lookups.add("SELECT '" + table + "'" + cast);
            lookups.add("SELECT 'other.salary'" + cast + "::oid");
        }
        lookups.addAll(List.of(
                "SELECT CAST(" + table + " AS regclass)",
                "SELECT CAST('other.salary' AS regclass)::oid",
                "SELECT regclass 'other.salary'",
                "SELECT ARRAY[" + table + "]::regclass[]",
                "SELECT ('{" + table + "}'::regclass[])[1]",
                "SELECT " + table + "::regclass AS t FROM orders LIMIT 1",
                "SELECT (SELECT " + table + "::regclass)",
                "SELECT " + schema + "::regnamespace",
                "SELECT 'other'::regnamespace::oid",
                "SELECT 10::regrole",
                "SELECT " + function + "::regproc",
                "SELECT " + function + "::regprocedure",
                "SELECT " + type + "::regtype",
                "SELECT 'other.mood'::regtype::oid",
                "SELECT to_regclass('other.salary')",
                "SELECT TO_REGCLASS('other.salary')",
                "SELECT pg_catalog.to_regclass('other.salary')",
                "SELECT \"to_regclass\"('other.salary')",
                "SELECT to_regclass /* c */ ('other.salary')",
                "SELECT to_regnamespace('other')",
                "SELECT to_regproc('other.leak')",
                "SELECT to_regtype('other.mood')",
                "SELECT to_regrole('postgres')",
                "SELECT has_table_privilege('other.salary', 'SELECT')",
                "SELECT has_schema_privilege('other', 'USAGE')",
                "SELECT has_function_privilege('other.leak()', 'EXECUTE')",
                "SELECT has_column_privilege('other.salary', 'amount', 'SELECT')",
                "SELECT has_any_column_privilege('other.salary', 'SELECT')",
                "SELECT has_database_privilege(current_database(), 'CREATE')",
                "SELECT has_sequence_privilege('other.seq', 'USAGE')",
                "SELECT pg_has_role('postgres', 'MEMBER')",
                "SELECT pg_get_functiondef('other.leak'::regproc)",
                "SELECT pg_get_functiondef(" + function + ")",
                "SELECT pg_get_userbyid(10)",
                "SELECT pg_get_viewdef(" + table + ")",
                "SELECT pg_get_expr(NULL, 0)",
                "SELECT version()",
                "SELECT VERSION()",
                "SELECT pg_catalog.version()",
                "SELECT \"version\"()",
                "SELECT version/**/()",
                "SELECT inet_server_addr()",
                "SELECT inet_server_port()",
                "SELECT inet_client_addr()",
                "SELECT current_setting('search_path')",
                "SELECT current_setting('data_directory', true)",
                "SELECT pg_catalog.current_setting('port')",
                "SELECT current_database()",
                "SELECT current_schemas(true)",
                "SELECT obj_description(" + table + ")",
                "SELECT format_type(" + type + ", NULL)",
                "SELECT pg_relation_size('other.salary')",
                "SELECT pg_total_relation_size(" + table + ")",
                "SELECT pg_table_size('other.salary')",
                "SELECT row_security_active('other.salary')",
                "SELECT currval('other.seq')"));
        return lookups;
    }

    @Test
    void indirectCatalogReadsAreRefusedByTheGuard() {
        List<String> allowed = new ArrayList<>();
        for (String sql : catalogLookups()) {
            GuardVerdict verdict = guard.check(sql);
            if (verdict.allowed()) {
                allowed.add(sql);
            } else {
                assertThat(verdict.rule())
                        .as(sql)
                        .isIn(
                                "catalog-lookup",
                                "denied-function",
                                "system-catalog",
                                "schema-not-allowed",
                                "unparseable");
            }
        }
        assertThat(allowed).isEmpty();
    }

    @Test
    void theCatalogLookupsAreRealWhenRunUnguarded() throws Exception {
        int answered = 0;
        try (Connection c = connectAsReader()) {
            for (String sql : catalogLookups()) {
                try (Statement s = c.createStatement();
                        ResultSet rs = s.executeQuery(sql)) {
                    answered += rs.next() ? 1 : 0;
                } catch (SQLException e) {
                    // a few need privileges or session state the reader lacks; most answer
                }
            }
        }
        assertThat(answered).isGreaterThan(catalogLookups().size() * 8 / 10);
    }

    private static List<String> readAll(ResultSet rs) throws SQLException {
        List<String> values = new ArrayList<>();
        int n = rs.getMetaData().getColumnCount();
        while (rs.next()) {
            for (int i = 1; i <= n; i++) {
                values.add(rs.getString(i));
            }
        }
        return values;
    }

    private static List<String> cells(QueryResult result) {
        List<String> values = new ArrayList<>();
        result.rows().forEach(row -> row.forEach(v -> values.add(String.valueOf(v))));
        return values;
    }

    private static String firstSecret(List<String> values) {
        Function<String, Boolean> secret = v -> v != null && SECRETS.stream().anyMatch(v::contains);
        return values.stream().filter(secret::apply).findFirst().orElse(null);
    }
}
