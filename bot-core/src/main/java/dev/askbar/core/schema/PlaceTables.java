package dev.askbar.core.schema;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The table of places a question's rows are at, when it names the place: "racks at DM-Akron", "cases in Kano State",
 * "switches at the Berlin office". The place's name is a value no catalog read finds (a site is no small lookup), and
 * the question's other words lead to the racks or cases, whose key to their site is written only when the site's table
 * is in the prompt.
 */
final class PlaceTables {
    /** A name after a word that places things: "at DM-Akron", "in the Frankfurt data center", "in zone EU-1". */
    private static final Pattern AT_NAME =
            Pattern.compile("\\b(?:at|in|from|near)\\s+(?:the\\s+)?(?:\\p{Ll}+\\s+)?(" + NamedRows.CAPITALISED + ")");
    /** Quarters, halves and fiscal years are times, not places: "in Q3", "in FY2025". */
    private static final Pattern PERIOD = Pattern.compile("(?:q[1-4]|h[12]|fy\\d*|\\d+)");

    private static final int MAX_HOPS = 2;
    /** Of the places found equally near, the ones most tables point at (a site and its location); more cost room. */
    private static final int MAX_PLACES = 2;

    private PlaceTables() {}

    /**
     * Whether the question names a place its rows are at: a name after "at", "in", "from" or "near" with a word
     * WordNet knows as a place ("Berlin", "Akron", the "State" of "Kano State") or a word of three letters or more
     * that is neither English nor a word of the schema's names. Months and quarters are times ("in March", "in
     * Q3"); a name the schema's own words make ("in Widgetron", a table of it) is a table's, not a row's.
     */
    static boolean asked(String question, Predicate<String> schemaWord, Lexicon lexicon) {
        Matcher m = AT_NAME.matcher(question);
        while (m.find()) {
            List<String> words = Words.tokens(m.group(1));
            boolean place = words.stream().anyMatch(lexicon::isPlace);
            boolean unknown = words.stream()
                    .anyMatch(w -> w.length() >= 3
                            && !PERIOD.matcher(w).matches()
                            && lexicon.frequency(w) < 0
                            && !schemaWord.test(Words.stem(w)));
            if (place || unknown) {
                return true;
            }
        }
        return false;
    }

    /**
     * From each start, the nearest tables named for a kind of place that hold names of their own, the two most tables
     * point at, with the tables on the way (rack → site; port → device → location); tables already chosen are passed
     * through, not taken.
     */
    static Set<TableInfo> near(List<TableInfo> starts, Set<TableInfo> chosen, ForeignKeyGraph graph, Lexicon lexicon) {
        Set<TableInfo> out = new LinkedHashSet<>();
        for (TableInfo start : starts) {
            Map<TableInfo, List<TableInfo>> found =
                    graph.closest(start, t -> !chosen.contains(t) && isPlaces(t, lexicon), MAX_HOPS);
            // the places most tables point at first: a site, not the stock locations of one order line
            found.keySet().stream()
                    .sorted(Comparator.comparingInt(
                                    (TableInfo t) -> -graph.referencing(t).size())
                            .thenComparing(TableInfo::qualifiedName))
                    .limit(MAX_PLACES)
                    .forEach(f -> out.addAll(found.get(f)));
        }
        return out;
    }

    private static boolean isPlaces(TableInfo t, Lexicon lexicon) {
        String head = IdentifierWords.head(t.name());
        return head.length() >= 3 && lexicon.isPlace(head) && ForeignKeyGraph.hasNames(t);
    }
}
