package dev.askbar.core.schema;

import dev.askbar.core.sql.Identifiers;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tables of a schema that a query names as {@code schema.table}, read from its text (the prompt asks the model
 * to qualify every table). When a query fails, these are the tables whose every column the repair round shows: the
 * first prompt may have written them in brief, or only as a foreign key's target.
 */
public final class QueryTables {
    private static final String NAME = "(\"(?:[^\"]|\"\")+\"|[A-Za-z_][A-Za-z0-9_$]*)";
    private static final Pattern QUALIFIED = Pattern.compile(NAME + "\\s*\\.\\s*" + NAME);

    private QueryTables() {}

    /** The tables {@code sql} names, in the order it first names them. */
    public static List<TableInfo> named(String sql, SchemaSnapshot schema) {
        Set<TableInfo> out = new LinkedHashSet<>();
        Matcher m = QUALIFIED.matcher(sql);
        int from = 0;
        while (m.find(from)) {
            schema.table(Identifiers.fold(m.group(1)), Identifiers.fold(m.group(2)))
                    .ifPresent(out::add);
            // "a.b.c" is schema.table.column: the next match may start at the table
            from = m.start(2);
        }
        return new ArrayList<>(out);
    }

    /**
     * The full lines of the tables {@code sql} names that {@code prompt} did not show whole, at most {@code maxChars}
     * of them: what a repair round adds so a guessed column can be put right.
     */
    public static String wholeLinesMissingFrom(String prompt, String sql, SchemaSnapshot schema, int maxChars) {
        StringBuilder out = new StringBuilder();
        for (TableInfo t : named(sql, schema)) {
            String line = SchemaPrompt.line(t);
            if (prompt.contains(line) || out.length() + line.length() + 1 > maxChars) {
                continue;
            }
            out.append(line).append('\n');
        }
        return out.toString().strip();
    }
}
