package dev.askbar.core.schema;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Chooses the tables a question needs and writes them within a token budget. Free tiers count tokens per day,
 * so a 300-table schema must not ride along with every question. Tables are scored on their name, column
 * names, comments, common values and synonyms; their foreign-key neighbours come next, because the join path
 * between two named tables usually runs through one of them.
 */
public final class SchemaLinker {
    static final int CHARS_PER_TOKEN = 4;

    private static final Map<String, List<String>> SYNONYMS = Map.ofEntries(
            Map.entry("client", List.of("customer")), Map.entry("buyer", List.of("customer")),
            Map.entry("shopper", List.of("customer")), Map.entry("user", List.of("customer", "account")),
            Map.entry("revenue", List.of("order", "amount", "price", "total")), Map.entry("sale", List.of("order", "order_line")),
            Map.entry("sold", List.of("order_line", "order")), Map.entry("bought", List.of("order", "order_line")),
            Map.entry("purchase", List.of("order")), Map.entry("spend", List.of("order", "amount")),
            Map.entry("staff", List.of("employee")), Map.entry("rep", List.of("employee")), Map.entry("salesperson", List.of("employee")),
            Map.entry("shipping", List.of("shipment")), Map.entry("shipped", List.of("shipment")), Map.entry("delivery", List.of("shipment")),
            Map.entry("delivered", List.of("shipment")), Map.entry("late", List.of("shipment", "promised")),
            Map.entry("carrier", List.of("shipment")), Map.entry("refund", List.of("return")), Map.entry("returned", List.of("return")),
            Map.entry("item", List.of("product", "order_line")), Map.entry("sku", List.of("product")),
            Map.entry("country", List.of("region", "customer")), Map.entry("area", List.of("region")),
            Map.entry("margin", List.of("product", "cost", "order_line")), Map.entry("profit", List.of("cost", "order_line")));

    private final int tokenBudget;

    public SchemaLinker(int tokenBudget) {
        this.tokenBudget = tokenBudget;
    }

    public LinkedSchema link(String question, SchemaSnapshot schema) {
        String whole = SchemaPrompt.render(schema.tables());
        if (tokens(whole) <= tokenBudget) {
            return new LinkedSchema(schema.tables(), whole, tokens(whole), true);
        }
        Set<String> words = expand(Words.of(question));
        String lowerQuestion = question.toLowerCase(Locale.ROOT);
        Map<TableInfo, Integer> scores = new LinkedHashMap<>();
        for (TableInfo t : schema.tables()) {
            int score = score(t, words, lowerQuestion);
            if (score > 0) {
                scores.put(t, score);
            }
        }
        List<TableInfo> ranked = new ArrayList<>(scores.keySet());
        ranked.sort(Comparator.comparing((TableInfo t) -> -scores.get(t)).thenComparing(TableInfo::qualifiedName));
        if (ranked.isEmpty()) {
            // nothing named: offer the tables most others point at, the usual centre of a schema
            ranked = mostReferenced(schema);
        }
        // weak matches (a shared word in a comment) cost tokens without helping: keep tables close to the best
        int top = ranked.isEmpty() ? 0 : scores.getOrDefault(ranked.get(0), 0);
        int floor = Math.max(2, top / 4);
        List<TableInfo> strong = ranked.stream()
                .filter(t -> !scores.containsKey(t) || scores.get(t) >= floor)
                .limit(10).toList();
        LinkedHashSet<TableInfo> chosen = new LinkedHashSet<>();
        StringBuilder text = new StringBuilder();
        for (TableInfo t : strong) {
            addWithin(t, chosen, text);
        }
        for (TableInfo t : neighbours(strong, schema, scores)) {
            addWithin(t, chosen, text);
        }
        return new LinkedSchema(new ArrayList<>(chosen), text.toString().strip(), tokens(text.toString()), false);
    }

