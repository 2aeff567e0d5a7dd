package dev.askbar.core.schema;

import com.github.benmanes.caffeine.cache.Cache;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Scores tables against question terms; word weights fall as more tables in this schema use the word. */
final class TableScorer {
    /** A named label weighs a little more than a matching column name and less than a matching table name. */
    private static final double VALUE_WEIGHT = 3;
    /** A flag saying what a row is ({@link ColumnInfo#rowRole}) names the rows nearly as the table's name does. */
    private static final double ROLE_FLAG_WEIGHT = 4;
    /**
     * What a label counts for in a table where it repeats rather than names a row, or where it is the word a table of
     * the schema is named by (a menu's "Categories" entry names a feature, not a row the question filters on).
     */
    private static final double COPY_WEIGHT = 0.25;

    private static final Cache<SchemaSnapshot, TableScorer> SPLITTING = PerSnapshot.cache();
    private static final Cache<SchemaSnapshot, TableScorer> WHOLE_NAMES = PerSnapshot.cache();

    private final Map<String, Integer> tablesUsing = new HashMap<>();
    /**
     * The schema's words by their first letter and length: a question word is compared with the words starting as it
     * does within the lengths a rule can accept, not with the tens of thousands of a big catalog.
     */
    private final Map<Character, Map<Integer, List<String>>> byFirstLetter = new HashMap<>();
    /** The length of the schema's longest word: where "longer than" ends. */
    private int longest;
    /** The same words by length: a typo or cognate with another first letter is only a few letters longer or shorter. */
    private final Map<Integer, List<String>> byLength = new HashMap<>();

    private final Set<String> tableNameWords = new java.util.HashSet<>();
    private final Map<TableInfo, TableWords> words = new HashMap<>();
    private final int tableCount;
    private final boolean split;
    /** The schema is named in Spanish, German…: its words English also uses are read in that language too. */
    private final boolean otherLanguage;

    /**
     * The words of a table's names and comments, as scoring reads them; {@code columns} in column order, {@code roles}
     * each column's {@link ColumnInfo#rowRole} (null for none), {@code ownParts} the words of its name that are its own
     * (not "id", not the start of another of its words).
     */
    private record TableWords(
            Set<String> name,
            Set<String> schema,
            Set<String> comment,
            List<Set<String>> columns,
            List<Set<String>> columnComments,
            List<String> roles,
            List<String> ownParts,
            Set<String> alias) {}

    /** The scorer for this snapshot, made once. */
    static TableScorer of(SchemaSnapshot schema, boolean split) {
        return (split ? SPLITTING : WHOLE_NAMES).get(schema, s -> new TableScorer(s, split));
    }

    TableScorer(SchemaSnapshot schema, boolean split) {
        this.split = split;
        this.tableCount = schema.tables().size();
        this.otherLanguage = split
                && ForeignWords.namedInOtherLanguage(
                        schema.tables().stream().map(TableInfo::name).toList());
        for (TableInfo t : schema.tables()) {
            TableWords w = wordsOf(t);
            words.put(t, w);
            tableNameWords.addAll(w.name());
            tableNameWords.addAll(w.alias());
            Set<String> seen = new LinkedHashSet<>(w.name());
            seen.addAll(w.alias());
            w.columns().forEach(seen::addAll);
            seen.forEach(x -> tablesUsing.merge(x, 1, Integer::sum));
        }
        for (String w : tablesUsing.keySet()) {
            if (!w.isEmpty()) {
                byFirstLetter
                        .computeIfAbsent(w.charAt(0), c -> new HashMap<>())
                        .computeIfAbsent(w.length(), n -> new ArrayList<>())
                        .add(w);
                longest = Math.max(longest, w.length());
                byLength.computeIfAbsent(w.length(), n -> new ArrayList<>()).add(w);
            }
        }
    }

    /**
     * The schema words {@link Lookalike#similar} or a clipped or cut-short form can find for a long word: those starting
     * as it does, and those of about its length that do not (a few edits away, the first letter among them).
     */
    private List<String> mayLookAlike(String word) {
        int most = Lookalike.MOST_LENGTH_DIFFERENCE;
        // cut short (half the word up to all of it), alike (a few letters either way), or its clipped form (twice it)
        List<String> out =
                startingAs(word, Math.min((word.length() + 1) / 2, word.length() - most), word.length() + most);
        out.addAll(startingAs(word, 2 * word.length(), longest));
        for (int n = word.length() - most; n <= word.length() + most; n++) {
            for (String w : byLength.getOrDefault(n, List.of())) {
                if (w.charAt(0) != word.charAt(0)) {
                    out.add(w);
                }
            }
        }
        return out;
    }

