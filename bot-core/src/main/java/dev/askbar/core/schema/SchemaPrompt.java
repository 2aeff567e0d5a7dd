package dev.askbar.core.schema;

import com.github.benmanes.caffeine.cache.Cache;
import dev.askbar.core.sql.Identifiers;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The schema written compactly for a prompt: one line per table, columns inline. Free tiers are counted in
 * tokens, so every character here is paid for by every question.
 * <pre>
 * orders(id int PK, customer_id int→customers.id, status text{placed|shipped}, placed_at timestamptz) ~12000 rows -- One row per order
 * </pre>
 * A table is written without its schema when no other relation of the schemas questions may read has its name (shown
 * or not: {@link SchemaSnapshot#sharedNames()}): a query runs with those schemas on its search path ({@code
 * SqlRunner}), which finds such a table alone, and on a schema of hundreds of tables the schema's name before every
 * line and arrow took some 7% of the prompt. One prompt is made per snapshot, since which names are shared is a
 * property of the whole schema.
 */
public final class SchemaPrompt {
    private static final Cache<SchemaSnapshot, SchemaPrompt> CACHE = PerSnapshot.cache();

    /** Table names that more than one schema has (shown or not): written with their schema, which tells them apart. */
    private final Set<String> shared;

    private SchemaPrompt(Set<String> shared) {
        this.shared = shared;
    }

    /** How the prompts of this snapshot write its tables. */
    public static SchemaPrompt of(SchemaSnapshot schema) {
        return CACHE.get(schema, s -> of(s.tables(), s.sharedNames()));
    }

    /** How prompts write these tables, when they are all a query may read. */
    static SchemaPrompt of(List<TableInfo> tables) {
        return of(tables, Set.of());
    }

    private static SchemaPrompt of(List<TableInfo> tables, Set<String> sharedElsewhere) {
        Map<String, String> schemaOf = new HashMap<>();
        Set<String> shared = new HashSet<>(sharedElsewhere);
        for (TableInfo t : tables) {
            String before = schemaOf.putIfAbsent(t.name(), t.schema());
            if (before != null && !before.equals(t.schema())) {
                shared.add(t.name());
            }
        }
        return new SchemaPrompt(Set.copyOf(shared));
    }

    /** How a brief line ends: its table has more columns than it shows. */
    private static final String BRIEF_END = "…)";

    /** Names PostgreSQL reads as written without quotes; any other is folded to lower case unless quoted. */
    private static final Pattern PLAIN = Pattern.compile("[a-z_][a-z0-9_$]*");

    public String render(List<TableInfo> tables) {
        return tables.stream().map(this::line).collect(Collectors.joining("\n"));
    }

    String line(TableInfo t) {
        return line(t, fk -> true, fk -> false);
    }

    /** The whole line with arrows only for the keys to the tables shown, {@code →t} for a shown table's key. */
    String line(TableInfo t, Map<String, TableInfo> shown) {
        return line(t, joinsShown(shown), toShownKey(shown));
    }

    private String line(TableInfo t, Predicate<ForeignKey> arrows, Predicate<ForeignKey> toShownKey) {
        StringBuilder sb = head(t);
        boolean first = true;
        for (ColumnInfo c : t.columns()) {
            if (!first) {
                sb.append(", ");
            }
            first = false;
            column(sb, t, c, true, true, arrows, toShownKey);
        }
        sb.append(')');
        compositeKeys(sb, t, arrows);
        if (t.rowEstimate() > 0) {
            sb.append(" ~").append(t.rowEstimate()).append(" rows");
        }
        t.comment().ifPresent(comment -> sb.append(" -- ").append(shorten(oneLine(comment), TABLE_COMMENT)));
        return sb.toString();
    }

    /** Whether {@code prompt} has the table's whole line, in whatever form its arrows took, not a brief one. */
    boolean showsWhole(String prompt, TableInfo t) {
        String start = head(t).toString();
        return prompt.lines().anyMatch(l -> l.startsWith(start) && !l.contains(BRIEF_END));
    }

    /** Whether {@code line} is a line, whole or brief, of the table. */
    boolean isLineOf(String line, TableInfo t) {
        return line.startsWith(head(t).toString());
    }

    /** {@code table(}, or {@code VIEW(} / {@code MATVIEW(} for what is not a plain table. */
    private StringBuilder head(TableInfo t) {
        return new StringBuilder(nameOf(t)).append(t.materialized() ? " MATVIEW(" : t.view() ? " VIEW(" : "(");
    }

