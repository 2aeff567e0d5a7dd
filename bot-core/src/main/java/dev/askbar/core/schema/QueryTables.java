package dev.askbar.core.schema;

import dev.askbar.core.sql.Identifiers;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tables of a schema that a query names, read from its text: as {@code schema.table}, or alone as the prompt writes
 * a table whose name no other schema has ({@link SchemaPrompt}). When a query fails, these are the tables whose every
 * column the repair round shows: the first prompt may have written them in brief, or only as a foreign key's target.
 */
public final class QueryTables {
    private static final String NAME = "(\"(?:[^\"]|\"\")+\"|[A-Za-z_][A-Za-z0-9_$]*)";
    private static final Pattern QUALIFIED = Pattern.compile(NAME + "\\s*\\.\\s*" + NAME);
    /** A name after FROM or JOIN with no dot after it: a table written without its schema. */
    private static final Pattern UNQUALIFIED =
            Pattern.compile("(?i)\\b(?:from|join)\\s+" + NAME + "(?![A-Za-z0-9_$]|\\s*[.(])");
    /** The name a WITH query gives its result ({@code WITH late AS (}, {@code , totals(n) AS MATERIALIZED (}). */
    private static final Pattern WITH_QUERY = Pattern.compile("(?i)(?:\\bwith(?:\\s+recursive)?|,)\\s*" + NAME
            + "\\s*(?:\\([^()]*\\)\\s*)?as\\s*(?:not\\s+)?(?:materialized\\s*)?\\(");
    /** Words that may follow FROM or JOIN and name no relation. */
    private static final Set<String> NOT_RELATIONS = Set.of("lateral", "only");

    /** How many existing tables a repair round offers for each made-up name. */
    private static final int NEAREST = 3;

    private QueryTables() {}

    /** The tables {@code sql} names, in the order it first names them. */
    public static List<TableInfo> named(String sql, SchemaSnapshot schema) {
        Set<TableInfo> out = new LinkedHashSet<>();
        for (String[] name : qualified(sql)) {
            schema.table(name[0], name[1]).ifPresent(out::add);
        }
        return new ArrayList<>(out);
    }

    /** Every {@code schema.table} {@code sql} writes, folded, as {@code {schema, table}}, in order. */
    private static List<String[]> qualified(String sql) {
        List<String[]> out = new ArrayList<>();
        Matcher m = QUALIFIED.matcher(sql);
        int from = 0;
        while (m.find(from)) {
            out.add(new String[] {Identifiers.fold(m.group(1)), Identifiers.fold(m.group(2))});
            // "a.b.c" is schema.table.column: the next match may start at the table
            from = m.start(2);
        }
        return out;
    }

    /** Every name {@code sql} writes alone after FROM or JOIN, folded, in order. */
    private static List<String> alone(String sql) {
        List<String> out = new ArrayList<>();
        Matcher m = UNQUALIFIED.matcher(sql);
        while (m.find()) {
            out.add(Identifiers.fold(m.group(1)));
        }
        return out;
    }

    /**
     * The tables {@code sql} reads: those it names as {@code schema.table}, and those it names alone after FROM or JOIN
     * when one table of the schema has that name (as the prompt writes such a table, and as an example an admin wrote
     * by hand may).
     */
    public static List<TableInfo> read(String sql, SchemaSnapshot schema) {
        Set<TableInfo> out = new LinkedHashSet<>(named(sql, schema));
        for (String name : alone(sql)) {
            List<TableInfo> same = schema.tables().stream()
                    .filter(t -> t.name().equals(name))
                    .limit(2)
                    .toList();
            if (same.size() == 1) {
                out.add(same.get(0));
            }
        }
        return new ArrayList<>(out);
    }