    /** The schema words starting as the word does, of {@code fewest} to {@code most} letters. */
    private List<String> startingAs(String word, int fewest, int most) {
        List<String> out = new ArrayList<>();
        Map<Integer, List<String>> ofLetter = word.isEmpty() ? null : byFirstLetter.get(word.charAt(0));
        if (ofLetter != null) {
            for (int n = Math.max(1, fewest); n <= Math.min(most, longest); n++) {
                out.addAll(ofLetter.getOrDefault(n, List.of()));
            }
        }
        return out;
    }

    private TableWords wordsOf(TableInfo t) {
        List<Set<String>> columns = new ArrayList<>();
        List<Set<String>> comments = new ArrayList<>();
        List<String> roles = new ArrayList<>();
        for (ColumnInfo c : t.columns()) {
            columns.add(Set.copyOf(nameWords(c.name())));
            comments.add(c.comment().map(Words::of).map(Set::copyOf).orElse(Set.of()));
            roles.add(c.rowRole().orElse(null));
        }
        Set<String> name = java.util.Collections.unmodifiableSet(nameWords(t.name()));
        return new TableWords(
                name,
                Set.copyOf(nameWords(t.schema())),
                t.comment().map(Words::of).map(Set::copyOf).orElse(Set.of()),
                List.copyOf(columns),
                List.copyOf(comments),
                java.util.Collections.unmodifiableList(roles),
                name.stream()
                        .filter(n -> !n.equals("id") && !joinsOthers(n, name))
                        .toList(),
                alias(t, name));
    }

    /** The shortest first word of columns that can name their table: shorter ones are codes ({@code ar_}, {@code cc_}). */
    private static final int SHORTEST_ALIAS = 4;

    /**
     * What a table's columns call its rows when its name says something else: xTuple's {@code whsinfo} has
     * {@code warehous_id, warehous_code, …}, Koha's {@code aqbudgets} {@code budget_id, budget_name, …}. Legacy
     * schemas prefix every column with the entity's name, so when two thirds of the columns (three at least) start
     * with one word the name does not hold, that word names the table too.
     */
    private Set<String> alias(TableInfo t, Set<String> name) {
        Map<String, Integer> firsts = new HashMap<>();
        int columns = t.columns().size();
        for (ColumnInfo c : t.columns()) {
            String n = c.name().toLowerCase(java.util.Locale.ROOT);
            int cut = n.indexOf('_');
            if (cut >= SHORTEST_ALIAS) {
                firsts.merge(n.substring(0, cut), 1, Integer::sum);
            }
        }
        for (Map.Entry<String, Integer> e : firsts.entrySet()) {
            if (columns >= 3 && 3 * e.getValue() >= 2 * columns) {
                Set<String> words = nameWords(e.getKey());
                words.removeIf(w -> w.equals("id") || name.contains(w));
                return Set.copyOf(words);
            }
        }
        return Set.of();
    }

    /** A table of the snapshot from the words found once; any other (a test's) from its names now. */
    private TableWords words(TableInfo t) {
        TableWords w = words.get(t);
        return w != null ? w : wordsOf(t);
    }

    Set<String> nameWords(String identifier) {
        Set<String> out = new LinkedHashSet<>();
        if (split) {
            for (String w : IdentifierWords.of(identifier)) {
                out.add(Words.stem(w));
                if (otherLanguage) {
                    ForeignWords.meaningInOtherLanguage(w).forEach(m -> out.add(Words.stem(m)));
                }
            }
            if (out.size() > 1 && identifier.indexOf('_') < 0) {
                // the run-together name itself too: a question may say it whole, or cut short ("minifig")
                out.add(Words.stem(identifier.toLowerCase(java.util.Locale.ROOT)));
            }
        } else {
            out.addAll(Words.of(identifier));
            out.add(Words.stem(identifier.toLowerCase(java.util.Locale.ROOT)));
        }
        return out;
    }

    private double weight(String word) {
        int n = tablesUsing.getOrDefault(word, 1);
        return Math.log(1.0 + (double) tableCount / n);
    }

    boolean knows(String word) {
        return tablesUsing.containsKey(word);
    }

    /** Whether some table's name has this word ("person", "order"); a column's alone does not count. */
    boolean namesTables(String word) {
        return tableNameWords.contains(word);
    }

