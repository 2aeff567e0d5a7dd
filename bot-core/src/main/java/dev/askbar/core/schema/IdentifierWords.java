package dev.askbar.core.schema;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The English words inside a table or column name: {@code sales_order_detail}, {@code SalesOrderDetail} and
 * {@code salesorderdetail} all give sales, order, detail. Run-together lower-case names are segmented with
 * WordNet's word list, preferring few, common words; common abbreviations ({@code qty}, {@code ytd}) add the
 * word they stand for, and so do words of other languages ({@code tusuario_perfil} → user, profile).
 */
final class IdentifierWords {
    /**
     * Letters English must leave unread before words of other languages are tried: fewer would read "pretax" as
     * French pret and "autoreg" as Italian autore.
     */
    private static final int UNREAD_BEFORE_OTHER_LANGUAGES = 4;

    /** Abbreviations seen across database schemas of every kind, not in one schema. */
    private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(
            Map.entry("qty", "quantity"),
            Map.entry("amt", "amount"),
            Map.entry("pct", "percent"),
            Map.entry("ytd", "year"),
            Map.entry("hrs", "hours"),
            Map.entry("desc", "description"),
            Map.entry("addr", "address"),
            Map.entry("num", "number"),
            Map.entry("nbr", "number"),
            Map.entry("dt", "date"),
            Map.entry("emp", "employee"),
            Map.entry("cust", "customer"),
            Map.entry("prod", "product"),
            Map.entry("dept", "department"),
            Map.entry("mgr", "manager"),
            Map.entry("org", "organization"),
            Map.entry("qtr", "quarter"),
            Map.entry("yr", "year"),
            Map.entry("acct", "account"),
            Map.entry("inv", "invoice"),
            Map.entry("txn", "transaction"),
            Map.entry("trans", "transaction"),
            Map.entry("bom", "bill"),
            Map.entry("uom", "unit"),
            Map.entry("cat", "category"),
            Map.entry("loc", "location"),
            Map.entry("msg", "message"),
            Map.entry("img", "image"),
            Map.entry("info", "information"),
            Map.entry("stats", "statistics"),
            Map.entry("avg", "average"),
            Map.entry("admin", "administrator"));
    /** Two-letter pieces a name may contain; any other two-letter WordNet entry is more often a fragment. */
    private static final Set<String> SHORT_WORDS =
            Set.of("id", "no", "of", "to", "on", "in", "by", "at", "or", "up", "is", "tax");

    // identifiers come from the schema, but a bound costs nothing and keeps a huge catalog from pinning memory
    private static final Cache<String, List<String>> CACHE =
            Caffeine.newBuilder().maximumSize(50_000).build();

    private IdentifierWords() {}

    /** The words of an identifier, lower case, unstemmed, in order; an abbreviation is followed by its meaning. */
    static List<String> of(String identifier) {
        return CACHE.get(identifier, IdentifierWords::split);
    }

    /**
     * The last of {@link #of}'s words, what the name names ({@code sample_organization} → organization); "" when it
     * has none.
     */
    static String head(String identifier) {
        List<String> words = of(identifier);
        return words.isEmpty() ? "" : words.get(words.size() - 1);
    }

    private static List<String> split(String identifier) {
        String spaced = identifier.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replaceAll("([A-Z]+)([A-Z][a-z])", "$1 $2");
        Set<String> out = new LinkedHashSet<>();
        for (String token : spaced.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
            if (token.isEmpty()) {
                continue;
            }
            for (String w : segment(token)) {
                out.add(w);
                String meaning = ABBREVIATIONS.get(w);
                if (meaning != null) {
                    out.add(meaning);
                }
                out.addAll(ForeignWords.meaningOf(w));
            }
        }
        return List.copyOf(out);
    }

