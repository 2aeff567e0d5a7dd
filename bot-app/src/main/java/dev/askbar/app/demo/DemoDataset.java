package dev.askbar.app.demo;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/** Placeholder until the generated shop lands. */
public final class DemoDataset {
    public static final long SEED = 1;

    public record Summary(int customers, int products, int orders, int orderLines, Duration took) {
    }

    private DemoDataset() {
    }

    public static Summary reset(Connection superuser) throws SQLException {
        try (Statement s = superuser.createStatement()) {
            s.execute("DROP TABLE IF EXISTS public.orders, public.customers");
            s.execute("CREATE TABLE public.customers (id int PRIMARY KEY, name text NOT NULL)");
            s.execute("CREATE TABLE public.orders (id int PRIMARY KEY, customer_id int REFERENCES public.customers, total numeric(10,2))");
            s.execute("INSERT INTO public.customers SELECT g, 'Customer ' || g FROM generate_series(1, 50) g");
            s.execute("INSERT INTO public.orders SELECT g, 1 + g % 50, g * 1.5 FROM generate_series(1, 200) g");
            s.execute("ANALYZE");
        }
        return new Summary(50, 0, 200, 0, Duration.ZERO);
    }
}