    /**
     * Schema words that are a question word cut short, as badly named schemas write them: `nutr` for nutrient, `src`
     * for source, `deriv` for derivation, `qty` for quantity. A schema word counts as one when it is no English word
     * itself, starts like the question word, has its letters in order within it and is at least half as long (three
     * letters at least). Kept whatever else the question word matches: abbreviated names sit beside whole ones.
     */
    Set<String> abbreviations(String word, java.util.function.Predicate<String> english) {
        Set<String> out = new LinkedHashSet<>();
        if (word.length() < 4 || !english.test(word)) {
            return out;
        }
        for (String candidate : startingAs(word, (word.length() + 1) / 2, word.length() - 1)) {
            if (candidate.length() >= 3
                    && 2 * candidate.length() >= word.length()
                    && candidate.length() < word.length()
                    && candidate.charAt(0) == word.charAt(0)
                    && inOrder(candidate, word)
                    && !english.test(candidate)) {
                out.add(candidate);
            }
        }
        return out;
    }

    private static boolean inOrder(String letters, String word) {
        int at = 0;
        for (int i = 0; i < letters.length(); i++) {
            at = word.indexOf(letters.charAt(i), at);
            if (at < 0) {
                return false;
            }
            at++;
        }
        return true;
    }

    /**
     * Schema words spelled almost like a question word the schema does not use: a typo ("custmer") or a
     * cognate from another language ("categoria", "departement", "produkt"), long words only, since short ones
     * are one letter away from too much; and the whole word a question's clipped one stands for, as people say
     * "repo", "org", "admin" or "config" for what a schema spells out (a schema word starting with it, at least
     * twice as long).
     *
     * @param alsoEnglish which schema words are English when the question's word is too (none when it is not): a word
     *     of English spelled almost like another is that other word, not its typo ("stuck" and stock)
     */
    Set<String> lookalikes(String word, java.util.function.Predicate<String> alsoEnglish) {
        Set<String> out = new LinkedHashSet<>();
        if (word.length() < 3) {
            return out;
        }
        boolean longWord = word.length() >= 5;
        // a short word only meets the words it is the clipped form of, all starting as it does
        for (String candidate : longWord ? mayLookAlike(word) : startingAs(word, 2 * word.length(), longest)) {
            boolean clipped = candidate.length() >= 2 * word.length() && candidate.startsWith(word);
            // a name cut short ("minifig" for minifigure, "desc" for description): at least four letters and half of
            // the word
            boolean cutShort =
                    candidate.length() >= 4 && word.startsWith(candidate) && 2 * candidate.length() >= word.length();
            // two words of English spelled almost alike are two words ("stuck" is no typo of stock)
            boolean typo =
                    candidate.length() >= 5 && Lookalike.similar(word, candidate) && !alsoEnglish.test(candidate);
            if (clipped || longWord && (typo || cutShort)) {
                out.add(candidate);
            }
        }
        return out;
    }

    /**
     * The table's score per question term (index i for term i), plus one last slot for what belongs to no
     * single term: the question naming the table outright, and common values it mentions.
     */
    double[] contributions(TableInfo t, SchemaLinker.QuestionTerms q) {
        return contributions(t, q, TermMatches.of(q.terms()));
    }