    /**
     * Splits one lower-case token into words by dynamic programming over its prefixes: each known word costs 1
     * (a rare or short one more), a run of unknown letters 2 plus 0.5 a letter, so "salesorderdetail" becomes
     * sales, order, detail and "rowguid" row, guid. A token that is itself a word stays whole, plus its parts when each is a common
     * word of four letters or more ("salesperson" → salesperson, sales, person); a token that does not split
     * into known words alone stays whole too, before its pieces ("rowguid" → rowguid, row, guid).
     */
    static List<String> segment(String token) {
        Lexicon lexicon = Lexicon.get();
        if (token.length() <= 3 || ABBREVIATIONS.containsKey(token)) {
            return List.of(token);
        }
        boolean wholeWord = lexicon.isWord(token);
        List<String> english = split(token, lexicon, wholeWord, false);
        int unread = unknownLetters(english, lexicon, false);
        // English leaves a run of letters unread ("tgrupo", "paiementcharge"): words of other languages may read it,
        // but never in place of an English reading ("called" is call-ed, not Spanish calle)
        List<String> other =
                !wholeWord && unread >= UNREAD_BEFORE_OTHER_LANGUAGES ? split(token, lexicon, false, true) : null;
        boolean foreign = other != null && unknownLetters(other, lexicon, true) < unread;
        List<String> merged = foreign ? other : english;
        if (wholeWord) {
            boolean commonParts =
                    merged.size() > 1 && merged.stream().allMatch(p -> p.length() >= 4 && baseOf(p, lexicon) != null);
            List<String> whole = new ArrayList<>();
            whole.add(token);
            if (commonParts) {
                whole.addAll(merged);
            }
            return whole;
        }
        if (merged.size() > 1 && merged.stream().anyMatch(p -> pieceCost(p, lexicon, foreign) >= 5)) {
            // not cleanly English ("kreditor" → k, red, itor): the name itself is the word people will use
            List<String> withWhole = new ArrayList<>();
            withWhole.add(token);
            withWhole.addAll(merged);
            return withWhole;
        }
        return merged;
    }

    private static int unknownLetters(List<String> pieces, Lexicon lexicon, boolean foreign) {
        int letters = 0;
        for (String p : pieces) {
            if (pieceCost(p, lexicon, foreign) >= 5) {
                letters += p.length();
            }
        }
        return letters;
    }

    /**
     * The cheapest split; {@code partsOnly} leaves out the token itself as one piece, {@code foreign} reads words of
     * other languages too.
     */
    private static List<String> split(String token, Lexicon lexicon, boolean partsOnly, boolean foreign) {
        int n = token.length();
        double[] best = new double[n + 1];
        int[] from = new int[n + 1];
        boolean[] known = new boolean[n + 1];
        java.util.Arrays.fill(best, Double.MAX_VALUE);
        best[0] = 0;
        for (int i = 1; i <= n; i++) {
            for (int j = Math.max(0, i - 24); j < i; j++) {
                if (best[j] == Double.MAX_VALUE) {
                    continue;
                }
                if (partsOnly && j == 0 && i == n) {
                    continue;
                }
                String piece = token.substring(j, i);
                double cost = pieceCost(piece, lexicon, foreign);
                boolean isKnown = cost < 5;
                if (!isKnown) {
                    cost = 2 + 0.5 * piece.length(); // one unknown chunk ("guid") beats a rare word plus a stray letter
                }
                if (best[j] + cost < best[i]) {
                    best[i] = best[j] + cost;
                    from[i] = j;
                    known[i] = isKnown;
                }
            }
        }
        List<String> pieces = new ArrayList<>();
        for (int i = n; i > 0; i = from[i]) {
            pieces.add(0, token.substring(from[i], i));
        }
        // merge runs of unknown letters into one unknown word
        List<String> merged = new ArrayList<>();
        StringBuilder unknown = new StringBuilder();
        for (String p : pieces) {
            if (pieceCost(p, lexicon, foreign) < 5) {
                if (!unknown.isEmpty()) {
                    merged.add(unknown.toString());
                    unknown.setLength(0);
                }
                merged.add(p);
            } else {
                unknown.append(p);
            }
        }
        if (!unknown.isEmpty()) {
            merged.add(unknown.toString());
        }
        return merged;
    }

    private static double pieceCost(String piece, Lexicon lexicon, boolean foreign) {
        if (ABBREVIATIONS.containsKey(piece) && piece.length() >= 3) {
            return 1.2;
        }
        if (piece.length() <= 2) {
            return SHORT_WORDS.contains(piece) ? 1.0 : 99;
        }
        String base = baseOf(piece, lexicon);
        if (base == null) {
            // a word of a name written in another language ("tgrupo", "commandedet"): a little dearer than a common
            // English word, so where both read the same letters English wins
            return foreign && ForeignWords.isWordInside(piece) ? 1.3 : 99;
        }
        int f = lexicon.frequency(base);
        double cost = f > 0 ? 1.0 : 1.6;
        if (piece.length() == 3) {
            cost += f > 0 ? 0.3 : 1.0;
        }
        return base.equals(piece) ? cost : cost + 0.1;
    }

    /** The dictionary form of a piece: itself, or without a plural ending ("orders", "categories"). */
    private static String baseOf(String piece, Lexicon lexicon) {
        if (lexicon.isWord(piece)) {
            return piece;
        }
        String singular = Words.stem(piece);
        return !singular.equals(piece) && lexicon.isWord(singular) ? singular : null;
    }
}
