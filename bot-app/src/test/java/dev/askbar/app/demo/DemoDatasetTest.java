package dev.askbar.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.askbar.testkit.TestPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DemoDatasetTest {
    private static final List<String> TABLES = List.of(
            "regions",
            "employees",
            "customers",
            "categories",
            "products",
            "orders",
            "order_lines",
            "shipments",
            "returns");

    private static Connection db;
    private static DemoDataset.Summary summary;

    @BeforeAll
    static void load() throws SQLException {
        db = TestPostgres.shared().createDatabase("demo").connect();
        summary = DemoDataset.reset(db);
        System.out.println("demo dataset: " + summary + " " + rowCounts(db));
    }

    @AfterAll
    static void close() throws SQLException {
        db.close();
    }

    @Test
    void countsMatchTheSummaryAndThereAreAtLeastTenThousandOrders() throws SQLException {
        assertThat(count(db, "SELECT count(*) FROM customers")).isEqualTo(summary.customers());
        assertThat(count(db, "SELECT count(*) FROM products")).isEqualTo(summary.products());
        assertThat(count(db, "SELECT count(*) FROM orders")).isEqualTo(summary.orders());
        assertThat(count(db, "SELECT count(*) FROM order_lines")).isEqualTo(summary.orderLines());
        assertThat(summary.orders()).isGreaterThanOrEqualTo(10_000);
        assertThat(summary.orderLines()).isGreaterThan(summary.orders());
        for (String table : TABLES) {
            assertThat(count(db, "SELECT count(*) FROM " + table)).as(table).isPositive();
        }
    }

    @Test
    void loadsWellWithinTheTimeBudget() {
        // The brief asks for well under 10 s on two cores; the margin absorbs a busy shared machine.
        assertThat(summary.took()).isLessThan(Duration.ofSeconds(20));
    }

    @Test
    void twoResetsOnTheSameDateGiveIdenticalData() throws SQLException {
        LocalDate day = LocalDate.of(2025, 3, 14);
        try (Connection other =
                TestPostgres.shared().createDatabase("demo_twice").connect()) {
            DemoDataset.reset(other, day);
            Map<String, String> first = checksums(other);
            DemoDataset.reset(other, day);
            assertThat(checksums(other)).isEqualTo(first);
            // The pinned date really drives the calendar: history ends the day before it.
            assertThat(count(other, "SELECT count(*) FROM orders WHERE ordered_at >= '2025-03-14 00:00+01'"))
                    .isZero();
            assertThat(count(other, "SELECT count(*) FROM orders WHERE ordered_at >= '2025-03-13 00:00+01'"))
                    .isPositive();
        }
    }

    @Test
    void resetIsIdempotentOnADatabaseThatAlreadyHoldsTheData() throws SQLException {
        try (Connection again =
                TestPostgres.shared().createDatabase("demo_again").connect()) {
            LocalDate day = LocalDate.of(2026, 1, 5);
            DemoDataset.Summary first = DemoDataset.reset(again, day);
            Map<String, String> before = checksums(again);
            int constraints =
                    count(again, "SELECT count(*) FROM pg_constraint WHERE connamespace = 'public'::regnamespace");
            int indexes = count(again, "SELECT count(*) FROM pg_indexes WHERE schemaname = 'public'");

            DemoDataset.Summary second = DemoDataset.reset(again, day);

            assertThat(second).usingRecursiveComparison().ignoringFields("took").isEqualTo(first);
            assertThat(checksums(again)).isEqualTo(before);
            assertThat(count(again, "SELECT count(*) FROM pg_constraint WHERE connamespace = 'public'::regnamespace"))
                    .isEqualTo(constraints);
            assertThat(count(again, "SELECT count(*) FROM pg_indexes WHERE schemaname = 'public'"))
                    .isEqualTo(indexes);
            assertThat(again.getAutoCommit()).isTrue();
        }
    }

    @Test
    void everyTableAndTheNonObviousColumnsHaveComments() throws SQLException {
        for (String table : TABLES) {
            assertThat(string(db, "SELECT obj_description('public." + table + "'::regclass, 'pg_class')"))
                    .as("comment on " + table)
                    .isNotBlank();
        }
        String[][] columns = {
            {"orders", "status"},
            {"orders", "channel"},
            {"orders", "promised_ship_date"},
            {"orders", "employee_id"},
            {"order_lines", "discount"},
            {"order_lines", "unit_price"},
            {"products", "unit_price"},
            {"products", "unit_cost"},
            {"products", "active"},
            {"shipments", "promised_by"},
            {"shipments", "delivered_at"},
            {"returns", "refunded_amount"},
            {"returns", "reason"},
            {"customers", "segment"},
            {"customers", "phone"},
            {"employees", "manager_id"},
            {"categories", "parent_id"}
        };
        for (String[] c : columns) {
            assertThat(columnComment(c[0], c[1]))
                    .as("comment on " + c[0] + "." + c[1])
                    .isNotBlank();
        }
        assertThat(columnComment("order_lines", "discount")).contains("fraction");
        assertThat(columnComment("products", "unit_price")).contains("EUR");
        assertThat(columnComment("orders", "status"))
                .contains("placed", "paid", "shipped", "delivered", "cancelled", "returned");
    }

    @Test
    void realDataHasNullsAndNonAsciiNames() throws SQLException {
        assertThat(count(db, "SELECT count(*) FROM customers WHERE phone IS NULL"))
                .isPositive();
        assertThat(count(db, "SELECT count(*) FROM customers WHERE city IS NULL"))
                .isPositive();
        assertThat(count(db, "SELECT count(*) FROM customers WHERE company_name IS NULL"))
                .isPositive();
        assertThat(count(db, "SELECT count(*) FROM orders WHERE employee_id IS NULL"))
                .isPositive();
        assertThat(count(db, "SELECT count(*) FROM orders WHERE promised_ship_date IS NULL"))
                .isPositive();
        assertThat(count(db, "SELECT count(*) FROM shipments WHERE delivered_at IS NULL"))
                .isPositive();
        assertThat(count(db, "SELECT count(*) FROM returns WHERE refunded_amount IS NULL"))
                .isPositive();
        assertThat(count(db, "SELECT count(*) FROM employees WHERE manager_id IS NULL"))
                .isEqualTo(1);

        List<String> names = new ArrayList<>();
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery(
                        "SELECT full_name FROM customers WHERE full_name IN "
                                + "('Zoë Müller', 'José Álvarez', 'Łukasz Wójcik', '山田 太郎', 'Øyvind Næss', 'François Dupré')")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        assertThat(names)
                .contains("Zoë Müller", "José Álvarez", "Łukasz Wójcik", "山田 太郎", "Øyvind Næss", "François Dupré");
        assertThat(count(db, "SELECT count(*) FROM customers WHERE full_name !~ '^[ -~]*$'"))
                .isGreaterThan(100);
        assertThat(count(db, "SELECT count(*) FROM customers WHERE email !~ '^[a-z0-9.]+@[a-z0-9.-]+$'"))
                .isZero();
    }

    @Test
    void everyTableHasAPrimaryKeyAndTheForeignKeysExist() throws SQLException {
        for (String table : TABLES) {
            assertThat(count(
                            db,
                            "SELECT count(*) FROM pg_constraint WHERE conrelid = 'public." + table
                                    + "'::regclass AND contype = 'p'"))
                    .as("primary key of " + table)
                    .isEqualTo(1);
        }
        List<String> foreignKeys = new ArrayList<>();
        try (Statement s = db.createStatement();
                ResultSet rs =
                        s.executeQuery("SELECT conrelid::regclass || '->' || confrelid::regclass FROM pg_constraint "
                                + "WHERE contype = 'f' AND connamespace = 'public'::regnamespace")) {
            while (rs.next()) {
                foreignKeys.add(rs.getString(1));
            }
        }
        assertThat(foreignKeys)
                .contains(
                        "employees->regions",
                        "employees->employees",
                        "customers->regions",
                        "customers->employees",
                        "categories->categories",
                        "products->categories",
                        "orders->customers",
                        "orders->employees",
                        "order_lines->orders",
                        "order_lines->products",
                        "shipments->orders",
                        "returns->order_lines",
                        "returns->employees");
    }

    @Test
    void ordersShippedLateLastMonthAreFound() throws SQLException {
        int shippedLate = count(db, """
                SELECT count(*)
                FROM orders o
                JOIN shipments s ON s.order_id = o.order_id
                WHERE s.shipped_at >= date_trunc('month', current_date) - interval '1 month'
                  AND s.shipped_at <  date_trunc('month', current_date)
                  AND s.shipped_at::date > o.promised_ship_date""");
        int shippedLastMonth = count(db, """
                SELECT count(*) FROM shipments
                WHERE shipped_at >= date_trunc('month', current_date) - interval '1 month'
                  AND shipped_at <  date_trunc('month', current_date)""");
        int deliveredLate = count(db, """
                SELECT count(*) FROM shipments
                WHERE promised_by >= date_trunc('month', current_date) - interval '1 month'
                  AND promised_by <  date_trunc('month', current_date)
                  AND coalesce(delivered_at::date, current_date) > promised_by""");
        assertThat(shippedLate).isPositive();
        assertThat(deliveredLate).isPositive();
        // Late is the exception, not the rule.
        assertThat(shippedLate).isLessThan(shippedLastMonth / 3);
    }

    @Test
    void historyHasSeasonsGrowthAndRealisticRates() throws SQLException {
        double peak = number(db, """
                SELECT count(*)::float / count(DISTINCT ordered_at::date) FROM orders
                WHERE extract(month FROM ordered_at) IN (11, 12)""");
        double rest = number(db, """
                SELECT count(*)::float / count(DISTINCT ordered_at::date) FROM orders
                WHERE extract(month FROM ordered_at) NOT IN (11, 12)""");
        assertThat(peak).isGreaterThan(rest * 1.2);

        double recentYear = number(db, "SELECT count(*) FROM orders WHERE ordered_at >= now() - interval '1 year'");
        double yearBefore = number(db, "SELECT count(*) FROM orders WHERE ordered_at < now() - interval '1 year'");
        assertThat(recentYear).isGreaterThan(yearBefore * 1.2);

        double lateShare = number(db, """
                SELECT avg((s.shipped_at::date > o.promised_ship_date)::int)
                FROM shipments s JOIN orders o USING (order_id)""");
        assertThat(lateShare).isBetween(0.03, 0.25);
        double returnedLines = number(db, "SELECT (SELECT count(*) FROM returns)::float / count(*) FROM order_lines");
        assertThat(returnedLines).isBetween(0.02, 0.15);
        assertThat(count(db, "SELECT count(DISTINCT status) FROM orders")).isEqualTo(6);
        assertThat(count(db, "SELECT count(*) FROM orders WHERE ordered_at > now()"))
                .isZero();
    }

    @Test
    void plannerStatisticsExistAfterReset() throws SQLException {
        assertThat(string(
                        db,
                        "SELECT most_common_vals::text FROM pg_stats "
                                + "WHERE schemaname = 'public' AND tablename = 'orders' AND attname = 'status'"))
                .contains("delivered");
    }

    private static String columnComment(String table, String column) throws SQLException {
        return string(
                db,
                "SELECT col_description('public." + table + "'::regclass, "
                        + "(SELECT attnum FROM pg_attribute WHERE attrelid = 'public." + table
                        + "'::regclass AND attname = '" + column + "'))");
    }

    private static Map<String, String> checksums(Connection c) throws SQLException {
        Map<String, String> sums = new LinkedHashMap<>();
        for (String table : TABLES) {
            sums.put(
                    table,
                    string(c, "SELECT md5(string_agg(t::text, E'\\n' ORDER BY t::text)) FROM public." + table + " t"));
        }
        return sums;
    }

    private static Map<String, Integer> rowCounts(Connection c) throws SQLException {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            counts.put(table, count(c, "SELECT count(*) FROM public." + table));
        }
        return counts;
    }

    private static int count(Connection c, String sql) throws SQLException {
        return (int) number(c, sql);
    }

    private static double number(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getDouble(1);
        }
    }

    private static String string(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
