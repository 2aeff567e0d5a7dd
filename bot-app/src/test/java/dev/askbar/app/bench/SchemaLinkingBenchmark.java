package dev.askbar.app.bench;

import dev.askbar.testkit.TestKeys;
import dev.askbar.app.demo.DemoDataset;
import dev.askbar.core.config.AskBarConfig;
import dev.askbar.core.engine.Answer;
import dev.askbar.core.engine.ProgressListener;
import dev.askbar.core.engine.QueryEngine;
import dev.askbar.core.engine.Question;
import dev.askbar.core.llm.LlmRouter;
import dev.askbar.core.schema.LinkedSchema;
import dev.askbar.core.schema.SchemaCatalog;
import dev.askbar.core.schema.SchemaLinker;
import dev.askbar.core.schema.SchemaPrompt;
import dev.askbar.core.schema.SchemaSnapshot;
import dev.askbar.core.schema.TableInfo;
import dev.askbar.core.sql.SqlGuard;
import dev.askbar.core.sql.SqlRunner;
import dev.askbar.core.store.AuditLog;
import dev.askbar.core.store.StateStore;
import dev.askbar.testkit.FakeGroq;
import dev.askbar.testkit.TestPostgres;
import net.sf.jsqlparser.util.TablesNamesFinder;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Schema linking on the demo shop and on the same shop hidden among 291 unrelated tables: tokens the
 * schema takes per prompt, the share of the tables each gold query needs that the prompt carried, and the
 * engine's own time per question (everything but the LLM calls and the database).
 * Run with {@code bench/run-all.sh} or the command in docs/benchmarks.md.
 */
@Tag("benchmark")
class SchemaLinkingBenchmark {

    record Gold(String question, String sql) {
    }

    static final List<Gold> GOLD = List.of(
            new Gold("How many orders shipped late last month?",
                    "SELECT count(*) FROM public.orders o JOIN public.shipments s ON s.order_id = o.order_id WHERE s.shipped_at::date > o.promised_ship_date AND s.shipped_at >= date_trunc('month', now()) - interval '1 month' AND s.shipped_at < date_trunc('month', now())"),
            new Gold("Which 5 products earned the most revenue last month?",
                    "SELECT p.name, sum(ol.quantity * ol.unit_price * (1 - ol.discount)) AS revenue FROM public.order_lines ol JOIN public.products p ON p.product_id = ol.product_id JOIN public.orders o ON o.order_id = ol.order_id GROUP BY p.name ORDER BY revenue DESC LIMIT 5"),
            new Gold("How many customers signed up each month this year?",
                    "SELECT date_trunc('month', signup_date) AS month, count(*) FROM public.customers GROUP BY 1 ORDER BY 1"),
            new Gold("What is the return rate by category?",
                    "SELECT c.name, count(r.return_id)::numeric / count(ol.order_line_id) FROM public.order_lines ol JOIN public.products p ON p.product_id = ol.product_id JOIN public.categories c ON c.category_id = p.category_id LEFT JOIN public.returns r ON r.order_line_id = ol.order_line_id GROUP BY c.name"),
            new Gold("Which carrier delivers late most often?",
                    "SELECT carrier, avg((delivered_at::date > promised_by)::int) FROM public.shipments WHERE delivered_at IS NOT NULL GROUP BY carrier ORDER BY 2 DESC"),
            new Gold("Revenue by region last quarter",
                    "SELECT rg.name, sum(ol.quantity * ol.unit_price) FROM public.orders o JOIN public.customers cu ON cu.customer_id = o.customer_id JOIN public.regions rg ON rg.region_id = cu.region_id JOIN public.order_lines ol ON ol.order_id = o.order_id GROUP BY rg.name"),
            new Gold("Top 10 sales reps by number of orders",
                    "SELECT e.full_name, count(*) FROM public.orders o JOIN public.employees e ON e.employee_id = o.employee_id WHERE e.role = 'sales_rep' GROUP BY e.full_name ORDER BY 2 DESC LIMIT 10"),
            new Gold("How many orders were cancelled per channel?",
                    "SELECT channel, count(*) FROM public.orders WHERE status = 'cancelled' GROUP BY channel"),
            new Gold("Average order value by customer segment",
                    "SELECT cu.segment, avg(t.total) FROM (SELECT o.order_id, o.customer_id, sum(ol.quantity * ol.unit_price) AS total FROM public.orders o JOIN public.order_lines ol ON ol.order_id = o.order_id GROUP BY o.order_id, o.customer_id) t JOIN public.customers cu ON cu.customer_id = t.customer_id GROUP BY cu.segment"),
            new Gold("Which products are inactive?", "SELECT name FROM public.products WHERE NOT active"),
            new Gold("What are the most common return reasons?", "SELECT reason, count(*) FROM public.returns GROUP BY reason ORDER BY 2 DESC"),
            new Gold("Total refunded amount per month",
                    "SELECT date_trunc('month', returned_at), sum(refunded_amount) FROM public.returns GROUP BY 1 ORDER BY 1"),
            new Gold("How many customers in Germany have never ordered?",
                    "SELECT count(*) FROM public.customers cu WHERE cu.country = 'Germany' AND NOT EXISTS (SELECT 1 FROM public.orders o WHERE o.customer_id = cu.customer_id)"),
            new Gold("Which employees manage other employees?",
                    "SELECT DISTINCT m.full_name FROM public.employees e JOIN public.employees m ON m.employee_id = e.manager_id"),
            new Gold("Gross margin by product category this year",
                    "SELECT c.name, sum(ol.quantity * (ol.unit_price - p.unit_cost)) FROM public.order_lines ol JOIN public.products p ON p.product_id = ol.product_id JOIN public.categories c ON c.category_id = p.category_id GROUP BY c.name"),
            new Gold("How many parcels are still in transit?", "SELECT count(*) FROM public.shipments WHERE delivered_at IS NULL"),
            new Gold("Which clients bought the most items in December?",
                    "SELECT cu.full_name, sum(ol.quantity) FROM public.customers cu JOIN public.orders o ON o.customer_id = cu.customer_id JOIN public.order_lines ol ON ol.order_id = o.order_id GROUP BY cu.full_name ORDER BY 2 DESC LIMIT 10"),
            new Gold("Orders per weekday", "SELECT extract(isodow FROM ordered_at), count(*) FROM public.orders GROUP BY 1 ORDER BY 1"),
            new Gold("Average discount on mobile orders",
                    "SELECT avg(ol.discount) FROM public.order_lines ol JOIN public.orders o ON o.order_id = ol.order_id WHERE o.channel = 'mobile'"),
            new Gold("Which support agent handled the most returns?",
                    "SELECT e.full_name, count(*) FROM public.returns r JOIN public.employees e ON e.employee_id = r.handled_by GROUP BY e.full_name ORDER BY 2 DESC LIMIT 1"));

