package dev.askbar.app.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * The demo online shop AskBar answers questions about when no database is configured: regions,
 * employees, customers, categories, products, orders, order lines, shipments and returns in schema
 * {@code public}, about two years of history with seasons, growth, late parcels and returns.
 *
 * <p>The history ends at the start of the current day in the shop's time zone (Europe/Berlin), so
 * "last month" and "this year" always have data. Every random choice comes from {@link #SEED}, so
 * two loads on the same date give identical rows on any machine; loads on different dates differ,
 * because the calendar the history is laid on differs.
 */
public final class DemoDataset {
    /** Fixed so every machine, test and screenshot sees the same shop. */
    public static final long SEED = 20_240_611L;

    private static final String[] TABLES = {
        "regions", "employees", "customers", "categories", "products", "orders", "order_lines", "shipments", "returns"
    };

    private DemoDataset() {}

    /**
     * Drops the demo tables in schema public if present, recreates them, loads the data, comments, indexes, ANALYZE. Idempotent.
     *
     * <p>Runs in one transaction that it commits (readers see the old shop or the new one, never half),
     * and restores the connection's auto-commit setting. Views built on the demo tables are dropped
     * with them. Waits at most 15 s for readers holding the tables.
     */
    public static Summary reset(Connection superuser) throws SQLException {
        return reset(superuser, LocalDate.now(ShopHistory.SHOP_ZONE));
    }

    /** The history ending at the start of {@code today}; tests pin the date to compare loads. */
    static Summary reset(Connection superuser, LocalDate today) throws SQLException {
        long started = System.nanoTime();
        ShopHistory history = new ShopHistory(SEED, today).generate();
        boolean autoCommit = superuser.getAutoCommit();
        superuser.setAutoCommit(false);
        try {
            try (Statement s = superuser.createStatement()) {
                // A reader holding the old tables must not make a reset hang forever.
                s.execute("SET LOCAL lock_timeout = '15s'");
                s.execute(script("schema.sql"));
            }
            CopyManager copy = superuser.unwrap(PGConnection.class).getCopyAPI();
            for (CopyTable table : history.tables()) {
                long loaded = copy.copyIn(table.copyStatement(), new StringReader(table.text()));
                if (loaded != table.rows()) {
                    throw new SQLException(
                            "demo table " + table.name() + ": loaded " + loaded + " of " + table.rows() + " rows");
                }
            }
            try (Statement s = superuser.createStatement()) {
                s.execute(script("constraints.sql"));
                // AskBar reads pg_stats for common values; without ANALYZE a fresh table has none.
                s.execute("ANALYZE public." + String.join(", public.", TABLES));
            }
            superuser.commit();
        } catch (SQLException | IOException | RuntimeException e) {
            superuser.rollback();
            if (e instanceof SQLException sql) {
                throw sql;
            }
            if (e instanceof IOException io) {
                throw new SQLException("could not stream demo rows to PostgreSQL: " + io.getMessage(), io);
            }
            throw (RuntimeException) e;
        } finally {
            superuser.setAutoCommit(autoCommit);
        }
        return new Summary(
                history.customers.rows(),
                history.products.rows(),
                history.orders.rows(),
                history.orderLines.rows(),
                Duration.ofNanos(System.nanoTime() - started));
    }

    private static String script(String name) {
        try (InputStream in = DemoDataset.class.getResourceAsStream("/demo/" + name)) {
            if (in == null) {
                throw new IllegalStateException("demo/" + name + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public record Summary(int customers, int products, int orders, int orderLines, Duration took) {}
}
