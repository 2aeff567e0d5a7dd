package dev.askbar.core.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.askbar.testkit.TestPostgres;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/** The start-up role check on a real PostgreSQL: write rights anywhere and read rights outside ASKBAR_SCHEMAS. */
class DataRoleCheckTest {
    static TestPostgres.TestDatabase db;
    static String prefix;

    @BeforeAll
    static void setUp() {
        db = TestPostgres.shared().createDatabase("role check");
        prefix = db.name();
        db.execute("""
                CREATE TABLE public.products (id int PRIMARY KEY, name text);
                CREATE SCHEMA hr;
                CREATE TABLE hr.salary (person text, amount numeric);
                CREATE SCHEMA askbar;
                CREATE TABLE askbar.audit_log (id int, question text);
                REVOKE CREATE ON SCHEMA public FROM PUBLIC;
                """);
    }

    /** A login role created fresh for one test, with the given grants. */
    static DataSource role(String name, String grants) {
        String role = prefix + "_" + name;
        db.execute("CREATE ROLE " + role + " LOGIN PASSWORD 'pw'; GRANT CONNECT ON DATABASE " + db.name() + " TO "
                + role + ";" + grants.replace("ROLE", role));
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(db.jdbcUrl());
        ds.setUser(role);
        ds.setPassword("pw");
        return ds;
    }

    @Test
    void aReaderOfTheAllowedSchemasOnlyHasNoProblem() throws Exception {
        DataSource reader =
                role("reader", "GRANT USAGE ON SCHEMA public TO ROLE; GRANT SELECT ON public.products TO ROLE;");
        DataRoleCheck.Findings f = DataRoleCheck.inspect(reader, List.of("public"));
        assertThat(f.readOnly()).isTrue();
        assertThat(f.confined()).isTrue();
        assertThat(f.problem()).isEmpty();
    }

    @Test
    void theOwnerOfAskBarsSchemaIsToldItCanReadAndWriteIt() throws Exception {
        // what "only ASKBAR_DATABASE_URL set" amounts to: one role reads the data and owns AskBar's own tables
        DataSource owner = role(
                "owner",
                "GRANT USAGE ON SCHEMA public TO ROLE; GRANT SELECT ON public.products TO ROLE;"
                        + "ALTER SCHEMA askbar OWNER TO ROLE; ALTER TABLE askbar.audit_log OWNER TO ROLE;");
        DataRoleCheck.Findings f = DataRoleCheck.inspect(owner, List.of("public"));
        assertThat(f.readsAskBarState()).isTrue();
        assertThat(f.confined()).isFalse();
        assertThat(f.readOnly()).isFalse();
        assertThat(f.problem())
                .get()
                .asString()
                .contains("can write to askbar.audit_log")
                .contains("can create tables in schema askbar")
                .contains("can read askbar.audit_log outside ASKBAR_SCHEMAS (AskBar's own schema among them)");
    }

    @Test
    void readingASchemaOutsideTheAllowListIsReportedEvenByOneColumn() throws Exception {
        DataSource nosy = role(
                "nosy",
                "GRANT USAGE ON SCHEMA public, hr TO ROLE; GRANT SELECT ON public.products TO ROLE;"
                        + "GRANT SELECT (amount) ON hr.salary TO ROLE;");
        DataRoleCheck.Findings f = DataRoleCheck.inspect(nosy, List.of("public"));
        assertThat(f.readOnly()).isTrue();
        assertThat(f.readableOutside()).containsExactly("hr.salary");
        assertThat(f.problem())
                .get()
                .asString()
                .isEqualTo("the data role " + prefix + "_nosy can read hr.salary outside ASKBAR_SCHEMAS");
        // allowed once the operator lists the schema
        assertThat(DataRoleCheck.inspect(nosy, List.of("public", "hr")).problem())
                .isEmpty();
    }

    @Test
    void aConfiguredSchemaIsInsideInTheSpellingsTheGuardAllowsAndNoOther() throws Exception {
        db.execute("""
                CREATE SCHEMA "Sales"; CREATE TABLE "Sales"."Orders" (id int);
                CREATE SCHEMA sales; CREATE TABLE sales.orders (id int);
                CREATE SCHEMA "SALES"; CREATE TABLE "SALES"."ORDERS" (id int);
                """);
        DataSource reader = role(
                "sales_reader",
                "GRANT USAGE ON SCHEMA \"Sales\", sales, \"SALES\" TO ROLE;"
                        + " GRANT SELECT ON \"Sales\".\"Orders\", sales.orders, \"SALES\".\"ORDERS\" TO ROLE;");

        // ASKBAR_SCHEMAS=Sales: the guard lets a query name "Sales" or sales, so both are inside; "SALES" is not
        assertThat(DataRoleCheck.inspect(reader, List.of("Sales")).readableOutside())
                .containsExactly("SALES.ORDERS");
        assertThat(DataRoleCheck.inspect(reader, List.of("sales")).readableOutside())
                .containsExactlyInAnyOrder("SALES.ORDERS", "Sales.Orders");
    }

    @Test
    void aGrantWithoutUsageOnTheSchemaDoesNotCount() throws Exception {
        DataSource blocked = role("blocked", "GRANT SELECT ON hr.salary TO ROLE;");
        assertThat(DataRoleCheck.inspect(blocked, List.of("public")).readableOutside())
                .isEmpty();
    }

    @Test
    void writeRightsAnywhereAreReported() throws Exception {
        DataSource writer = role(
                "writer", "GRANT USAGE ON SCHEMA public TO ROLE; GRANT SELECT, UPDATE ON public.products TO ROLE;");
        assertThat(DataRoleCheck.inspect(writer, List.of("public")).problem())
                .get()
                .asString()
                .isEqualTo("the data role " + prefix + "_writer can write to public.products");
    }

    @Test
    void aSuperuserIsReportedAsSuch() throws Exception {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(db.jdbcUrl());
        ds.setUser(db.user());
        ds.setPassword(db.password());
        DataRoleCheck.Findings f = DataRoleCheck.inspect(ds, List.of("public"));
        assertThat(f.canCreateRoles()).isTrue();
        assertThat(f.problem())
                .get()
                .asString()
                .isEqualTo("the data role " + db.user() + " is a superuser or can create roles or databases");
        assertThat(f.readOnly()).isFalse();
        assertThat(f.confined()).isFalse();
    }
}
