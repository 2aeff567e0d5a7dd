package dev.askbar.core.schema;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/** Splits questions and identifiers into comparable word stems: "OrderLines" and "order lines" meet as order, line. */
public final class Words {
    private static final Set<String> STOPWORDS = Set.of(
            "a",
            "an",
            "the",
            "of",
            "in",
            "on",
            "at",
            "to",
            "for",
            "by",
            "with",
            "and",
            "or",
            "is",
            "are",
            "was",
            "were",
            "be",
            "been",
            "how",
            "many",
            "much",
            "what",
            "which",
            "who",
            "whom",
            "when",
            "where",
            "why",
            "show",
            "me",
            "list",
            "give",
            "get",
            "find",
            "all",
            "each",
            "per",
            "from",
            "that",
            "this",
            "these",
            "those",
            "do",
            "does",
            "did",
            "have",
            "has",
            "had",
            "there",
            "their",
            "our",
            "we",
            "us",
            "i",
            "my",
            "it",
            "its",
            "than",
            "then",
            "top",
            "most",
            "least",
            "last",
            "first",
            "next",
            "over",
            "under",
            "between",
            "into",
            "as",
            "not",
            "no",
            "total",
            "number",
            "count",
            "average",
            "avg",
            "sum",
            "max",
            "min",
            "month",
            "year",
            "week",
            "day",
            "days",
            "today",
            "yesterday",
            "ago",
            "since",
            "during",
            "please",
            "can",
            "you",
            "tell");

    private static final java.util.regex.Pattern CAMEL = java.util.regex.Pattern.compile("([a-z])([A-Z])");
    /** An acronym's plural ("POs", "SKUs"): lower-cased whole it would read as another word ("pos"). */
    private static final java.util.regex.Pattern ACRONYM_PLURAL =
            java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}])(\\p{Lu}{2,})s(?![\\p{L}\\p{N}])");
    /** A word written in capitals, an acronym or its plural ("DIDs", "IT"). */
    private static final java.util.regex.Pattern CAPITALS =
            java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}])(\\p{Lu}{2,})s?(?![\\p{L}\\p{N}])");

    /**
     * A negation written together ("haven't"): split at the apostrophe it would read as another word ("haven", a
     * shelter). Of "won't", "can't" and "shan't" only the "not" is kept ("won" a win, "will" a testament).
     */
    private static final java.util.regex.Pattern NOT = java.util.regex.Pattern.compile("n['’]t\\b");

    private static final java.util.regex.Pattern IRREGULAR_NOT =
            java.util.regex.Pattern.compile("\\b(wo|ca|sha)n['’]t\\b");

    /** "we've", "they're", "we'll": the ending alone would be a word of two letters ("ve", "re", "ll"). */
    private static final java.util.regex.Pattern CONTRACTED = java.util.regex.Pattern.compile("['’](re|ve|ll)\\b");

    private Words() {}

    public static Set<String> of(String text) {
        return new LinkedHashSet<>(byStem(text).keySet());
    }

    /** {@link #of}'s stems, each with the first word of the text that gave it (folded): what WordNet looks up. */
    static Map<String, String> byStem(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        if (text == null) {
            return out;
        }
        Predicate<String> stopword = stopwordsIn(text);
        for (String w : tokens(splitCamelCase(text))) {
            if (w.length() >= 2 && !stopword.test(w)) {
                out.putIfAbsent(stem(w), w);
            }
        }
        return out;
    }

    /** "lapTimes" → "lap Times", "POs" → "PO": camel-case names and acronyms read as the words they are. */
    static String splitCamelCase(String text) {
        return ACRONYM_PLURAL.matcher(CAMEL.matcher(text).replaceAll("$1 $2")).replaceAll("$1");
    }

    /**
     * Which folded words of this text are stopwords: those of the list, but for the ones the text writes in capitals
     * ("Which DIDs…" keeps did), which name things the schema may keep. Every reading of a question's or a name's words
     * drops them by this one rule.
     */
    static Predicate<String> stopwordsIn(String text) {
        Set<String> acronyms = acronyms(text);
        return w -> STOPWORDS.contains(w) && !acronyms.contains(w);
    }

    /**
     * The words a text writes in capitals, folded ("Which DIDs does…" → did): an acronym is a thing the schema may
     * keep, even when it reads as a stopword lower-cased. None when the text is mostly capitals: that is shouting.
     */
    static Set<String> acronyms(String text) {
        long letters = text.chars().filter(Character::isLetter).count();
        long capitals = text.chars().filter(Character::isUpperCase).count();
        Set<String> out = new LinkedHashSet<>();
        if (2 * capitals > letters) {
            return out;
        }
        java.util.regex.Matcher m = CAPITALS.matcher(text);
        while (m.find()) {
            out.add(fold(m.group(1)));
        }
        return out;
    }

    /** The folded words of a text, in order, stopwords kept: "Categoría de película" → [categoria, de, pelicula]. */
    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        String folded = fold(text);
        if (folded.indexOf('\'') >= 0 || folded.indexOf('’') >= 0) {
            folded = CONTRACTED
                    .matcher(NOT.matcher(IRREGULAR_NOT.matcher(folded).replaceAll("not"))
                            .replaceAll(" not"))
                    .replaceAll("");
        }
        for (String w : folded.split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /** {@link #tokens}, each plural-folded: how labels and glossary terms are matched word for word. */
    static List<String> stems(String text) {
        return tokens(text).stream().map(Words::stem).toList();
    }

    /** Lower case without accents: "Categoría" → "categoria". */
    static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
    }

    static boolean isStopword(String w) {
        return STOPWORDS.contains(w);
    }

    /** A plural-folding stem; enough to match "orders" to "order" and "categories" to "category". */
    public static String stem(String w) {
        if (w.length() > 4 && w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.length() > 4 && (w.endsWith("ses") || w.endsWith("xes") || w.endsWith("ches") || w.endsWith("shes"))) {
            return w.substring(0, w.length() - 2);
        }
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }
}
