package dev.askbar.core.platform;

import dev.askbar.core.schema.ColumnInfo;
import dev.askbar.core.schema.ForeignKey;
import dev.askbar.core.schema.SchemaSnapshot;
import dev.askbar.core.schema.TableInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** What {@code /askbar help} says: what the bot does, the schemas it knows, and example questions made from the schema. */
public final class HelpText {
    private HelpText() {}

    public record Help(String intro, List<String> tables, List<String> examples) {}

    public static Help of(SchemaSnapshot schema, List<String> schemas) {
        String intro = "Ask me a question about the data in " + String.join(", ", schemas)
                + " and I write the SQL, run it read-only and answer with a summary, a table, a chart when it helps and a CSV for big results. "
                + "Use /ask <question>, or mention me; replies in the same thread are follow-ups.";
        List<String> tables = schema.tables().stream()
                .sorted(Comparator.comparing(TableInfo::rowEstimate).reversed())
                .limit(15)
                .map(t -> t.qualifiedName()
                        + t.comment().map(c -> " — " + firstSentence(c)).orElse(""))
                .toList();
        return new Help(intro, tables, examples(schema));
    }

    /** Questions the schema can surely answer: counts by a categorical column, trends over a date, top-N along a key. */
    static List<String> examples(SchemaSnapshot schema) {
        List<String> out = new ArrayList<>();
        List<TableInfo> big = schema.tables().stream()
                .sorted(Comparator.comparing(TableInfo::rowEstimate).reversed())
                .toList();
        for (TableInfo t : big) {
            String noun = t.name().replace('_', ' ');
            for (ColumnInfo c : t.columns()) {
                if (out.size() < 2
                        && c.sampleValues().size() >= 2
                        && c.sampleValues().size() <= 10) {
                    out.add("How many " + noun + " are there per " + c.name().replace('_', ' ') + "?");
                    break;
                }
            }
            for (ColumnInfo c : t.columns()) {
                String type = c.type().toLowerCase(Locale.ROOT);
                if (out.size() < 4 && (type.startsWith("timestamp") || type.equals("date"))) {
                    out.add("How many " + noun + " per month over the last year?");
                    break;
                }
            }
            for (ForeignKey fk : t.foreignKeys()) {
                if (out.size() < 5) {
                    out.add("Which 10 " + fk.targetTable().replace('_', ' ') + " have the most " + noun + "?");
                    break;
                }
            }
            if (out.size() >= 5) {
                break;
            }
        }
        out.add("What tables are there?");
        return out.stream().distinct().toList();
    }

    private static String firstSentence(String text) {
        int dot = text.indexOf(". ");
        String s = dot > 0 ? text.substring(0, dot + 1) : text;
        return s.length() > 120 ? s.substring(0, 119) + "…" : s;
    }
}
