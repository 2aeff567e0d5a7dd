package dev.askbar.core.schema;

import com.github.benmanes.caffeine.cache.Cache;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The labels a schema's lookup tables hold ("Horror", "AC/DC", "Speedy Express"), as word runs, so a question that
 * names one finds the table and column holding it. A question word matches a label only as whole words: "pop"
 * never matches inside "popular", and "MPEG audio files" matches "MPEG audio file".
 */
final class ValueIndex {
    /**
     * One table column holding a label named in the question.
     *
     * @param defining      the label names a row of its table: the column's values are (nearly) all distinct, as in a
     *                      lookup of genres; a table where the label repeats holds copies (imports, logs, facts)
     * @param tablesHolding how many tables define the same label, or hold it when none defines it
     * @param weight        1 for a label the question names, less for one that is only the kind of thing it names
     *                      ("The Beatles" are a group)
     */
    record Hit(
            TableInfo table,
            String column,
            String value,
            int start,
            int length,
            boolean defining,
            int tablesHolding,
            double weight) {
        Hit kindOf(double w) {
            return new Hit(table, column, value, start, length, defining, tablesHolding, w);
        }
    }

    private record Label(List<String> words, TableInfo table, String column, String value, boolean defining) {}

    private static final Cache<SchemaSnapshot, ValueIndex> CACHE = PerSnapshot.cache();

    private final Map<String, List<Label>> byFirstWord = new HashMap<>();
    private final Map<String, Set<TableInfo>> tablesByLabel = new HashMap<>();
    private final Map<String, Set<TableInfo>> tablesDefining = new HashMap<>();

    private ValueIndex(SchemaSnapshot schema) {
        for (TableInfo t : schema.tables()) {
            if (isSettingsRow(t)) {
                continue;
            }
            for (ColumnInfo c : t.columns()) {
                boolean defining = t.rowEstimate() > 0 && c.knownValues().size() >= 0.6 * t.rowEstimate();
                for (String v : c.knownValues()) {
                    List<String> words = Words.stems(v);
                    if (worthMatching(words)) {
                        byFirstWord
                                .computeIfAbsent(words.get(0), k -> new ArrayList<>())
                                .add(new Label(words, t, c.name(), v, defining));
                        tablesByLabel
                                .computeIfAbsent(String.join(" ", words), k -> new LinkedHashSet<>())
                                .add(t);
                        if (defining) {
                            tablesDefining
                                    .computeIfAbsent(String.join(" ", words), k -> new LinkedHashSet<>())
                                    .add(t);
                        }
                    }
                }
            }
        }
    }

    /**
     * One row with text in several columns is an application's settings (the names it gives severity levels, a
     * theme, a mail server), not a list of things: a question naming one of those words means the things, not the
     * settings.
     */
    private static boolean isSettingsRow(TableInfo t) {
        return t.rowEstimate() == 1
                && t.columns().stream().filter(c -> !c.knownValues().isEmpty()).count() >= 3;
    }

    static ValueIndex of(SchemaSnapshot schema) {
        return CACHE.get(schema, ValueIndex::new);
    }

    boolean isEmpty() {
        return byFirstWord.isEmpty();
    }

    /** The labels found in the question's words (as {@link #words} gives them), longest first at each position. */
    List<Hit> find(List<String> questionWords) {
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < questionWords.size(); i++) {
            for (Label label : byFirstWord.getOrDefault(questionWords.get(i), List.of())) {
                int n = label.words().size();
                if (i + n <= questionWords.size()
                        && questionWords.subList(i, i + n).equals(label.words())) {
                    String key = String.join(" ", label.words());
                    int holding = tablesDefining.containsKey(key)
                            ? tablesDefining.get(key).size()
                            : tablesByLabel.get(key).size();
                    hits.add(new Hit(label.table(), label.column(), label.value(), i, n, label.defining(), holding, 1));
                }
            }
        }
        hits.sort(java.util.Comparator.comparingInt((Hit h) -> h.start()).thenComparingInt(h -> -h.length()));
        return hits;
    }

    /**
     * A label of one short word, a number, or only stopwords ("1", "R", "Yes", "The") would match questions that
     * never meant it.
     */
    private static boolean worthMatching(List<String> words) {
        if (words.isEmpty() || words.stream().allMatch(w -> Words.isStopword(w) || w.matches("\\d+"))) {
            return false;
        }
        return words.size() > 1 || words.get(0).length() >= 3 && !words.get(0).matches("\\d+");
    }
}