    private void addWithin(TableInfo t, Set<TableInfo> chosen, StringBuilder text) {
        if (chosen.contains(t)) {
            return;
        }
        String line = SchemaPrompt.line(t);
        if (tokens(text.toString()) + tokens(line) > tokenBudget) {
            return;
        }
        chosen.add(t);
        text.append(line).append('\n');
    }

    private static int score(TableInfo t, Set<String> words, String lowerQuestion) {
        int score = 0;
        Set<String> nameWords = Words.of(t.name());
        String stemmedName = Words.stem(t.name().toLowerCase(Locale.ROOT));
        if (words.contains(stemmedName)) {
            score += 8;
        }
        for (String w : nameWords) {
            if (words.contains(w)) {
                score += 5;
            }
        }
        if (t.comment().isPresent()) {
            for (String w : Words.of(t.comment().get())) {
                if (words.contains(w)) {
                    score += 1;
                }
            }
        }
        for (ColumnInfo c : t.columns()) {
            for (String w : Words.of(c.name())) {
                if (words.contains(w) && !w.equals("id")) {
                    score += 2;
                }
            }
            if (c.comment().isPresent()) {
                for (String w : Words.of(c.comment().get())) {
                    if (words.contains(w)) {
                        score += 1;
                    }
                }
            }
            for (String v : c.sampleValues()) {
                if (v.length() >= 3 && lowerQuestion.contains(v.toLowerCase(Locale.ROOT))) {
                    score += 4;
                }
            }
        }
        return score;
    }

    private static Set<String> expand(Set<String> words) {
        Set<String> out = new LinkedHashSet<>(words);
        for (String w : words) {
            for (String synonym : SYNONYMS.getOrDefault(w, List.of())) {
                out.addAll(Words.of(synonym));
                out.add(synonym);
            }
        }
        return out;
    }

    /**
     * Tables one foreign key away that a query is likely to need: one linking two chosen tables (the join
     * path), one a chosen table points at (a lookup such as a category name), or one pointing at a chosen
     * table that the question also mentions.
     */
    private static List<TableInfo> neighbours(List<TableInfo> tables, SchemaSnapshot schema, Map<TableInfo, Integer> scores) {
        Set<String> names = new LinkedHashSet<>();
        tables.forEach(t -> names.add(t.qualifiedName()));
        List<TableInfo> out = new ArrayList<>();
        Map<TableInfo, Long> links = new HashMap<>();
        for (TableInfo t : schema.tables()) {
            if (names.contains(t.qualifiedName())) {
                continue;
            }
            long n = tables.stream().filter(s -> joins(s, t) || joins(t, s)).count();
            boolean lookup = tables.stream().anyMatch(s -> joins(s, t));
            boolean mentionedChild = scores.containsKey(t) && tables.stream().anyMatch(s -> joins(t, s));
            if (n >= 2 || lookup || mentionedChild) {
                out.add(t);
                links.put(t, n);
            }
        }
        out.sort(Comparator.comparing((TableInfo t) -> -links.get(t)).thenComparing(TableInfo::qualifiedName));
        return out;
    }

    private static boolean joins(TableInfo from, TableInfo to) {
        return from.foreignKeys().stream().anyMatch(fk -> (fk.targetSchema() + "." + fk.targetTable()).equals(to.qualifiedName()));
    }

    private static List<TableInfo> mostReferenced(SchemaSnapshot schema) {
        Map<String, Integer> refs = new HashMap<>();
        for (TableInfo t : schema.tables()) {
            for (ForeignKey fk : t.foreignKeys()) {
                refs.merge(fk.targetSchema() + "." + fk.targetTable(), 1, Integer::sum);
            }
        }
        List<TableInfo> all = new ArrayList<>(schema.tables());
        all.sort(Comparator.comparing((TableInfo t) -> -refs.getOrDefault(t.qualifiedName(), 0)).thenComparing(t -> -t.rowEstimate()));
        return all;
    }

    static int tokens(String text) {
        return (text.length() + CHARS_PER_TOKEN - 1) / CHARS_PER_TOKEN;
    }
}
