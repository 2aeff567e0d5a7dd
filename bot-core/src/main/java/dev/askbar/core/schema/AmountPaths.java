package dev.askbar.core.schema;

import com.github.benmanes.caffeine.cache.Cache;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Amounts attributed to something that records none: "which employees sold the most" where sales reach an employee
 * only as the support rep of the customers who were invoiced (employee ← customer ← invoice), "revenue per store"
 * through the store's customers' orders, "sales per category" through the products. When a question asks for an
 * amount and a table it measures (one of its two best tables, or any table it names outright) holds no amounts
 * itself, the shortest foreign-key path from it to the nearest table that records amounts comes along, with that
 * table's lines when it is a header: up to three joins, or five when the path fits the budget.
 *
 * <p>A table records amounts when it is an order or invoice header with line items ({@link DetailLines}), or when
 * it holds measures (decimal columns, or whole numbers named as amounts or quantities) and is a fact rather than a
 * thing: it points at others and nothing but its own lines points at it. A product's price or a film's rental rate
 * is an attribute of a thing other tables refer to; a payment's amount or an invoice's total is what happened.
 */
final class AmountPaths {
    /** Within three joins the nearest amounts are usually the ones meant, and the path is cheap. */
    static final int MAX_HOPS = 3;
    /**
     * An actor's takings run actor ← film_actor → film ← inventory ← rental ← payment: five joins. A path that long
     * comes along only when nothing nearer records amounts and its tables fit in the budget as compact lines.
     */
    static final int MAX_LONG_HOPS = 5;
    /** Two routes of the same length to the same amounts (a store's customers, its sales person) may both be meant. */
    private static final int MAX_ROUTES = 2;

    /**
     * Stronger than the words that send order lines along: "most" and "best" also rank counts ("the most films"),
     * which need no amounts.
     */
    private static final Set<String> WEAK_WORDS = Set.of("most", "best");

    /** Whole-number columns named like these count as measures (an order quantity, an amount in cents). */
    private static final Set<String> MEASURE_WORDS =
            Set.of("amount", "total", "price", "cost", "quantity", "revenue", "sales", "value", "cents");

    private final SchemaSnapshot schema;
    private final ForeignKeyGraph graph;
    private final Map<TableInfo, Integer> pointedAtBy = new HashMap<>();
    // asked per table as questions come, from any thread: the answer is the schema's, not the question's
    private final Map<TableInfo, Boolean> records = new java.util.concurrent.ConcurrentHashMap<>();

    private static final Cache<SchemaSnapshot, AmountPaths> CACHE = PerSnapshot.cache();

    /** The paths of this snapshot, made once. */
    static AmountPaths in(SchemaSnapshot schema) {
        return CACHE.get(schema, s -> new AmountPaths(s, ForeignKeyGraph.of(s)));
    }

    AmountPaths(SchemaSnapshot schema, ForeignKeyGraph graph) {
        this.schema = schema;
        this.graph = graph;
        Map<String, TableInfo> byName = new HashMap<>();
        schema.tables().forEach(t -> byName.put(t.qualifiedName(), t));
        for (TableInfo t : schema.tables()) {
            Set<TableInfo> targets = new LinkedHashSet<>();
            for (ForeignKey fk : t.foreignKeys()) {
                TableInfo target = byName.get(fk.targetSchema() + "." + fk.targetTable());
                if (target != null && target != t) {
                    targets.add(target);
                }
            }
            for (TableInfo target : targets) {
                if (!DetailLines.isLinesOf(t, target)) {
                    pointedAtBy.merge(target, 1, Integer::sum);
                }
            }
        }
    }

    /** Whether the question asks for an amount strongly enough to go looking for one several joins away. */
    static boolean asksForAmount(String question) {
        for (String w : Words.tokens(question)) {
            if (isAmountWord(w)) {
                return true;
            }
        }
        return false;
    }

    /** A word (or its stem) asking for an amount: "sold", "revenue", "sales"; not "most". */
    static boolean isAmountWord(String word) {
        return !WEAK_WORDS.contains(word) && DetailLines.asksForAmount(word);
    }

    /**
     * For each subject holding no amounts and not yet joined within {@code chosen} to a table recording them, the
     * tables on the shortest path to the amounts meant ({@link #routes}), that table and its lines; only tables not
     * chosen yet. Subjects are taken in order and each one's path counts as chosen for the next ("revenue per
     * customer country": the customer's payments, then the country's path to them). Among equally near tables, a
     * header or line table before other facts, then the path adding fewest tables (through tables already joined to
     * the amounts), then the path through the best-scored tables; at most two routes to the same table. A path
     * longer than {@link #MAX_HOPS} joins is taken only when {@code affordable} says all chosen tables and it still
     * fit.
     */
    List<TableInfo> of(
            Collection<TableInfo> subjects,
            Collection<TableInfo> chosen,
            Map<TableInfo, Double> scores,
            Map<TableInfo, Double> amountScores,
            Predicate<Collection<TableInfo>> affordable) {
        Set<TableInfo> taken = new LinkedHashSet<>(chosen);
        Set<TableInfo> out = new LinkedHashSet<>();
        for (TableInfo subject : subjects) {
            if (holdsMeasures(subject) || joinedToAmounts(subject, taken)) {
                continue;
            }
            List<TableInfo> path = best(routes(subject, taken, amountScores, MAX_HOPS), taken, scores);
            if (path.isEmpty()) {
                List<TableInfo> longer = best(routes(subject, taken, amountScores, MAX_LONG_HOPS), taken, scores);
                Set<TableInfo> with = new LinkedHashSet<>(taken);
                with.addAll(longer);
                if (affordable.test(with)) {
                    path = longer;
                }
            }
            path.stream().filter(t -> !taken.contains(t)).forEach(out::add);
            taken.addAll(path);
        }
        return new ArrayList<>(out);
    }