    /** As {@link #contributions(TableInfo, SchemaLinker.QuestionTerms)}, with the question's words indexed once. */
    double[] contributions(TableInfo t, SchemaLinker.QuestionTerms q, TermMatches matches) {
        TableWords tw = words(t);
        Set<String> name = tw.name();
        List<SchemaLinker.Term> terms = q.terms();
        int count = terms.size();
        double[] out = new double[count + 1];
        double[] best = new double[count];
        double[] none = matches.none();
        boolean anyColumn = false;
        for (int k = 0; k < t.columns().size(); k++) {
            double[] column = matches.of(tw.columns().get(k));
            double[] columnComment = matches.of(tw.columnComments().get(k));
            String rowRole = tw.roles().get(k);
            double[] role = rowRole == null ? none : matches.of(rowRole);
            if (column == none && columnComment == none && role == none) {
                continue; // most columns of a catalog's thousands of tables match nothing the question says
            }
            anyColumn = true;
            for (int i = 0; i < count; i++) {
                double m = column[i] * 2;
                if (m > 0 && terms.get(i).word().equals("id")) {
                    m = 0;
                }
                m = Math.max(m, ROLE_FLAG_WEIGHT * role[i]);
                best[i] = Math.max(best[i], Math.max(m, columnComment[i]));
            }
        }
        double[] inName = matches.of(name);
        double[] inAlias = tw.alias().isEmpty() ? none : matches.of(tw.alias());
        double[] comment = matches.of(tw.comment());
        double[] schemaWords = matches.of(tw.schema());
        // the name's share said only matters, and is only worked out, when the question says some of it
        double coverage = inName == none ? 1 : nameCoverage(name, matches);
        Set<String> covered = inName == none ? Set.of() : new LinkedHashSet<>();
        // a table nothing matched scores zero on every term: its words' weights are not looked up
        boolean matched = anyColumn || inName != none || inAlias != none || comment != none || schemaWords != none;
        boolean byAlias = false;
        for (int i = 0; matched && i < count; i++) {
            SchemaLinker.Term term = terms.get(i);
            if (inName[i] > 0) {
                name.stream().filter(term::names).forEach(covered::add);
            }
            // the columns' word for the rows names the table whole, however little of the name it shares
            double named = Math.max(inName[i] * coverage, inAlias[i]);
            byAlias |= inAlias[i] > 0;
            out[i] = weight(term.word()) * (5 * named + best[i] + comment[i] + 1.5 * schemaWords[i]);
        }
        double extra = 0;
        List<String> parts = tw.ownParts();
        if (byAlias || !parts.isEmpty() && covered.containsAll(parts)) {
            extra += 3; // the question names this table outright, not just a part of its name
        }
        out[terms.size()] = extra;
        // each stretch of the question counts once per table, however many of its columns hold the label
        Set<Integer> starts = new java.util.HashSet<>(4);
        for (ValueIndex.Hit hit : q.values()) {
            if (hit.table() == t && starts.add(hit.start())) {
                // a table holding copies of the label (an import, a log) is rarely the one the question is about
                double score = VALUE_WEIGHT
                        * hit.weight()
                        * Math.log(1.0 + (double) tableCount / hit.tablesHolding())
                        * (hit.defining() ? 1 : COPY_WEIGHT)
                        * (namesATable(hit) ? COPY_WEIGHT : 1);
                out[slotOf(hit, q)] += score;
            }
        }
        return out;
    }

    /** A label of one word that is a word of some table's name ("Categories" beside a categories table). */
    private boolean namesATable(ValueIndex.Hit hit) {
        List<String> words = Words.stems(hit.value());
        return words.size() == 1 && namesTables(words.get(0));
    }

    /**
     * Where a label's score counts: under the question word it is, so a one-word label ("horror") and a table named
     * by that word compete for it; a label of several words ("credit card") is more than any one of them, and a table
     * chosen for one of its words (a customer's credit limit) must not use it up, so it counts on its own.
     */
    private static int slotOf(ValueIndex.Hit hit, SchemaLinker.QuestionTerms q) {
        List<String> words = Words.stems(hit.value());
        if (words.size() == 1) {
            int k = q.termOf(words.get(0));
            if (k >= 0) {
                return k;
            }
        }
        return q.terms().size();
    }

    /**
     * How much of the table's name the question says, as a damping factor for name matches: "releases" names
     * release outright but only a third of release_tag_raw, so a family of satellite tables (tags, aliases,
     * annotations of a release) no longer outranks the table they describe.
     */
    private static double nameCoverage(Set<String> name, TermMatches matches) {
        int parts = 0;
        int said = 0;
        for (String n : name) {
            if (n.length() < 2 || n.equals("id") || joinsOthers(n, name)) {
                continue;
            }
            parts++;
            if (matches.any(n)) {
                said++;
            }
        }
        return parts == 0 ? 1 : Math.sqrt((double) Math.max(said, 1) / parts);
    }

    /**
     * Every word of the table's name (its key aside) is a question word or one of its synonyms: "cities" names
     * city, "customer country" names customer and country; neither names country_ticket.
     */
    boolean namedOutright(TableInfo t, SchemaLinker.QuestionTerms q) {
        Set<String> name = nameWords(t.name());
        List<String> parts = name.stream()
                .filter(n -> !n.equals("id") && !joinsOthers(n, name))
                .toList();
        return !parts.isEmpty()
                && parts.stream()
                        .allMatch(n -> q.terms().stream()
                                .anyMatch(term ->
                                        term.word().equals(n) || term.related().contains(n)));
    }

