package dev.askbar.core.schema;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How alike two questions are by their words: the share of their words they have in common (stopwords left out,
 * plurals folded), where two words WordNet gives a shared sense or a derivation ("coupon" and "voucher", "suspended"
 * and "suspension", "supplier" and "vendor") count half of one word both use. Half, because the common senses also
 * join words a team uses apart ("set up" and "placed", "record" and "recording"): said otherwise is likely the same
 * question, not certainly. Without WordNet's data only the same words count.
 */
public final class Likeness {
    /** What a word WordNet relates to a word of the other question counts, against a word both use. */
    static final double RELATED = 0.5;

    private Likeness() {}

    /** 0 when the two share nothing, 1 when they use the same words. */
    public static double of(String a, String b) {
        Map<String, String> first = wordsByStem(a);
        Map<String, String> second = wordsByStem(b);
        if (first.isEmpty() || second.isEmpty()) {
            return 0;
        }
        Set<String> unmatchedFirst = new LinkedHashSet<>(first.keySet());
        unmatchedFirst.removeAll(second.keySet());
        Set<String> unmatchedSecond = new LinkedHashSet<>(second.keySet());
        unmatchedSecond.removeAll(first.keySet());
        double shared = first.size() - unmatchedFirst.size();
        Map<String, Set<String>> otherMeanings = new HashMap<>();
        for (String stem : first.keySet()) {
            if (!unmatchedFirst.contains(stem)) {
                continue;
            }
            Set<String> meanings = meanings(first.get(stem));
            for (String other : List.copyOf(unmatchedSecond)) {
                if (meanings.contains(other)
                        || otherMeanings
                                .computeIfAbsent(other, o -> meanings(second.get(o)))
                                .contains(stem)) {
                    shared += RELATED;
                    unmatchedSecond.remove(other);
                    break;
                }
            }
        }
        return shared / (first.size() + second.size() - shared);
    }

    /** The text's words by their stems, each stem with the first word that gave it (WordNet reads the word). */
    private static Map<String, String> wordsByStem(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        if (text == null) {
            return out;
        }
        java.util.function.Predicate<String> stopword = Words.stopwordsIn(text);
        for (String w : Words.tokens(Words.splitCamelCase(text))) {
            if (w.length() >= 2 && !stopword.test(w)) {
                out.putIfAbsent(Words.stem(w), w);
            }
        }
        return out;
    }

    /** The stems of the single words WordNet relates to this one; none for numbers and codes. */
    private static Set<String> meanings(String word) {
        if (!word.chars().allMatch(Character::isLetter)) {
            return Set.of();
        }
        List<String> out = new ArrayList<>();
        for (String r : Lexicon.get().related(word)) {
            if (r.indexOf(' ') < 0) {
                out.add(Words.stem(r));
            }
        }
        return new HashSet<>(out);
    }
}
