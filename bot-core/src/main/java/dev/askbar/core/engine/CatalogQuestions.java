package dev.askbar.core.engine;

import dev.askbar.core.schema.ColumnInfo;
import dev.askbar.core.schema.SchemaSnapshot;
import dev.askbar.core.schema.TableInfo;
import dev.askbar.core.sql.QueryResult;
import dev.askbar.core.sql.ResultColumn;
import dev.askbar.core.sql.ValueKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Questions about the data itself ("what tables are there?", "describe orders", "what does orders.status mean?"),
 * answered from the schema catalog: no LLM call, no quota spent.
 */
final class CatalogQuestions {
    private static final Pattern LIST_TABLES = Pattern.compile(
            "^(what|which) (tables|data)( (are there|do you (have|know)|exist|can i (ask|query) about|is there))?|^(list|show)( me)?( all)?( the)? tables|^tables$");
    private static final String NAME = "(?<t>[\\w.\"]+)";
    private static final List<Pattern> DESCRIBE = List.of(
            Pattern.compile("^(describe|explain)( the)?( table)? " + NAME + "$"),
            Pattern.compile(
                    "^what (columns|fields) (does|do|are in|are there in|has)( the)?( table)? " + NAME + "( have)?$"),
            Pattern.compile("^(columns|fields) (of|in)( the)?( table)? " + NAME + "$"));
    private static final String COLUMN = "(?<t>[\\w\"]+)\\.(?<c>[\\w\"]+)";
    private static final List<Pattern> MEANING = List.of(
            Pattern.compile("^what (does|do|is|are) " + COLUMN + " (mean|stand for|hold|contain)$"),
            Pattern.compile("^what is " + COLUMN + "$"),
            Pattern.compile("^(the )?meaning of " + COLUMN + "$"));

    record CatalogAnswer(String summary, QueryResult table) {}

    private CatalogQuestions() {}

    static Optional<CatalogAnswer> answer(String question, SchemaSnapshot schema) {
        String q = question.strip()
                .toLowerCase(Locale.ROOT)
                .replaceAll("[?!.]+$", "")
                .replaceAll("\\s+", " ");
        if (LIST_TABLES.matcher(q).find()) {
            return Optional.of(listTables(schema));
        }
        for (Pattern p : MEANING) {
            Matcher m = p.matcher(q);
            if (m.matches()) {
                return find(schema, m.group("t"))
                        .flatMap(t -> column(t, unquote(m.group("c"))).map(c -> meaning(t, c)));
            }
        }
        for (Pattern p : DESCRIBE) {
            Matcher m = p.matcher(q);
            if (m.matches()) {
                return find(schema, m.group("t")).map(CatalogQuestions::describe);
            }
        }
        return Optional.empty();
    }

    private static CatalogAnswer listTables(SchemaSnapshot schema) {
        List<List<Object>> rows = new ArrayList<>();
        for (TableInfo t : schema.tables()) {
            rows.add(List.of(t.qualifiedName(), t.rowEstimate(), t.comment().orElse(t.view() ? "(view)" : "")));
        }
        QueryResult table = new QueryResult(
                List.of(text("table"), new ResultColumn("rows", "bigint", ValueKind.INTEGER), text("about")),
                rows,
                false);
        return new CatalogAnswer("There are " + schema.tables().size() + " tables and views you can ask about.", table);
    }

    private static CatalogAnswer describe(TableInfo t) {
        List<List<Object>> rows = new ArrayList<>();
        for (ColumnInfo c : t.columns()) {
            rows.add(List.of(
                    c.name(),
                    c.type() + (t.primaryKey().contains(c.name()) ? " (key)" : ""),
                    c.comment().orElse(""),
                    String.join(", ", c.sampleValues())));
        }
        QueryResult table = new QueryResult(
                List.of(text("column"), text("type"), text("meaning"), text("common values")), rows, false);
        String summary = t.qualifiedName() + (t.comment().map(c -> ": " + c).orElse("")) + " — "
                + t.columns().size() + " columns, about " + t.rowEstimate() + " rows.";
        return new CatalogAnswer(summary, table);
    }

    private static CatalogAnswer meaning(TableInfo t, ColumnInfo c) {
        StringBuilder sb = new StringBuilder(t.name() + "." + c.name() + " (" + c.type() + ")");
        sb.append(c.comment().map(comment -> ": " + comment).orElse(" has no description in the database"));
        if (!sb.toString().endsWith(".")) {
            sb.append('.');
        }
        if (!c.sampleValues().isEmpty()) {
            sb.append(" Common values: ")
                    .append(String.join(", ", c.sampleValues()))
                    .append('.');
        }
        QueryResult table = new QueryResult(
                List.of(text("column"), text("type"), text("meaning"), text("common values")),
                List.of(List.of(c.name(), c.type(), c.comment().orElse(""), String.join(", ", c.sampleValues()))),
                false);
        return new CatalogAnswer(sb.toString(), table);
    }

    private static Optional<TableInfo> find(SchemaSnapshot schema, String name) {
        String n = unquote(name);
        return schema.tables().stream()
                .filter(t -> t.qualifiedName().equalsIgnoreCase(n) || t.name().equalsIgnoreCase(n))
                .findFirst();
    }

    private static Optional<ColumnInfo> column(TableInfo t, String name) {
        return t.columns().stream().filter(c -> c.name().equalsIgnoreCase(name)).findFirst();
    }

    private static ResultColumn text(String name) {
        return new ResultColumn(name, "text", ValueKind.TEXT);
    }

    private static String unquote(String s) {
        return s.replace("\"", "");
    }
}
