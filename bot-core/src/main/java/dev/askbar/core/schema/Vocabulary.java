package dev.askbar.core.schema;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Business words the linker should treat as meaning schema words: "supplier: vendor", "active customer = ordered
 * in the last 90 days". When a question contains a term (as whole words), the words of its meaning are looked
 * for in the schema too. Read from the glossary file; a small built-in list covers terms that are general across
 * business databases yet missing from WordNet (supplier/vendor, rep/salesperson).
 */
public final class Vocabulary {
    private static final Vocabulary NONE = new Vocabulary(List.of());

    record Entry(List<String> term, String meaning) {}

    private final List<Entry> entries;

    private Vocabulary(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    public static Vocabulary none() {
        return NONE;
    }

    /** Lines of the form {@code term: meaning} or {@code term = meaning}; other lines are ignored. */
    public static Vocabulary parse(List<String> lines) {
        List<Entry> out = new ArrayList<>();
        for (String line : lines) {
            String l = line.strip();
            if (l.startsWith("- ")) {
                l = l.substring(2);
            }
            int cut = indexOfSeparator(l);
            if (l.isEmpty() || l.startsWith("#") || cut <= 0) {
                continue;
            }
            List<String> term = Words.stems(l.substring(0, cut));
            String meaning = l.substring(cut + 1).strip();
            if (!term.isEmpty() && !meaning.isEmpty()) {
                out.add(new Entry(term, meaning));
            }
        }
        return new Vocabulary(out);
    }

    private static int indexOfSeparator(String l) {
        int colon = l.indexOf(':');
        int equals = l.indexOf('=');
        if (colon < 0) {
            return equals;
        }
        return equals < 0 ? colon : Math.min(colon, equals);
    }

    /** The built-in general business vocabulary, shipped as {@code business-words.txt} beside this class. */
    public static Vocabulary builtIn() {
        return Builtin.VOCABULARY;
    }

    public Vocabulary and(Vocabulary other) {
        List<Entry> all = new ArrayList<>(entries);
        all.addAll(other.entries);
        return new Vocabulary(all);
    }

    /** The meanings of every term the question contains, as one text (empty when none). */
    String meaningsIn(String question) {
        List<String> q = Words.stems(question);
        StringBuilder out = new StringBuilder();
        for (Entry e : entries) {
            if (containsRun(q, e.term())) {
                out.append(' ').append(e.meaning());
            }
        }
        return out.toString();
    }

    private static boolean containsRun(List<String> words, List<String> run) {
        outer:
        for (int i = 0; i + run.size() <= words.size(); i++) {
            for (int k = 0; k < run.size(); k++) {
                if (!words.get(i + k).equals(run.get(k))) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static final class Builtin {
        static final Vocabulary VOCABULARY = load();

        private static Vocabulary load() {
            try (InputStream in = Vocabulary.class.getResourceAsStream("business-words.txt")) {
                if (in == null) {
                    return NONE;
                }
                return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                        .lines()
                        .toList());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