    @Test
    void schemaLinkingOnTheDemoShopAndOnA300TableSchema() throws Exception {
        StringBuilder report = new StringBuilder();
        TestPostgres.TestDatabase shop = TestPostgres.shared().createDatabase("bench_shop");
        try (Connection c = shop.connect()) {
            DemoDataset.reset(c);
        }
        report.append(run("demo shop", shop));
        TestPostgres.TestDatabase big = TestPostgres.shared().createDatabase("bench_300");
        try (Connection c = big.connect()) {
            DemoDataset.reset(c);
            addNoiseTables(c, 291);
        }
        report.append(run("demo shop + 291 unrelated tables", big));
        System.out.println(report);
        Path out = Path.of("target", "benchmarks", "schema-linking.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report.toString(), StandardCharsets.UTF_8);
    }

    private String run(String label, TestPostgres.TestDatabase db) throws Exception {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(db.jdbcUrl());
        ds.setUser(db.user());
        ds.setPassword(db.password());
        SchemaCatalog catalog = new SchemaCatalog(ds, List.of("public"), Duration.ofHours(1), Clock.systemUTC());
        SchemaSnapshot snapshot = catalog.refresh();
        SchemaLinker linker = new SchemaLinker(1500);
        List<Integer> tokens = new ArrayList<>();
        int needed = 0;
        int included = 0;
        List<String> misses = new ArrayList<>();
        for (Gold g : GOLD) {
            LinkedSchema linked = linker.link(g.question(), snapshot);
            tokens.add(linked.estimatedTokens());
            Set<String> chosen = linked.tables().stream().map(TableInfo::name).collect(Collectors.toSet());
            for (String table : goldTables(g.sql())) {
                needed++;
                if (chosen.contains(table)) {
                    included++;
                } else {
                    misses.add(table + " for \"" + g.question() + "\"");
                }
            }
        }
        List<Long> ownMicros = engineOwnTime(ds, db);
        Collections.sort(tokens);
        Collections.sort(ownMicros);
        int whole = (SchemaPrompt.render(snapshot.tables()).length() + 3) / 4;
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%s: %d tables, whole schema %d tokens%n", label, snapshot.tables().size(), whole));
        sb.append(String.format(Locale.ROOT, "  schema tokens per prompt: median %d, max %d (budget 1500)%n",
                tokens.get(tokens.size() / 2), tokens.get(tokens.size() - 1)));
        sb.append(String.format(Locale.ROOT, "  gold tables included: %d of %d (%.1f%%)%n", included, needed, 100.0 * included / needed));
        misses.forEach(m -> sb.append("    missed ").append(m).append('\n'));
        sb.append(String.format(Locale.ROOT, "  engine's own time per question (no LLM, no database): median %.2f ms, p99 %.2f ms over %d questions%n",
                ownMicros.get(ownMicros.size() / 2) / 1000.0, ownMicros.get((int) Math.ceil(ownMicros.size() * 0.99) - 1) / 1000.0, ownMicros.size()));
        return sb.toString();
    }

    /** Answers every gold question several times through the real engine with a fake model, timing what is left. */
    private List<Long> engineOwnTime(PGSimpleDataSource ds, TestPostgres.TestDatabase db) {
        List<Long> micros = new ArrayList<>();
        try (FakeGroq groq = FakeGroq.start()) {
            for (Gold g : GOLD) {
                groq.when(c -> c.system().startsWith("You translate") && c.user().contains("Question: " + g.question()))
                        .reply("```sql\n" + g.sql() + "\n```");
            }
            groq.otherwise("A short summary.");
            db.execute("CREATE SCHEMA IF NOT EXISTS askbar");
            StateStore store = StateStore.migrate(ds);
            AskBarConfig config = AskBarConfig.from(Map.of("GROQ_API_KEYS", TestKeys.groq("bench", "0000"), "ASKBAR_GROQ_BASE_URL", groq.baseUrl()));
            QueryEngine engine = QueryEngine.builder()
                    .catalog(new SchemaCatalog(ds, List.of("public"), Duration.ofHours(1), Clock.systemUTC()))
                    .llm(LlmRouter.from(config)).guard(new SqlGuard(new HashSet<>(List.of("public"))))
                    .runner(new SqlRunner(ds, 1000, Duration.ofSeconds(30))).audit(new AuditLog(store))
                    .questionsPerMinute(100_000).build();
            for (int round = 0; round < 5; round++) {
                for (Gold g : GOLD) {
                    Answer a = engine.answer(new Question(g.question(), "bench", "bench", java.util.Optional.empty()), ProgressListener.NONE);
                    if (round > 0 && a.ok()) {
                        long own = a.timings().totalMs() * 1000 - (a.timings().sqlMs() + a.timings().dbMs() + a.timings().summaryMs()) * 1000;
                        micros.add(Math.max(0, own));
                    }
                }
            }
        }
        return micros;
    }

    static Set<String> goldTables(String sql) throws Exception {
        Set<String> names = new HashSet<>();
        for (String t : TablesNamesFinder.findTables(sql)) {
            names.add(t.substring(t.lastIndexOf('.') + 1));
        }
        return names;
    }

    /** Realistic noise: other departments' tables with comments and keys among themselves. */
    static void addNoiseTables(Connection c, int count) throws Exception {
        String[] areas = {"hr", "iot", "fin", "mkt", "ops", "it", "legal", "fleet", "lab", "crm"};
        String[] things = {"timesheet", "sensor_reading", "ledger_entry", "campaign_click", "incident", "ticket", "contract",
                "vehicle_trip", "sample_result", "lead_score", "budget_line", "asset", "badge_swipe", "survey_answer", "invoice_run"};
        Random random = new Random(7);
        try (Statement s = c.createStatement()) {
            for (int i = 0; i < count; i++) {
                String name = areas[i % areas.length] + "_" + things[(i / areas.length) % things.length] + "_" + i;
                StringBuilder ddl = new StringBuilder("CREATE TABLE public." + name + " (id integer PRIMARY KEY");
                int cols = 4 + random.nextInt(8);
                for (int k = 0; k < cols; k++) {
                    ddl.append(", attr_").append(k).append(k % 3 == 0 ? " numeric" : k % 3 == 1 ? " text" : " timestamptz");
                }
                if (i > 0 && random.nextBoolean()) {
                    String parent = areas[(i - 1) % areas.length] + "_" + things[((i - 1) / areas.length) % things.length] + "_" + (i - 1);
                    ddl.append(", parent_id integer REFERENCES public.").append(parent);
                }
                s.execute(ddl.append(")").toString());
                s.execute("COMMENT ON TABLE public." + name + " IS 'Internal " + areas[i % areas.length] + " data: " + things[(i / areas.length) % things.length].replace('_', ' ') + " records'");
            }
            s.execute("ANALYZE");
        }
    }
}