    /**
     * Names {@code sql} gives tables that name none: written as {@code schema.table} in one of the schema's namespaces,
     * or alone after FROM or JOIN where no table, column or WITH query has the name. Tables the model made up
     * ({@code ofbiz.inventory}, {@code inventory}) or wrote in the wrong case ({@code f1.laptimes} for
     * {@code "lapTimes"}).
     */
    static List<String> madeUp(String sql, SchemaSnapshot schema) {
        Set<String> namespaces = new HashSet<>();
        schema.tables().forEach(t -> namespaces.add(t.schema()));
        Set<String> out = new LinkedHashSet<>();
        for (String[] name : qualified(sql)) {
            if (namespaces.contains(name[0]) && schema.table(name[0], name[1]).isEmpty()) {
                out.add(name[0] + "." + name[1]);
            }
        }
        Set<String> withQueries = new HashSet<>();
        Matcher with = WITH_QUERY.matcher(sql);
        while (with.find()) {
            withQueries.add(Identifiers.fold(with.group(1)));
        }
        for (String name : alone(sql)) {
            // EXTRACT(year FROM placed_at) and IS DISTINCT FROM col put a column after FROM
            if (!withQueries.contains(name)
                    && !NOT_RELATIONS.contains(name)
                    && schema.tables().stream()
                            .noneMatch(t -> t.name().equals(name)
                                    || t.columns().stream()
                                            .anyMatch(c -> c.name().equals(name)))) {
                out.add(name);
            }
        }
        return new ArrayList<>(out);
    }

    /**
     * The tables of the namespace (of every schema, for a name written alone) whose names share most words with a
     * made-up name, best first: on a schema of a hundred tables the linker can miss the one a question needs, and a
     * model that knows the application ({@code inventory} for OFBiz's {@code inventory_item}) names it nearly right.
     */
    static List<TableInfo> nearest(String madeUp, SchemaSnapshot schema) {
        int dot = madeUp.indexOf('.');
        String namespace = dot < 0 ? null : madeUp.substring(0, dot);
        Set<String> wanted = stemsOf(madeUp.substring(dot + 1));
        Map<TableInfo, Integer> shared = new HashMap<>();
        for (TableInfo t : schema.tables()) {
            if (namespace == null || t.schema().equals(namespace)) {
                Set<String> words = stemsOf(t.name());
                words.retainAll(wanted);
                if (!words.isEmpty()) {
                    shared.put(t, words.size());
                }
            }
        }
        return shared.keySet().stream()
                .sorted(Comparator.comparing((TableInfo t) -> -shared.get(t))
                        .thenComparing(t -> stemsOf(t.name()).size())
                        .thenComparing(TableInfo::name))
                .limit(NEAREST)
                .toList();
    }

    private static Set<String> stemsOf(String identifier) {
        Set<String> out = new HashSet<>();
        for (String w : IdentifierWords.of(identifier)) {
            if (w.length() >= 2 && !Words.isStopword(w)) {
                out.add(Words.stem(w));
            }
        }
        return out;
    }

    /**
     * The full lines of the tables {@code sql} names that {@code prompt} did not show whole, then of the tables
     * nearest to the names it made up, at most {@code maxChars} of them: what a repair round adds so a guessed column
     * or table can be put right.
     */
    public static String wholeLinesMissingFrom(String prompt, String sql, SchemaSnapshot schema, int maxChars) {
        StringBuilder out = new StringBuilder();
        SchemaPrompt lines = SchemaPrompt.of(schema);
        notShownWhole(prompt, sql, List.of(), schema, maxChars)
                .forEach(t -> out.append(lines.line(t)).append('\n'));
        return out.toString().strip();
    }

    /**
     * The tables {@code text} names (or names nearly, when it makes one up), then {@code alsoNamed} (tables it was found
     * to name in another way), that {@code prompt} did not show whole, as many as {@code maxChars} of their whole lines
     * hold.
     */
    static List<TableInfo> notShownWhole(
            String prompt, String text, List<TableInfo> alsoNamed, SchemaSnapshot schema, int maxChars) {
        Set<TableInfo> tables = new LinkedHashSet<>(read(text, schema));
        tables.addAll(alsoNamed);
        for (String name : madeUp(text, schema)) {
            tables.addAll(nearest(name, schema));
        }
        SchemaPrompt lines = SchemaPrompt.of(schema);
        List<TableInfo> out = new ArrayList<>();
        int chars = 0;
        for (TableInfo t : tables) {
            int length = lines.line(t).length() + 1;
            if (lines.showsWhole(prompt, t) || chars + length > maxChars) {
                continue;
            }
            out.add(t);
            chars += length;
        }
        return out;
    }
}
