package dev.askbar.core.schema;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The English word a Spanish, Portuguese, French, Italian or German word of a schema or a question means
 * ({@code tusuario_perfil} → user, profile; "¿cuántos pedidos…?" → order), from {@code foreign-words.txt} beside this
 * class. Schemas of many applications are named in their authors' language while their users ask in English, or
 * the other way round; WordNet only knows English. A word English text also uses means what it says in English.
 */
final class ForeignWords {
    /** Shorter forms ("pai", "mes") are only taken as a whole name, never found inside a longer one. */
    private static final int SHORTEST_INSIDE = 4;
    /**
     * The share of a schema's table names with a word of another language past which the schema is taken to be
     * written in it: OpenXE 72%, i-Educar 75%, FacturaScripts 58%, Dolibarr 27%; English schemas of the benchmark
     * 15% at most (a Formula 1 schema's "grand prix", French for price).
     */
    private static final double SCHEMA_IN_OTHER_LANGUAGE = 0.25;
    /** Endings English words take; a word that is English with one of them off is not a foreign word. */
    private static final List<String> ENGLISH_ENDINGS = List.of("s", "es", "ed", "d", "ing", "er", "ers");

    private static final Map<String, Set<String>> MEANINGS = load();
    /** What names a row in those languages: nombre, nome, nom, cognome, prenom, titulo, titre, titel… */
    private static final Set<String> NAME_WORDS = formsOf(Set.of("name", "surname", "forename", "title"));

    private ForeignWords() {}

    /**
     * The English words a folded, lower-case word means, its plural tried as each language forms it; empty for an
     * English word and for any word the list does not hold.
     */
    static Set<String> meaningOf(String word) {
        return word.length() < 3 || english(word) ? Set.of() : meaningInOtherLanguage(word);
    }

    /**
     * What a listed word means even where English also uses it ({@code lager}: stock, {@code journal}: log), for a
     * schema written in another language, where the word is that language's.
     */
    static Set<String> meaningInOtherLanguage(String word) {
        if (word.length() < 3) {
            return Set.of();
        }
        for (String form : singulars(word)) {
            Set<String> meaning = MEANINGS.get(form);
            if (meaning != null) {
                return meaning;
            }
        }
        return Set.of();
    }

    /**
     * Whether a schema with these table names is written in another language: a quarter of them or more hold a word
     * the list reads as something else than itself.
     */
    static boolean namedInOtherLanguage(List<String> tableNames) {
        if (tableNames.size() < 8) {
            return false;
        }
        long foreign = tableNames.stream()
                .filter(name -> IdentifierWords.of(name).stream()
                        .anyMatch(w -> meaningOf(w).stream().anyMatch(m -> !m.equals(w) && !m.equals(Words.stem(w)))))
                .count();
        return foreign >= SCHEMA_IN_OTHER_LANGUAGE * tableNames.size();
    }

    /**
     * Whether a word of a column's name says, in one of those languages, that the column holds names or titles;
     * checked against the list alone, since "nome" and "nom" are English words only in dictionaries.
     */
    static boolean isNameWord(String word) {
        return NAME_WORDS.contains(word);
    }

    /**
     * Whether a piece of a run-together name ({@code tgrupo}, {@code kundennummer}, {@code einkaufspreise}) is a
     * listed word, as written or with a plain plural ending; the other plural rules would find Italian words inside
     * English ones ("mapped").
     */
    static boolean isWordInside(String piece) {
        if (piece.length() < SHORTEST_INSIDE || english(piece)) {
            return false;
        }
        int n = piece.length();
        return MEANINGS.containsKey(piece)
                || (piece.endsWith("s") || piece.endsWith("n") || piece.endsWith("e"))
                        && MEANINGS.containsKey(piece.substring(0, n - 1))
                || (piece.endsWith("es") || piece.endsWith("en")) && MEANINGS.containsKey(piece.substring(0, n - 2));
    }

    /**
     * A common English word, or one of its plurals or past and -ing forms ("courses", "bureaus", "visited",
     * "mapping"). Words WordNet holds but its tagged corpus never met are mostly borrowed (riga, conge, marque,
     * ligne, nome): a schema that uses them is written in the language they come from.
     */
    private static boolean english(String word) {
        Lexicon lexicon = Lexicon.get();
        if (common(lexicon, word) || common(lexicon, Words.stem(word))) {
            return true;
        }
        for (String ending : ENGLISH_ENDINGS) {
            if (word.length() > ending.length() + 2 && word.endsWith(ending)) {
                String base = word.substring(0, word.length() - ending.length());
                if (common(lexicon, base)
                        || common(lexicon, base + "e")
                        || base.length() > 3
                                && base.charAt(base.length() - 1) == base.charAt(base.length() - 2)
                                && common(lexicon, base.substring(0, base.length() - 1))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean common(Lexicon lexicon, String word) {
        return lexicon.frequency(word) > 0;
    }

    /**
     * The word and what it would be as a singular: usuarios, perfiles, avaliacoes, mensagens, papeis, rechnungen,
     * kunden, preise, prodotti, fatture.
     */
    private static List<String> singulars(String word) {
        List<String> out = new ArrayList<>(6);
        out.add(word);
        int n = word.length();
        if (n > 4 && word.endsWith("oes")) {
            out.add(word.substring(0, n - 3) + "ao");
        }
        if (n > 4 && word.endsWith("eis")) {
            out.add(word.substring(0, n - 3) + "el");
        }
        if (n > 4 && word.endsWith("ns")) {
            out.add(word.substring(0, n - 2) + "m");
        }
        if (n > 4 && (word.endsWith("es") || word.endsWith("en"))) {
            out.add(word.substring(0, n - 2));
        }
        if (n > 3 && (word.endsWith("s") || word.endsWith("n"))) {
            out.add(word.substring(0, n - 1));
        }
        if (n > 4 && word.endsWith("i")) {
            out.add(word.substring(0, n - 1) + "o");
            out.add(word.substring(0, n - 1) + "e");
        }
        if (n > 4 && word.endsWith("e")) {
            out.add(word.substring(0, n - 1) + "a");
            out.add(word.substring(0, n - 1));
        }
        return out;
    }

    private static Set<String> formsOf(Set<String> english) {
        Set<String> out = new HashSet<>();
        MEANINGS.forEach((form, meanings) -> {
            if (meanings.stream().anyMatch(english::contains)) {
                out.add(form);
            }
        });
        return Set.copyOf(out);
    }

    private static Map<String, Set<String>> load() {
        try (InputStream in = ForeignWords.class.getResourceAsStream("foreign-words.txt")) {
            if (in == null) {
                return Map.of();
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .lines()
                    .toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lines {@code english: form form ...}; a form listed under two words ("estado": status, state) means both. */
    static Map<String, Set<String>> parse(List<String> lines) {
        Map<String, Set<String>> out = new HashMap<>();
        for (String line : lines) {
            int colon = line.indexOf(':');
            if (line.isBlank() || line.startsWith("#") || colon <= 0) {
                continue;
            }
            String meaning = line.substring(0, colon).strip();
            for (String form : line.substring(colon + 1).strip().split("\\s+")) {
                if (!form.isEmpty()) {
                    out.computeIfAbsent(form, f -> new LinkedHashSet<>()).add(meaning);
                }
            }
        }
        out.replaceAll((form, meanings) -> Collections.unmodifiableSet(meanings));
        return out;
    }
}
