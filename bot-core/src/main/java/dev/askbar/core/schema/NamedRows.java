package dev.askbar.core.schema;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rows the question names that no label matched: "films with Penelope Guiness", "albums by Radiohead". Big tables'
 * names are never read (and people's names never are), so the name itself finds nothing; what it says is that the
 * question needs a table holding such names, joined to what it is about. From the question's best tables, the
 * nearest tables with a name column whose labels were not read (the catalog reads small lookups whole, so a name
 * missing there is not theirs), with the bridge on the way (film ← film_actor → actor).
 */
final class NamedRows {
    /** A run of capitalised words, as people write a name: "Penelope Guiness", "DM-Akron", "Kano State". */
    static final String CAPITALISED = "\\p{Lu}[\\p{L}\\p{N}'&.-]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}'&.-]*)*";

    /** Capitalised words after the sentence's first, as people write names: "Penelope Guiness", "Jay-Z". */
    private static final Pattern NAME = Pattern.compile("(?<=\\S\\s{1,3})" + CAPITALISED);

    private static final int MAX_HOPS = 2;

    private NamedRows() {}

    /** The capitalised words after the question's first, lower case: names of things, not words of a schema. */
    static Set<String> capitalisedWords(String question) {
        Set<String> out = new LinkedHashSet<>();
        names(question).forEach(out::addAll);
        return out;
    }

    /**
     * The words of names written in several parts ("DM-Scranton", "Pink Floyd", "PI 88788"): parts of a name, not
     * words with senses of their own ("DM" is no decimetre there).
     */
    static Set<String> wordsOfLongerNames(String question) {
        Set<String> out = new LinkedHashSet<>();
        names(question).stream().filter(words -> words.size() > 1).forEach(out::addAll);
        return out;
    }

    /** Each name the question writes, as its folded words. */
    static List<List<String>> names(String question) {
        List<List<String>> out = new ArrayList<>();
        Matcher m = NAME.matcher(question);
        while (m.find()) {
            out.add(Words.tokens(m.group()));
        }
        return out;
    }

    /**
     * Whether the question names a row by a name nothing in the schema holds: a run of capitalised words, two or
     * more of them or one that is no English word (so not "Germany" or "March" alone, which WordNet and the labels
     * already place), none of them a word of a label the question matched or a word of the schema's own names.
     */
    static boolean namesUnknownRow(
            String question, List<ValueIndex.Hit> hits, Predicate<String> schemaWord, Predicate<String> englishWord) {
        Set<String> labelWords = new LinkedHashSet<>();
        hits.forEach(h -> labelWords.addAll(Words.stems(h.value())));
        Matcher m = NAME.matcher(question);
        while (m.find()) {
            List<String> words = Words.tokens(m.group());
            if (words.isEmpty()
                    || words.stream()
                            .anyMatch(w -> labelWords.contains(Words.stem(w)) || schemaWord.test(Words.stem(w)))) {
                continue;
            }
            // two capitalised words in a row are a name even when both are English ("Millennium Falcon")
            if (words.size() > 1 || words.stream().anyMatch(w -> w.length() > 1 && !englishWord.test(w))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The nearest tables holding names of their own, not small lookups, from each start: the first found at the
     * least number of hops, with the tables on the way.
     */
    static Set<TableInfo> holders(List<TableInfo> starts, ForeignKeyGraph graph) {
        Set<TableInfo> out = new LinkedHashSet<>();
        for (TableInfo start : starts) {
            graph.closest(start, NamedRows::holdsNames, MAX_HOPS).values().forEach(out::addAll);
        }
        return out;
    }

    private static boolean holdsNames(TableInfo t) {
        return ForeignKeyGraph.hasNames(t)
                && t.columns().stream().allMatch(c -> c.knownValues().isEmpty());
    }
}