    /** "salesperson" among {salesperson, sale, person}: the whole name, already covered by its parts. */
    private static boolean joinsOthers(String word, Set<String> words) {
        return words.size() > 1 && words.stream().filter(w -> !w.equals(word)).anyMatch(word::startsWith);
    }

    /** A word that matches more columns of one table than this says little about which of them the question needs. */
    private static final int COLUMNS_PER_TERM = 4;

    /**
     * The matched columns a compact line keeps: a word that matches many columns of a table ("product" in an order
     * line's twenty product_* columns) keeps only its shortest-named few (product_id, product_name), which are the
     * plain ones; the rest would take the room of tables the question needs.
     */
    Set<String> columnsToShow(TableInfo t, SchemaLinker.QuestionTerms q) {
        Set<String> kept = new HashSet<>();
        for (SchemaLinker.Term term : q.terms()) {
            List<String> hits = columnsMatching(t, term);
            kept.addAll(
                    hits.size() <= COLUMNS_PER_TERM
                            ? hits
                            : hits.stream()
                                    .sorted(Comparator.comparingInt(String::length))
                                    .limit(COLUMNS_PER_TERM)
                                    .toList());
        }
        return inTableOrder(t, q, kept);
    }

    /** Columns of the table that some question term matches: worth keeping in a compact line. */
    Set<String> matchedColumns(TableInfo t, SchemaLinker.QuestionTerms q) {
        Set<String> kept = new HashSet<>();
        q.terms().forEach(term -> kept.addAll(columnsMatching(t, term)));
        return inTableOrder(t, q, kept);
    }

    /** The columns holding labels the question names, then the given ones in the table's order. */
    private static Set<String> inTableOrder(TableInfo t, SchemaLinker.QuestionTerms q, Set<String> columns) {
        Set<String> out = new LinkedHashSet<>();
        q.values().stream().filter(h -> h.table() == t).forEach(h -> out.add(h.column()));
        t.columns().stream().map(ColumnInfo::name).filter(columns::contains).forEach(out::add);
        return out;
    }

    /** The columns a term matches ("id" matches every key, so none). */
    private List<String> columnsMatching(TableInfo t, SchemaLinker.Term term) {
        List<String> out = new ArrayList<>();
        if (term.word().equals("id")) {
            return out;
        }
        TableWords tw = words(t);
        for (int k = 0; k < t.columns().size(); k++) {
            if (term.match(tw.columns().get(k)) > 0) {
                out.add(t.columns().get(k).name());
            }
        }
        return out;
    }

    /**
     * The question's terms indexed by the schema words they match, each with what {@link SchemaLinker.Term#match}
     * gives it: a table's words are looked up once each, not each term's synonyms against each column, which on a
     * catalog of thousands of tables was most of a question's linking time.
     */
    static final class TermMatches {
        private final Map<String, double[]> byWord = new HashMap<>();
        private final double[] none;

        private TermMatches(int terms) {
            this.none = new double[terms];
        }

        static TermMatches of(List<SchemaLinker.Term> terms) {
            TermMatches m = new TermMatches(terms.size());
            for (int i = 0; i < terms.size(); i++) {
                SchemaLinker.Term t = terms.get(i);
                for (String w : t.broader()) {
                    m.raise(w, i, SchemaLinker.Term.BROADER);
                }
                for (String w : t.related()) {
                    m.raise(w, i, SchemaLinker.Term.RELATED);
                }
                m.raise(t.word(), i, SchemaLinker.Term.SAME);
            }
            return m;
        }

        private void raise(String word, int term, double match) {
            double[] per = byWord.computeIfAbsent(word, w -> new double[none.length]);
            per[term] = Math.max(per[term], match);
        }

        /** Per term, what it matches among these words at best; a shared array of zeros when nothing: not to write. */
        double[] of(Set<String> words) {
            double[] out = null;
            for (String w : words) {
                double[] per = byWord.get(w);
                if (per == null) {
                    continue;
                }
                if (out == null) {
                    out = per.clone();
                } else {
                    for (int i = 0; i < out.length; i++) {
                        out[i] = Math.max(out[i], per[i]);
                    }
                }
            }
            return out == null ? none : out;
        }

        /** As {@link #of(Set)} for one word; the same not-to-write arrays. */
        double[] of(String word) {
            double[] per = byWord.get(word);
            return per == null ? none : per;
        }

        /** Nothing matched: zeros, not to write. */
        double[] none() {
            return none;
        }

        /** Whether some term matches the word. */
        boolean any(String word) {
            return byWord.containsKey(word);
        }
    }
}
