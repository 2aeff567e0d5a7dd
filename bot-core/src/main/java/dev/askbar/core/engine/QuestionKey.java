package dev.askbar.core.engine;

import java.text.Normalizer;
import java.util.Locale;

/** The cache key of a question: the same words asked with other spacing, case or end punctuation meet. */
final class QuestionKey {
    private QuestionKey() {}

    static String of(String question) {
        String s = Normalizer.normalize(question, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        s = s.replaceAll("\\s+", " ").strip();
        return s.replaceAll("[\\s?!.。？！]+$", "");
    }
}