    private static Predicate<ForeignKey> joinsShown(Map<String, TableInfo> shown) {
        return fk -> shown.containsKey(fk.targetSchema() + "." + fk.targetTable());
    }

    private static Predicate<ForeignKey> toShownKey(Map<String, TableInfo> shown) {
        return fk -> {
            TableInfo target = shown.get(fk.targetSchema() + "." + fk.targetTable());
            return target != null && target.primaryKey().equals(fk.targetColumns());
        };
    }

    /** @param toShownKey keys whose target the prompt shows with that key as its primary key: written {@code →t} */
    private void column(
            StringBuilder sb,
            TableInfo t,
            ColumnInfo c,
            boolean typed,
            boolean withComment,
            Predicate<ForeignKey> arrows,
            Predicate<ForeignKey> toShownKey) {
        sb.append(sqlName(c.name()));
        if (typed) {
            sb.append(' ').append(shortType(c.type()));
        }
        if (t.primaryKey().size() == 1 && t.primaryKey().get(0).equals(c.name())) {
            sb.append(" PK");
        }
        for (ForeignKey fk : t.foreignKeys()) {
            if (fk.columns().size() == 1 && fk.columns().get(0).equals(c.name()) && arrows.test(fk)) {
                sb.append("→").append(nameOf(fk.targetSchema(), fk.targetTable()));
                if (!toShownKey.test(fk)) {
                    sb.append('.').append(sqlName(fk.targetColumns().get(0)));
                }
            }
        }
        if (!c.sampleValues().isEmpty()) {
            sb.append('{').append(String.join("|", c.sampleValues())).append('}');
        }
        if (withComment) {
            c.comment()
                    .ifPresent(comment -> sb.append(" \"")
                            .append(shorten(oneLine(comment), COLUMN_COMMENT))
                            .append('"'));
        }
    }

    /** Keys of several columns do not fit an arrow on one column: written after the column list. */
    private void compositeKeys(StringBuilder sb, TableInfo t, Predicate<ForeignKey> written) {
        if (t.primaryKey().size() > 1) {
            sb.append(" PK(").append(sqlNames(t.primaryKey())).append(')');
        }
        for (ForeignKey fk : t.foreignKeys()) {
            if (fk.columns().size() > 1 && written.test(fk)) {
                sb.append(" FK(")
                        .append(sqlNames(fk.columns()))
                        .append(")→")
                        .append(nameOf(fk.targetSchema(), fk.targetTable()))
                        .append('(')
                        .append(sqlNames(fk.targetColumns()))
                        .append(')');
            }
        }
    }

    /** The table's name as the prompt writes it and a query may, each part quoted if it must be. */
    public String nameOf(TableInfo t) {
        return nameOf(t.schema(), t.name());
    }

    /**
     * {@code table} alone when no other schema has a table of that name, {@code schema.table} otherwise; and always
     * for a name starting {@code pg_}, which alone the search path would look for in pg_catalog first (and the guard
     * refuses as a system catalog's).
     */
    private String nameOf(String schema, String table) {
        return shared.contains(table) || table.startsWith("pg_")
                ? sqlName(schema) + "." + sqlName(table)
                : sqlName(table);
    }

    /**
     * A name as a query must write it: {@code lapTimes} in double quotes, since PostgreSQL folds an unquoted name to
     * lower case and would find no table {@code laptimes}; plain lower-case names as they are, to spare tokens.
     */
    static String sqlName(String name) {
        return PLAIN.matcher(name).matches() ? name : Identifiers.quote(name);
    }

    private static String sqlNames(List<String> names) {
        return names.stream().map(SchemaPrompt::sqlName).collect(Collectors.joining(","));
    }

