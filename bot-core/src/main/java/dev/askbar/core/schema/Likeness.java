package dev.askbar.core.schema;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How alike other questions are to one question by their words: the share of their words they have in common
 * (stopwords left out, plurals folded), where two words WordNet gives a shared sense or a derivation ("coupon" and
 * "voucher", "suspended" and "suspension", "fertiliser" and "fertilizer") count half of one word both use. Half,
 * because the common senses also join words a team uses apart ("set up" and "placed", "charge" and "order"): said
 * otherwise is likely the same question, not certainly. Without WordNet's data only the same words count. It lives
 * beside the linker because it reads words as the linker does ({@link Words}, {@code Lexicon}); the engine's {@code
 * ExamplePicker} uses it to choose approved examples.
 */
public final class Likeness {
    /** What a word WordNet relates to a word of the other question counts, against a word both use. */
    static final double RELATED = 0.5;

    private final Map<String, String> words;
    // the question's words are compared with every approved example's: looked up once
    private final Map<String, Set<String>> meanings = new HashMap<>();

    private Likeness(Map<String, String> words) {
        this.words = words;
    }

    /** The question others are compared with. */
    public static Likeness of(String question) {
        return new Likeness(Words.byStem(question));
    }

    /** 0 when the other shares nothing with the question, 1 when it uses the same words. */
    public double to(String other) {
        Map<String, String> second = Words.byStem(other);
        if (words.isEmpty() || second.isEmpty()) {
            return 0;
        }
        Set<String> unmatchedSecond = new LinkedHashSet<>(second.keySet());
        unmatchedSecond.removeAll(words.keySet());
        double shared = second.size() - unmatchedSecond.size();
        Map<String, Set<String>> otherMeanings = new HashMap<>();
        for (Map.Entry<String, String> w : words.entrySet()) {
            if (second.containsKey(w.getKey())) {
                continue;
            }
            Set<String> own = meanings.computeIfAbsent(w.getKey(), k -> meaningsOf(w.getValue()));
            for (String o : List.copyOf(unmatchedSecond)) {
                if (own.contains(o)
                        || otherMeanings
                                .computeIfAbsent(o, k -> meaningsOf(second.get(k)))
                                .contains(w.getKey())) {
                    shared += RELATED;
                    unmatchedSecond.remove(o);
                    break;
                }
            }
        }
        return shared / (words.size() + second.size() - shared);
    }

    /** The stems of the single words WordNet relates to this one; none for numbers and codes. */
    private static Set<String> meaningsOf(String word) {
        if (!word.chars().allMatch(Character::isLetter)) {
            return Set.of();
        }
        Set<String> out = new HashSet<>();
        for (String r : Lexicon.get().related(word)) {
            if (r.indexOf(' ') < 0) {
                out.add(Words.stem(r));
            }
        }
        return out;
    }
}