    /** {@link #of(Collection, Collection, Map, Map, Predicate)} with every path affordable. */
    List<TableInfo> of(
            Collection<TableInfo> subjects,
            Collection<TableInfo> chosen,
            Map<TableInfo, Double> scores,
            Map<TableInfo, Double> amountScores) {
        return of(subjects, chosen, scores, amountScores, tables -> true);
    }

    /** The best route's tables (and the second route to the same amounts), and the amounts' lines. */
    private List<TableInfo> best(
            List<List<TableInfo>> routes, Collection<TableInfo> taken, Map<TableInfo, Double> scores) {
        if (routes.isEmpty()) {
            return List.of();
        }
        List<List<TableInfo>> ranked = new ArrayList<>(routes);
        ranked.sort(java.util.Comparator.comparing((List<TableInfo> r) -> transactional(last(r)) ? 0 : 1)
                .thenComparing(r -> r.stream().filter(t -> !taken.contains(t)).count())
                .thenComparing(r -> -gain(r, scores))
                .thenComparing(r -> last(r).qualifiedName()));
        TableInfo target = last(ranked.get(0));
        Set<TableInfo> out = new LinkedHashSet<>();
        ranked.stream().filter(r -> last(r) == target).limit(MAX_ROUTES).forEach(out::addAll);
        out.addAll(DetailLines.linesOf(target, schema));
        return new ArrayList<>(out);
    }

    /**
     * Routes to the amounts most likely meant: those the question already found (even a join further away), else
     * those its amount words match ("sales" → a sales order header; {@code amountScores}), else orders or invoices
     * with their lines, else any recorded amounts; the nearest of the first kind there is. A pay history one join
     * away is not what "employees who sold the most" means when invoices are two joins away.
     */
    private List<List<TableInfo>> routes(
            TableInfo subject, Collection<TableInfo> chosen, Map<TableInfo, Double> amountScores, int hops) {
        List<List<TableInfo>> routes =
                graph.nearest(subject, t -> chosen.contains(t) && recordsAmounts(t), Math.min(hops + 1, MAX_LONG_HOPS));
        if (routes.isEmpty()) {
            routes = graph.nearest(subject, t -> amountScores.getOrDefault(t, 0.0) > 0 && recordsAmounts(t), hops);
        }
        if (routes.isEmpty()) {
            routes = graph.nearest(subject, t -> transactional(t) && recordsAmounts(t), hops);
        }
        if (routes.isEmpty()) {
            routes = graph.nearest(subject, this::recordsAmounts, hops);
        }
        return routes;
    }

    /** A path to recorded amounts already runs through the chosen tables alone. */
    private boolean joinedToAmounts(TableInfo subject, Collection<TableInfo> chosen) {
        Set<TableInfo> seen = new LinkedHashSet<>(List.of(subject));
        List<TableInfo> frontier = List.of(subject);
        while (!frontier.isEmpty()) {
            List<TableInfo> next = new ArrayList<>();
            for (TableInfo t : frontier) {
                for (TableInfo n : graph.neighbours(t)) {
                    if (chosen.contains(n) && seen.add(n)) {
                        if (recordsAmounts(n)) {
                            return true;
                        }
                        next.add(n);
                    }
                }
            }
            frontier = next;
        }
        return false;
    }

    boolean recordsAmounts(TableInfo t) {
        return records.computeIfAbsent(
                t,
                x -> DetailLines.hasLines(x, schema)
                        || holdsMeasures(x) && !x.foreignKeys().isEmpty() && !pointedAtBy.containsKey(x));
    }

    private boolean transactional(TableInfo t) {
        return DetailLines.hasLines(t, schema) || DetailLines.isLines(t, schema);
    }

    /** Decimal columns, or whole numbers named as amounts, that are neither keys nor foreign keys. */
    static boolean holdsMeasures(TableInfo t) {
        for (ColumnInfo c : t.columns()) {
            if (t.keyColumn(c.name())) {
                continue;
            }
            if (c.fractional()) {
                return true;
            }
            if (c.wholeNumber() && IdentifierWords.of(c.name()).stream().anyMatch(MEASURE_WORDS::contains)) {
                return true;
            }
        }
        return false;
    }

    private static double gain(List<TableInfo> route, Map<TableInfo, Double> scores) {
        return route.stream().mapToDouble(t -> scores.getOrDefault(t, 0.0)).sum();
    }

    private static TableInfo last(List<TableInfo> route) {
        return route.get(route.size() - 1);
    }
}