    /**
     * A shorter line for a table that matters less to the question: keys, name columns and the columns the question
     * matched, then "…" for the rest. Of its foreign keys only those to tables the prompt shows: a key that joins to
     * nothing the model can read takes the room of a table it could. A key to a shown table's primary key is written
     * {@code →table}, the target line marking its PK. Enough to join through the table and to label with it. Keys
     * go without their types, which a join does not need: on a big schema most of a prompt is brief lines, and the
     * room a type takes on each of their keys is a table more (docs/benchmarks.md has what that was worth).
     * <pre>
     * address(addressid PK, stateprovinceid→stateprovince, city text, …)
     * </pre>
     *
     * @param shown the prompt's tables, by {@link TableInfo#qualifiedName()}
     */
    String compactLine(TableInfo t, Set<String> keep, Map<String, TableInfo> shown) {
        Predicate<ForeignKey> joinsShown = joinsShown(shown);
        Predicate<ForeignKey> toShownKey = toShownKey(shown);
        Set<String> joining = joiningColumns(t, joinsShown);
        List<ColumnInfo> columns = new ArrayList<>();
        for (ColumnInfo c : t.columns()) {
            boolean key = t.primaryKey().contains(c.name()) || joining.contains(c.name());
            if (key || keep.contains(c.name()) || c.holdsNames()) {
                columns.add(c);
            }
        }
        if (columns.size() == t.columns().size()) {
            return line(t, shown);
        }
        StringBuilder sb = head(t);
        for (ColumnInfo c : columns) {
            // what the question matched and the names it may show keep their types; a key only joins
            boolean typed = keep.contains(c.name()) || c.holdsNames();
            column(sb, t, c, typed, false, fk -> true, toShownKey);
            sb.append(", ");
        }
        sb.append(BRIEF_END);
        compositeKeys(sb, t, joinsShown);
        return sb.toString();
    }

    /** How many of a brief line's keys to one table it writes when the question names none of them. */
    private static final int KEYS_PER_TARGET = 2;

    /**
     * The columns of the keys that join shown tables, at most {@link #KEYS_PER_TARGET} single-column keys to each
     * (the shortest-named, the plain ones): a Zulip realm has thirty {@code can_…_group_id} keys to its user groups, and
     * a Rails table {@code created_by}, {@code updated_by}, {@code owner_id} to its users; written out they cost more
     * than three other tables, and one of them is enough to join. A key the question names is kept as a matched column.
     */
    private static Set<String> joiningColumns(TableInfo t, Predicate<ForeignKey> joinsShown) {
        Map<String, List<String>> byTarget = new java.util.LinkedHashMap<>();
        Set<String> out = new java.util.HashSet<>();
        for (ForeignKey fk : t.foreignKeys()) {
            if (!joinsShown.test(fk)) {
                continue;
            }
            if (fk.columns().size() > 1) {
                out.addAll(fk.columns());
            } else {
                byTarget.computeIfAbsent(fk.targetSchema() + "." + fk.targetTable(), k -> new ArrayList<>())
                        .add(fk.columns().get(0));
            }
        }
        for (List<String> keys : byTarget.values()) {
            keys.stream()
                    .sorted(java.util.Comparator.comparingInt(String::length).thenComparing(k -> k))
                    .limit(KEYS_PER_TARGET)
                    .forEach(out::add);
        }
        return out;
    }

    // Comments help most in their first words; long ones (some schemas document every column at length) would
    // crowd other tables out of the budget.
    private static final int COLUMN_COMMENT = 80;
    private static final int TABLE_COMMENT = 200;

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1).strip() + "…";
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").trim();
    }

    /** A precision on a time type ({@code timestamp(0)}): how finely it is stored, nothing a query needs. */
    private static final Pattern TIME_PRECISION = Pattern.compile("(timestamp|time)\\(\\d\\)( with(out)? time zone)");

    /**
     * A number's precision and a fixed-width text's length ({@code numeric(18,6)}, {@code character(2)}): how it is
     * stored, nothing a query needs, and four tokens of every such column in a prompt.
     */
    private static final Pattern STORAGE_SIZE = Pattern.compile("(numeric|character)\\(\\d+(,\\d+)?\\)");

    static String shortType(String type) {
        java.util.regex.Matcher precise = TIME_PRECISION.matcher(type);
        if (precise.matches()) {
            type = precise.group(1) + precise.group(2);
        }
        java.util.regex.Matcher sized = STORAGE_SIZE.matcher(type);
        if (sized.matches()) {
            return sized.group(1).equals("numeric") ? "numeric" : "char";
        }
        return switch (type) {
            case "integer" -> "int";
            case "bigint" -> "bigint";
            case "character varying" -> "text";
            case "timestamp with time zone" -> "timestamptz";
            case "timestamp without time zone" -> "timestamp";
            case "time without time zone" -> "time";
            case "time with time zone" -> "timetz";
            case "double precision" -> "float8";
            case "boolean" -> "bool";
            default -> type.startsWith("character varying") ? "text" : type;
        };
    }
}
