package dev.askbar.core.schema;

import com.github.benmanes.caffeine.cache.Cache;
import dev.askbar.core.llm.PromptTokens;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Chooses the tables a question needs and writes them within a token budget. Free tiers count tokens per day,
 * so a 300-table schema must not ride along with every question.
 * <ol>
 *   <li>Each table is scored on the question's words found in its name, columns, comments and common values,
 *   weighted by how rare the word is in this schema. Names are split into words whatever their style
 *   ({@link IdentifierWords}); question words also match their WordNet synonyms and derived forms
 *   ({@link Lexicon}) and the meanings the {@link Vocabulary} gives them. A label of a small lookup table that
 *   the question names ("horror", "AC/DC") scores the table that defines it ({@link ValueIndex}).</li>
 *   <li>The foreign-key graph completes the choice: the tables on the shortest path between two chosen tables
 *   (a bridge such as state/province between address and country), and the table that holds the names of
 *   what a chosen table points at, and when the question names a place ("racks at DM-Akron") the nearest table of
 *   places ({@link PlaceTables}); when the question asks for an amount, the line table of a chosen order or
 *   invoice ({@link DetailLines}), and from each table the question measures that holds no amounts (an employee, a
 *   store, a country it names) the join path to the nearest table that records them ({@link AmountPaths}).</li>
 *   <li>Every chosen table goes in, in a compact form (keys, the foreign keys to tables the prompt shows, the
 *   columns the question matches, name columns) first; the best ones are then written in full as far as the budget
 *   allows. Keys to tables left out are not written: they join to nothing the model can read, and on a big schema
 *   they took the room of tables it could.</li>
 *   <li>What budget is left goes to the tables joined to two chosen ones, then to every other table, compactly
 *   (the chosen tables' neighbours and schemas first): on a schema whose names are codes ({@code title} for films, {@code nut_data}) the words
 *   of a question miss tables no rule can guess, and the budget is what the operator chose to spend.</li>
 *   <li>A fifth of the budget, set aside before the lines are laid out, names the tables still left out, the scored
 *   ones first ({@link OtherTables}): a model that sees a name can ask to see the table, one that does not see it
 *   cannot know it is there.</li>
 * </ol>
 */
public final class SchemaLinker {
    /** The linking stages, each of which can be switched off to measure what it is worth. */
    public enum Stage {
        /** split run-together and camelCase names into words */
        SPLIT_NAMES,
        /** WordNet synonyms and derived forms, and the vocabulary */
        SYNONYMS,
        /** bridge and name tables from the foreign-key graph */
        GRAPH,
        /** less relevant tables in compact form so more fit */
        COMPACT,
        /** labels of small lookup tables named in the question ("horror" → the category holding 'Horror') */
        VALUES,
        /**
         * when the question asks for an amount: the line items of a chosen order or invoice, and the join path from a
         * table holding no amounts to the nearest one that records them (employee ← customer ← invoice)
         */
        DETAIL_LINES,
        /** what budget is left: the tables not chosen, compactly, the chosen tables' neighbours and schemas first */
        FILL,
        /**
         * the tables that did not fit, by name only, in a fifth of the budget, so the model can ask to see one
         * ({@link OtherTables})
         */
        NAMES
    }

    static final int MAX_SEEDS = 8;
    /** At most this many tables of approved examples are written first, the best example's first. */
    public static final int MAX_TAUGHT = MAX_SEEDS;
    /** How many of the strongest seeds are written in full before the next best tables are given a place. */
    private static final int FIRST_IN_FULL = 3;
    /** How many of the best-scored tables get a place, compactly, before the other seeds are written in full. */
    private static final int PRESENT_BEFORE_DETAIL = 3 * MAX_SEEDS;
    /** How many of the best-scored tables are written before the seeds' joins, if they score {@link #BEST_SHARE}. */
    private static final int BEST_BEFORE_JOINS = 4;
    /** The share of the best score that earns a place before the joins (at half, wide tables crowded out lookups). */
    private static final double BEST_SHARE = 0.6;
    /** A seed pointing at more tables than this brings only those the question's words reach, not all of them. */
    private static final int MAX_LOOKUPS = 12;
    /** How many tables where chosen ones meet get a place before the rest of what the question's words found. */
    private static final int MEETING_BEFORE_WORDS = 3;
    /** The share of the best table's score on a word from which a chosen seed covers the word wholly. */
    private static final double COVERED_SHARE = 0.7;
    /** What a seed that covers a question word wholly takes of the word's weight: 0.35 of it is left for the others. */
    private static final double COVERED_TAKES = 0.65;
    /** About the fewest tokens a table's line takes ({@code s.t(id PK, …)}): with less left, nothing more fits. */
    private static final int SHORTEST_LINE = 6;

    private static final int MAX_PATH = 4;
    /** A question whose answer is people or their names. */
    private static final java.util.regex.Pattern WHO = java.util.regex.Pattern.compile("\\b(who|whom|whose)\\b");
    /**
     * A label held by more tables than this ("Other", "Active") says nothing about which one the question means.
     */
    private static final int MAX_TABLES_PER_LABEL = 3;
    /** What a label counts for when the question names only the kind of thing it is. */
    private static final double KIND_WEIGHT = 0.5;
    /** Questions are a sentence or two; a pasted essay is linked on its start, bounding the work per question. */
    private static final int MAX_QUESTION_WORDS = 80;

    /**
     * Each snapshot written whole and counted, once: on a catalog of thousands of tables writing it per question costs
     * 30 ms, and counting it more.
     */
    private static final Cache<SchemaSnapshot, Whole> WHOLE = PerSnapshot.cache();

    private record Whole(String text, int tokens) {}

    /**
     * Each table's {@link Layout#shortestLine}, per snapshot: once a prompt is nearly full it is asked of every table
     * of a catalog of thousands.
     */
    private static final Cache<SchemaSnapshot, Map<TableInfo, Integer>> SHORTEST_LINES = PerSnapshot.cache();
    /**
     * Each table's place in {@link TableInfo#BY_QUALIFIED_NAME}'s order, per snapshot: ranking ties among thousands of
     * scored tables are broken by it without comparing names letter by letter.
     */
    private static final Cache<SchemaSnapshot, Map<TableInfo, Integer>> NAME_ORDER = PerSnapshot.cache();
    /** Each table's name run together and stemmed, per snapshot: a label that merely repeats one names no row. */
    private static final Cache<SchemaSnapshot, Set<String>> TABLE_NAMES = PerSnapshot.cache();

    private final int tokenBudget;
    private final Set<Stage> stages;

    public SchemaLinker(int tokenBudget) {
        this(tokenBudget, EnumSet.allOf(Stage.class));
    }

    /** A linker with only the given stages, for measuring each one's worth. */
    public SchemaLinker(int tokenBudget, Set<Stage> stages) {
        this.tokenBudget = tokenBudget;
        this.stages = stages.isEmpty() ? EnumSet.noneOf(Stage.class) : EnumSet.copyOf(stages);
    }

    /**
     * Works out now what linking keeps per snapshot (implied keys, the whole-schema text, the words of every name, the
     * join graph, labels, line tables, amount paths), so the first question on a freshly read schema does not wait
     * for it: seconds on a catalog of thousands of tables. WordNet is loaded too, once per process.
     */
    public static void prepare(SchemaSnapshot declared) {
        Lexicon.get();
        SchemaSnapshot schema = ImpliedKeys.of(declared);
        whole(schema);
        shortestLines(schema);
        TableScorer.of(schema, true);
        ValueIndex.of(schema);
        DetailLines.prepare(schema);
        AmountPaths.in(schema);
    }

    private static Map<TableInfo, Integer> shortestLines(SchemaSnapshot schema) {
        return SHORTEST_LINES.get(schema, s -> {
            Map<TableInfo, Integer> out = new java.util.IdentityHashMap<>();
            SchemaPrompt prompt = SchemaPrompt.of(s);
            s.tables().forEach(t -> out.put(t, Layout.shortestLine(prompt, t)));
            return out;
        });
    }

    private static Map<TableInfo, Integer> nameOrder(SchemaSnapshot schema) {
        return NAME_ORDER.get(schema, s -> {
            List<TableInfo> sorted = new ArrayList<>(s.tables());
            sorted.sort(TableInfo.BY_QUALIFIED_NAME);
            Map<TableInfo, Integer> out = new java.util.IdentityHashMap<>();
            for (int i = 0; i < sorted.size(); i++) {
                out.put(sorted.get(i), i);
            }
            return out;
        });
    }

    private static Whole whole(SchemaSnapshot schema) {
        return WHOLE.get(schema, s -> {
            String text = SchemaPrompt.of(s).render(s.tables());
            return new Whole(text, PromptTokens.count(text));
        });
    }

    public LinkedSchema link(String question, SchemaSnapshot schema) {
        return link(question, schema, Vocabulary.none());
    }

    /** Links with the team's business vocabulary (from the glossary) added to the built-in one. */
    public LinkedSchema link(String question, SchemaSnapshot declared, Vocabulary vocabulary) {
        return link(question, declared, vocabulary, List.of());
    }

    /**
     * Links as above, with the tables that approved answers to questions like this one read ({@code taught}, from the
     * team's verified examples) written first, within the same budget: they are what the team confirmed such a question
     * needs, which the question's words may not find (an application's own name for a thing). Where the words alone
     * already describe every one of them, their link is kept as it is: written first, the taught tables would only
     * take the room of what else the words found (an example picked for a shared "Comune di" crowding out the table of
     * payment types). Otherwise the ones the words missed come first.
     */
    public LinkedSchema link(
            String question, SchemaSnapshot declared, Vocabulary vocabulary, Collection<TableInfo> taught) {
        LinkedSchema byWords = linkTaught(question, declared, vocabulary, List.of());
        if (taught.isEmpty()) {
            return byWords;
        }
        Set<String> described = new HashSet<>();
        byWords.tables().forEach(t -> described.add(t.qualifiedName()));
        List<TableInfo> missed = new ArrayList<>();
        List<TableInfo> found = new ArrayList<>();
        for (TableInfo t :
                inSnapshot(taught, declared).stream().limit(MAX_TAUGHT).toList()) {
            (described.contains(t.qualifiedName()) ? found : missed).add(t);
        }
        if (missed.isEmpty()) {
            return byWords;
        }
        List<TableInfo> missedFirst = new ArrayList<>(missed);
        missedFirst.addAll(found);
        return linkTaught(question, declared, vocabulary, missedFirst);
    }

    private LinkedSchema linkTaught(
            String question, SchemaSnapshot declared, Vocabulary vocabulary, Collection<TableInfo> taught) {
        SchemaSnapshot schema = stages.contains(Stage.GRAPH) ? ImpliedKeys.of(declared) : declared;
        Whole whole = whole(schema);
        if (whole.tokens() <= tokenBudget) {
            return new LinkedSchema(schema.tables(), whole.text(), whole.tokens(), true);
        }
        boolean synonyms = stages.contains(Stage.SYNONYMS);
        Vocabulary words = synonyms ? Vocabulary.builtIn().and(vocabulary) : vocabulary;
        TableScorer scorer = TableScorer.of(schema, stages.contains(Stage.SPLIT_NAMES));
        QuestionTerms terms = QuestionTerms.of(
                        question,
                        words.meaningsIn(question),
                        synonyms ? Lexicon.get() : null,
                        scorer::knows,
                        scorer::namesTables,
                        synonyms ? scorer::lookalikes : (w, english) -> Set.of(),
                        synonyms
                                ? w -> scorer.abbreviations(
                                        w, x -> Lexicon.get().frequency(x) >= 0)
                                : w -> Set.of())
                .withValues(
                        stages.contains(Stage.VALUES)
                                ? valuesNamed(question, schema, synonyms, scorer::knows)
                                : List.of());
        ForeignKeyGraph graph = ForeignKeyGraph.of(schema);
        Scores scores = Scores.of(schema, terms, scorer, graph);
        List<TableInfo> seeds = scores.ranked().isEmpty()
                ? mostReferenced(schema).stream().limit(MAX_SEEDS).toList()
                : seeds(scores.ranked(), scores.parts(), terms.terms().size());
        if (stages.contains(Stage.GRAPH)) {
            seeds = withNamedTargets(seeds, graph, terms, scorer);
        }
        Set<TableInfo> required =
                stages.contains(Stage.GRAPH) ? complete(seeds, graph, scores.total()) : new LinkedHashSet<>(seeds);
        if (stages.contains(Stage.GRAPH)) {
            Set<TableInfo> typed = EntityTables.classified(terms.values(), required, graph);
            required.addAll(typed);
            List<TableInfo> entities = new ArrayList<>(seeds.subList(0, Math.min(3, seeds.size())));
            entities.addAll(typed);
            if (WHO.matcher(terms.lowerQuestion()).find()) {
                // "who manages Sales?": the answer is names, so a chosen table holding none (a department's managers)
                // brings the way to the one that does (the employee)
                for (TableInfo t : List.copyOf(required)) {
                    required.addAll(graph.towardsNames(t, 2));
                }
                // "who's in the finance-analysts group?": the group's people, through the table of who is in it
                for (TableInfo t : seeds.subList(0, Math.min(2, seeds.size()))) {
                    required.addAll(graph.membersOf(t, PeopleTables::holdsPersonNames));
                }
            }
            Lexicon lexicon = Lexicon.get();
            boolean namesUnknownRow = synonyms
                    && NamedRows.namesUnknownRow(
                            question, terms.values(), scorer::knows, w -> lexicon.frequency(w) >= 0);
            if (namesUnknownRow) {
                required.addAll(NamedRows.holders(seeds.subList(0, Math.min(2, seeds.size())), graph));
            }
            // "racks at DM-Akron": the site's table, whose key the racks hold, though no word of the question names it
            if (synonyms && PlaceTables.asked(question, scorer::knows, lexicon)) {
                required.addAll(
                        PlaceTables.near(seeds.subList(0, Math.min(2, seeds.size())), required, graph, lexicon));
            }
            // nothing chosen holds anyone's name, or any company (no key leads there, or none is declared): the
            // schema's table of them stands in
            if (synonyms
                    && required.stream().noneMatch(PeopleTables::holdsPersonNames)
                    && PeopleTables.asked(question, lexicon)) {
                for (TableInfo t :
                        PeopleTables.of(schema, graph).stream().limit(1).toList()) {
                    joinIn(t, seeds, required, graph, scores);
                }
            }
            if (synonyms
                    && required.stream().noneMatch(OrganisationTables::isOrganisations)
                    && OrganisationTables.asked(question, required, namesUnknownRow)) {
                for (TableInfo t :
                        OrganisationTables.of(schema, graph).stream().limit(1).toList()) {
                    joinIn(t, seeds, required, graph, scores);
                }
            }
            required.addAll(EntityTables.extending(
                    entities,
                    graph,
                    terms,
                    scorer,
                    stages.contains(Stage.DETAIL_LINES) && DetailLines.asksAboutTime(terms.lowerQuestion())));
        }
        // an example reading dozens of tables must not leave the question's own no room
        List<TableInfo> taughtHere =
                inSnapshot(taught, schema).stream().limit(MAX_TAUGHT).toList();
        if (!taughtHere.isEmpty()) {
            required = withTaught(taughtHere, required, graph);
        }
        // the names of the tables left out get their share first, so the lines of the others are laid out around it
        int forNames = stages.contains(Stage.NAMES)
                ? OtherTables.cost(schema.tables().iterator(), t -> false, tokenBudget / OtherTables.SHARE)
                : 0;
        Layout layout = new Layout(
                SchemaPrompt.of(schema),
                tokenBudget - forNames,
                stages.contains(Stage.COMPACT),
                terms,
                scorer,
                shortestLines(schema));
        if (stages.contains(Stage.DETAIL_LINES) && DetailLines.asksForAmount(terms.lowerQuestion())) {
            List<TableInfo> main = seeds.subList(0, Math.min(2, seeds.size()));
            required.addAll(DetailLines.of(required, main, schema));
            if (AmountPaths.asksForAmount(terms.lowerQuestion())) {
                required.addAll(AmountPaths.in(schema)
                        .of(
                                subjects(main, scores.ranked(), terms, scorer),
                                required,
                                scores.total(),
                                scores.onAmountWords(terms),
                                layout::fitsInBrief));
            }
        }
        for (TableInfo t : taughtHere) {
            // an approved answer read it: its columns are what such a question uses, so it is written out if narrow
            if (layout.addCompact(t)) {
                layout.upgradeIfNarrow(t);
            }
        }
        boolean dated = stages.contains(Stage.DETAIL_LINES) && DetailLines.asksAboutTime(terms.lowerQuestion());
        return write(required, seeds, scores, graph, layout, schema, dated, stages.contains(Stage.FILL), forNames);
    }

    /** The tables as this snapshot holds them (implied keys make new ones); those it no longer has, passed over. */
    private static List<TableInfo> inSnapshot(Collection<TableInfo> tables, SchemaSnapshot schema) {
        List<TableInfo> out = new ArrayList<>();
        for (TableInfo t : tables) {
            schema.table(t.schema(), t.name()).ifPresent(out::add);
        }
        return out;
    }

    /** The taught tables, each with the table holding its rows' names, before the rest. */
    private static Set<TableInfo> withTaught(List<TableInfo> taught, Set<TableInfo> required, ForeignKeyGraph graph) {
        Set<TableInfo> out = new LinkedHashSet<>();
        for (TableInfo t : taught) {
            out.add(t);
            out.addAll(graph.ownNames(t));
        }
        out.addAll(required);
        return out;
    }

    /**
     * What an amount question measures: its two best tables, and every table it names outright ("revenue per
     * customer country" names customer and country, however far a country_ticket outranks country). A table that
     * only shares a word with the question (that country_ticket) is not named outright, so nothing is traced from it.
     */
    private static List<TableInfo> subjects(
            List<TableInfo> main, List<TableInfo> ranked, QuestionTerms terms, TableScorer scorer) {
        Set<TableInfo> out = new LinkedHashSet<>(main);
        for (TableInfo t : ranked) {
            if (scorer.namedOutright(t, terms)) {
                out.add(t);
            }
        }
        return new ArrayList<>(out);
    }

    /**
     * Labels of lookup tables the question names, or names the kind of ("The Beatles" → a 'Group' artist type, at
     * a lower weight). A label that more than a few tables define says nothing; one that is the name of a table
     * ('Artist' in a list of entity types) is the question naming that table, not a value: both dropped.
     */
    private static List<ValueIndex.Hit> valuesNamed(
            String question, SchemaSnapshot schema, boolean kinds, java.util.function.Predicate<String> known) {
        ValueIndex index = ValueIndex.of(schema);
        if (index.isEmpty()) {
            return List.of();
        }
        Set<String> tableNames = TABLE_NAMES.get(schema, s -> {
            Set<String> names = new java.util.HashSet<>();
            s.tables()
                    .forEach(t -> names.add(Words.stem(t.name().replace("_", "").toLowerCase(java.util.Locale.ROOT))));
            return names;
        });
        List<String> words = Words.stems(question);
        words = words.subList(0, Math.min(words.size(), MAX_QUESTION_WORDS));
        List<ValueIndex.Hit> hits = new ArrayList<>(index.find(words));
        if (kinds) {
            Set<String> named = new java.util.HashSet<>();
            hits.forEach(h -> named.add(h.table().qualifiedName()));
            hits.forEach(h -> named.addAll(Words.stems(h.value())));
            int at = words.size();
            // as written, not folded: WordNet knows "Beatles", not "beatle"
            for (String w : new LinkedHashSet<>(Words.tokens(question))) {
                if (at >= 2 * MAX_QUESTION_WORDS) {
                    break;
                }
                // only for words the schema does not use: those name a value, not a table or column
                if (Words.isStopword(w) || known.test(Words.stem(w)) || named.contains(Words.stem(w))) {
                    continue;
                }
                for (String kind : Lexicon.get().broader(w)) {
                    for (ValueIndex.Hit h : index.find(List.of(Words.stem(kind)))) {
                        if (!named.contains(h.table().qualifiedName())) {
                            hits.add(new ValueIndex.Hit(
                                    h.table(),
                                    h.column(),
                                    h.value(),
                                    at,
                                    1,
                                    h.defining(),
                                    h.tablesHolding(),
                                    KIND_WEIGHT));
                        }
                    }
                }
                at++;
            }
        }
        return hits.stream()
                .filter(h -> h.tablesHolding() <= MAX_TABLES_PER_LABEL)
                .filter(h -> !tableNames.contains(String.join("", Words.stems(h.value()))))
                .toList();
    }

    /** Each table's score per question term, weighted by how central the table is, and the tables ranked by total. */
    record Scores(Map<TableInfo, double[]> parts, Map<TableInfo, Double> total, List<TableInfo> ranked) {
        static Scores of(SchemaSnapshot schema, QuestionTerms terms, TableScorer scorer, ForeignKeyGraph graph) {
            Map<TableInfo, double[]> parts = new LinkedHashMap<>();
            Map<TableInfo, Double> total = new LinkedHashMap<>();
            // ranked by plain numbers, not map look-ups and names per comparison: thousands are scored on a catalog
            record Scored(TableInfo table, double total, int nameOrder) {}
            List<Scored> scored = new ArrayList<>();
            Map<TableInfo, Integer> nameOrder = nameOrder(schema);
            TableScorer.TermMatches matches = TableScorer.TermMatches.of(terms.terms());
            for (TableInfo t : schema.tables()) {
                double[] p = scorer.contributions(t, terms, matches);
                if (!anyPositive(p)) {
                    continue; // parts are never negative: a table with none above zero is not scored
                }
                // tables joined to many others are the ones questions are about; a staging or audit table that only
                // shares a word with the question usually stands alone
                double centrality = 1 + 0.15 * Math.min(Math.log(1 + graph.degree(t)), 2.5);
                double sum = 0;
                for (int i = 0; i < p.length; i++) {
                    p[i] *= centrality;
                    sum += p[i];
                }
                parts.put(t, p);
                total.put(t, sum);
                scored.add(new Scored(t, sum, nameOrder.get(t)));
            }
            scored.sort(Comparator.comparingDouble((Scored x) -> -x.total()).thenComparingInt(Scored::nameOrder));
            List<TableInfo> ranked = new ArrayList<>(scored.size());
            scored.forEach(x -> ranked.add(x.table()));
            return new Scores(parts, total, ranked);
        }

        private static boolean anyPositive(double[] p) {
            for (double x : p) {
                if (x > 0) {
                    return true;
                }
            }
            return false;
        }

        /** Each table's score on the question's words that ask for an amount alone ("sold", "revenue"). */
        Map<TableInfo, Double> onAmountWords(QuestionTerms terms) {
            Map<TableInfo, Double> out = new HashMap<>();
            parts.forEach((t, p) -> {
                double sum = 0;
                for (int i = 0; i < terms.terms().size(); i++) {
                    if (AmountPaths.isAmountWord(terms.terms().get(i).word())) {
                        sum += p[i];
                    }
                }
                if (sum > 0) {
                    out.put(t, sum);
                }
            });
            return out;
        }
    }

    /**
     * A foreign key the question names ("shipped to" → shiptoaddressid) leads to a table that belongs in the join:
     * it joins the best seeds, so paths are found from it too.
     */
    private static List<TableInfo> withNamedTargets(
            List<TableInfo> seeds, ForeignKeyGraph graph, QuestionTerms terms, TableScorer scorer) {
        List<TableInfo> anchors = new ArrayList<>(seeds);
        for (TableInfo t : seeds.subList(0, Math.min(3, seeds.size()))) {
            for (TableInfo target : graph.namedTargets(t, terms, scorer)) {
                if (!anchors.contains(target)) {
                    anchors.add(Math.min(anchors.size(), 3), target);
                }
            }
        }
        return anchors;
    }

    /**
     * A table the question asks for without naming it (its people, its companies), with the table that links it to
     * each of the two best seeds: the contacts at a company are joined to it through a link table no word named.
     */
    private static void joinIn(
            TableInfo t, List<TableInfo> seeds, Set<TableInfo> required, ForeignKeyGraph graph, Scores scores) {
        required.add(t);
        for (TableInfo seed : seeds.subList(0, Math.min(2, seeds.size()))) {
            required.addAll(graph.between(t, seed, scores.total(), 2));
        }
    }

    /**
     * The seeds plus what joins them: bridge tables between pairs, the tables holding names, lookups of the best (of
     * one with more than {@link #MAX_LOOKUPS}, those the question's words reach).
     */
    private static Set<TableInfo> complete(
            List<TableInfo> seeds, ForeignKeyGraph graph, Map<TableInfo, Double> scores) {
        Set<TableInfo> required = new LinkedHashSet<>(seeds);
        for (int i = 0; i < seeds.size(); i++) {
            for (int k = i + 1; k < seeds.size(); k++) {
                // the best three may be joined through longer paths than weaker matches
                int longest = i < 3 && k < 3 ? MAX_PATH : MAX_PATH - 1;
                required.addAll(graph.between(seeds.get(i), seeds.get(k), scores, longest));
            }
        }
        for (TableInfo t : seeds.subList(0, Math.min(4, seeds.size()))) {
            required.addAll(graph.towardsNames(t, 3));
        }
        for (TableInfo t : seeds) {
            // a seed no key joins to anything is no answer without the one table that can join it
            required.addAll(graph.anyRowLinks(t));
        }
        for (TableInfo t : List.copyOf(required)) {
            required.addAll(graph.ownNames(t));
        }
        // the best-scored first: on a wide schema the lookups of three seeds can be more than the budget holds, and
        // the one the question names (a product among an order's hundred references) must not come after the rest
        Set<TableInfo> targets = new LinkedHashSet<>();
        for (TableInfo t : seeds.subList(0, Math.min(3, seeds.size()))) {
            List<TableInfo> own = graph.targets(t);
            if (own.size() > MAX_LOOKUPS) {
                // a disease case's eighteen lookups would fill the budget: only those the question's words reach
                own = own.stream().filter(x -> scores.getOrDefault(x, 0.0) > 0).toList();
            }
            targets.addAll(own);
        }
        // a lookup without names of its own (a status kept per language) reads as nothing but numbers
        targets.stream()
                .sorted(Comparator.comparingDouble((TableInfo t) -> -scores.getOrDefault(t, 0.0)))
                .forEach(t -> {
                    required.add(t);
                    required.addAll(graph.ownNames(t));
                });
        return required;
    }

    /**
     * Presence first, detail second: the seeds, then the best few scored near the best that no seed {@linkplain
     * #outscored outscores}, then every other required table in compact form, then the three strongest seeds in full,
     * the next best-scored tables compactly, the other strong seeds in full, the best seed's neighbours, the three
     * tables where most chosen ones meet (a ledger's postings between a journal entry and its currency, named in no
     * question), the one table where most of the tables written so far meet (a learning platform's repository entries,
     * its courses), then further tables compactly while the budget lasts, then in what is left the other tables where
     * two chosen ones meet (a food's nutrient values between food and nutrient), then full lines for the rest of the
     * required ones, then, if {@code fill}, the tables not chosen. Last, every line is written again with its joins to
     * all the tables shown ({@link Layout#settle()}), and what that leaves goes to more tables. A table given a place
     * brings the table of its rows' names, if it keeps them apart (a room type's names per language).
     *
     * @param dated the question is about a time: line tables then bring their dated headers
     */
    private static LinkedSchema write(
            Set<TableInfo> required,
            List<TableInfo> seeds,
            Scores scores,
            ForeignKeyGraph graph,
            Layout layout,
            SchemaSnapshot schema,
            boolean dated,
            boolean fill,
            int forNames) {
        java.util.function.Consumer<TableInfo> add = t -> {
            if (layout.addCompact(t)) {
                // a line without the names of its rows reads as nothing but numbers
                graph.ownNames(t).forEach(layout::addCompact);
                if (dated) {
                    DetailLines.datedHeaders(t, schema).forEach(layout::addCompact);
                }
            }
        };
        double top = seeds.isEmpty() ? 0 : scores.total().getOrDefault(seeds.get(0), 0.0);
        // the seeds, then the few best-scored tables before what joins the seeds: a check register's bank accounts,
        // third by score but no seed (the seeds' words covered its own), must not lose its place to the four-hop paths
        // between a check and a customer account (a seed among the best is outscored by itself, and already written)
        seeds.forEach(add);
        scores.ranked().stream()
                .limit(BEST_BEFORE_JOINS)
                .filter(t -> scores.total().getOrDefault(t, 0.0) >= top * BEST_SHARE)
                .filter(t -> !outscored(t, seeds, scores.parts()))
                .forEach(add);
        required.forEach(add);
        List<TableInfo> strong = seeds.stream()
                .filter(t -> scores.total().getOrDefault(t, 0.0) >= top * 0.5)
                .toList();
        // the best few in full, then the next best present before the rest of the seeds take room in full: on a big
        // schema eight wide tables written out leave no room for a ninth the question's words found
        strong.stream().limit(FIRST_IN_FULL).forEach(layout::upgradeIfNarrow);
        scores.ranked().stream().limit(PRESENT_BEFORE_DETAIL).forEach(add);
        strong.forEach(layout::upgradeIfNarrow);
        if (!seeds.isEmpty()) {
            // best-scored first, then most joined: in catalog order a hub's sixty neighbours (a school's tables) fill
            // the budget before the one the question's words touched
            graph.neighbours(seeds.get(0)).stream()
                    .sorted(Comparator.comparingDouble(
                                    (TableInfo t) -> -scores.total().getOrDefault(t, 0.0))
                            .thenComparingInt(graph::rank))
                    .forEach(add);
        }
        List<TableInfo> meeting = graph.joining(required);
        // on a big schema the hundredth table sharing a word of the question would otherwise leave no room for them
        meeting.stream().limit(MEETING_BEFORE_WORDS).forEach(add);
        // then the one table where most of the tables shown so far meet, though no word of the question names it: a
        // learning platform's courses are its repository entries, which its course records and certificates point at
        graph.joining(layout.written()).stream().limit(1).forEach(add);
        scores.ranked().forEach(add);
        // the rest last, so they only take room nothing the question named needs
        meeting.forEach(add);
        required.forEach(layout::upgrade);
        if (fill) {
            fill(required, scores.ranked(), graph, layout);
        }
        layout.settle();
        // settling drops whole tables to make room for the joins it writes back, usually more room than it needed:
        // what is left goes to more tables, once, and is settled again
        scores.ranked().forEach(add);
        if (fill) {
            fill(required, scores.ranked(), graph, layout);
        }
        layout.settle();
        if (forNames == 0) {
            return layout.result();
        }
        // a chosen table the lines had no room for is named first, then where the tables shown meet, then what the
        // question's words found: a currency every chosen table points at is what an exchange-rate question is
        // missing, not the hundredth table sharing "rate"
        List<TableInfo> namesFirst = new ArrayList<>(required);
        namesFirst.addAll(graph.joining(layout.written()));
        java.util.function.Supplier<java.util.Iterator<TableInfo>> order = () -> new Concatenated(
                List.of(namesFirst.iterator(), leftOut(required, scores.ranked(), graph, scores.ranked())),
                new java.util.HashSet<TableInfo>()::add);
        int full = layout.budget + forNames;
        int names = OtherTables.cost(order.get(), layout::shows, full - layout.used);
        if (fill && names < forNames) {
            // fewer tables left out than the share names: the rest of it describes more
            layout.budget = full - names;
            fill(required, scores.ranked(), graph, layout);
            layout.settle();
        }
        return OtherTables.append(layout.result(), order.get(), full - layout.used);
    }

    /**
     * Whether one of the seeds scores as well as this table on every word it matches: a shipment's comments say
     * nothing the shipment does not, while a bank account matching the words of a check and of an account, each
     * chosen apart, ties them together.
     */
    private static boolean outscored(TableInfo t, List<TableInfo> seeds, Map<TableInfo, double[]> parts) {
        double[] own = parts.get(t);
        for (TableInfo seed : seeds) {
            double[] p = parts.get(seed);
            boolean asGood = p != null;
            for (int i = 0; asGood && i < own.length; i++) {
                asGood = own[i] <= 0 || p[i] >= own[i];
            }
            if (asGood) {
                return true;
            }
        }
        return false;
    }

    /**
     * What budget is still left goes to the tables not chosen, compactly: a question's words miss tables whose names
     * are codes or whose rows are the things asked about under another name (a film database's {@code title}), and a
     * model ignores a table it does not need far better than it invents one it was not shown. Tables joined to the
     * chosen ones come first, then those of the schemas holding most chosen tables, then of schemas where some word
     * matched, then of the others (the chosen tables may all be another application's that happen to share the
     * question's words); within each, the most joined, then the biggest.
     */
    private static void fill(Set<TableInfo> required, List<TableInfo> scored, ForeignKeyGraph graph, Layout layout) {
        addWhileRoom(leftOut(required, scored, graph, List.of()), layout);
    }

    /**
     * The tables not chosen, in the order the rest of the budget goes to them: near the chosen ones first, then by
     * how many chosen tables their schema holds, then the other schemas; each group in the graph's order (most
     * joined, biggest, by name), after the tables {@code before}. Read lazily, only as far as the budget lasts: a
     * catalog of thousands is read here twice per question.
     */
    static java.util.Iterator<TableInfo> leftOut(
            Set<TableInfo> required, List<TableInfo> scored, ForeignKeyGraph graph, List<TableInfo> before) {
        Map<String, Integer> chosenIn = new HashMap<>();
        Set<TableInfo> near = new java.util.HashSet<>();
        for (TableInfo t : required) {
            chosenIn.merge(t.schema(), 1, Integer::sum);
            near.addAll(graph.neighbours(t));
        }
        for (TableInfo t : scored) {
            chosenIn.putIfAbsent(t.schema(), 0);
        }
        Comparator<TableInfo> order = Comparator.comparingInt((TableInfo t) -> -chosenIn.getOrDefault(t.schema(), -1))
                .thenComparingInt(graph::rank);
        List<java.util.Iterator<TableInfo>> groups = new ArrayList<>();
        groups.add(before.iterator());
        groups.add(near.stream().sorted(order).iterator());
        java.util.TreeMap<Integer, List<String>> schemasByChosen = new java.util.TreeMap<>(Comparator.reverseOrder());
        chosenIn.forEach((schema, count) ->
                schemasByChosen.computeIfAbsent(count, c -> new ArrayList<>()).add(schema));
        for (List<String> schemas : schemasByChosen.values()) {
            groups.add(graph.mostJoinedFirst(schemas));
        }
        groups.add(graph.mostJoinedFirst().iterator());
        Set<TableInfo> seen = new java.util.HashSet<>(required);
        return new Concatenated(groups, seen::add);
    }

    /** Iterators one after another, each table once, read as they are asked for. */
    private static final class Concatenated implements java.util.Iterator<TableInfo> {
        private final java.util.Iterator<java.util.Iterator<TableInfo>> groups;
        private final java.util.function.Predicate<TableInfo> first;
        private java.util.Iterator<TableInfo> current = java.util.Collections.emptyIterator();
        private TableInfo next;

        Concatenated(List<java.util.Iterator<TableInfo>> groups, java.util.function.Predicate<TableInfo> first) {
            this.groups = groups.iterator();
            this.first = first;
        }

        @Override
        public boolean hasNext() {
            while (next == null) {
                while (!current.hasNext()) {
                    if (!groups.hasNext()) {
                        return false;
                    }
                    current = groups.next();
                }
                TableInfo t = current.next();
                if (first.test(t)) {
                    next = t;
                }
            }
            return true;
        }

        @Override
        public TableInfo next() {
            if (!hasNext()) {
                throw new java.util.NoSuchElementException();
            }
            TableInfo t = next;
            next = null;
            return t;
        }
    }

    private static void addWhileRoom(java.util.Iterator<TableInfo> tables, Layout layout) {
        while (layout.left() >= SHORTEST_LINE && tables.hasNext()) {
            layout.addCompact(tables.next());
        }
    }

    /**
     * The best tables, chosen one at a time so each covers question words the ones before did not: once a table
     * is chosen for "product", a dozen other product_* tables no longer outrank the one that holds "sold".
     */
    static List<TableInfo> seeds(List<TableInfo> ranked, Map<TableInfo, double[]> parts, int termCount) {
        double[] weight = new double[termCount + 1];
        java.util.Arrays.fill(weight, 1.0);
        List<double[]> contributions = new ArrayList<>(ranked.size());
        // A table's gain only shrinks as the words it covers are covered (weights fall; contributions, sums of match
        // weights and logs of counts, are never negative), so a gain worked out in an earlier round bounds it: only
        // the best bounds are worked out again, not every scored table of a catalog of thousands each round. Ties go
        // to the better ranked, as a scan in ranked order would have it. The first bounds are the gains before any
        // choice, put in order in one pass rather than one table at a time.
        record Bound(int index, double gain) implements Comparable<Bound> {
            @Override
            public int compareTo(Bound o) {
                int byGain = Double.compare(o.gain, gain);
                return byGain != 0 ? byGain : Integer.compare(index, o.index);
            }
        }
        List<Bound> bounds = new ArrayList<>(ranked.size());
        double[] best = new double[termCount];
        for (int i = 0; i < ranked.size(); i++) {
            double[] p = parts.get(ranked.get(i));
            for (int k = 0; k < termCount; k++) {
                best[k] = Math.max(best[k], p[k]);
            }
            contributions.add(p);
            bounds.add(new Bound(i, gain(p, weight, termCount)));
        }
        java.util.PriorityQueue<Bound> queue = new java.util.PriorityQueue<>(bounds);
        List<TableInfo> chosen = new ArrayList<>();
        double first = -1;
        while (chosen.size() < MAX_SEEDS && !queue.isEmpty()) {
            Bound top = queue.poll();
            double gain = gain(contributions.get(top.index()), weight, termCount);
            Bound next = queue.peek();
            if (next != null && (gain < next.gain() || gain == next.gain() && next.index() < top.index())) {
                queue.add(new Bound(top.index(), gain));
                continue;
            }
            if (gain <= 0 || first > 0 && gain < first * 0.3) {
                break;
            }
            if (first < 0) {
                first = gain;
            }
            chosen.add(ranked.get(top.index()));
            double[] p = contributions.get(top.index());
            for (int i = 0; i < termCount; i++) {
                weight[i] *= coveredWeight(p[i], best[i]);
            }
        }
        return chosen;
    }

    /**
     * What is left of a question word's weight once a table is chosen that scores {@code score} on it, where the best
     * table scores {@code best}: the word counts as covered (weight 0.35) when the chosen table matches it nearly as well
     * as any, and only in part when it merely touches it. A release's {@code artist_credit} column must not leave the
     * artists themselves out of "artists with no releases".
     */
    static double coveredWeight(double score, double best) {
        return score <= 0 ? 1 : 1 - COVERED_TAKES * Math.min(1, score / (best * COVERED_SHARE));
    }

    private static double gain(double[] p, double[] weight, int termCount) {
        double gain = 0;
        for (int i = 0; i < p.length; i++) {
            gain += p[i] * weight[Math.min(i, termCount)];
        }
        return gain;
    }

    /** The question's words, each with the words that may stand for it in a schema. */
    record QuestionTerms(List<Term> terms, String lowerQuestion, List<ValueIndex.Hit> values) {
        /** "right now", "right away": the "right" only stresses the time, and WordNet's rights and points are no table. */
        private static final java.util.regex.Pattern RIGHT_NOW =
                java.util.regex.Pattern.compile("(?i)\\bright\\s+(now|away)\\b");

        /**
         * With the labels the question names. A word that is a label needs no guess at what kind of thing it is:
         * "albums" is the 'Album' type, not a kind of book or medium, so its broader words are dropped.
         */
        QuestionTerms withValues(List<ValueIndex.Hit> hits) {
            Set<String> labels = new java.util.HashSet<>();
            Set<String> kinds = new java.util.HashSet<>();
            for (ValueIndex.Hit h : hits) {
                (h.weight() >= 1 ? labels : kinds).add(String.join(" ", Words.stems(h.value())));
            }
            List<Term> out = new ArrayList<>();
            for (Term t : terms) {
                Set<String> broader = new LinkedHashSet<>(t.broader());
                // a kind found among the labels ("group" for the Beatles) is that label, not a word of table names
                broader.removeAll(kinds);
                out.add(new Term(t.word(), t.related(), labels.contains(t.word()) ? Set.of() : broader));
            }
            return new QuestionTerms(out, lowerQuestion, List.copyOf(hits));
        }

        /** The index of the term for a question word (as {@link Words#stems} folds it), or -1. */
        int termOf(String word) {
            for (int i = 0; i < terms.size(); i++) {
                if (terms.get(i).word().equals(word)) {
                    return i;
                }
            }
            return -1;
        }

        static QuestionTerms of(
                String question,
                String vocabularyMeanings,
                Lexicon lexicon,
                java.util.function.Predicate<String> knownInSchema,
                java.util.function.Predicate<String> namesTables,
                java.util.function.BiFunction<String, java.util.function.Predicate<String>, Set<String>> lookalikes,
                java.util.function.Function<String, Set<String>> abbreviations) {
            List<Term> out = new ArrayList<>();
            List<String> tokens = new ArrayList<>();
            String asked = RIGHT_NOW.matcher(question).replaceAll("$1");
            for (String w : Words.tokens(Words.splitCamelCase(asked))) {
                if (tokens.size() < MAX_QUESTION_WORDS) {
                    tokens.add(w);
                }
            }
            Set<String> seen = new LinkedHashSet<>();
            Set<String> names = NamedRows.capitalisedWords(question);
            Set<String> nameParts = NamedRows.wordsOfLongerNames(question);
            java.util.function.Predicate<String> stopword = Words.stopwordsIn(question);
            Set<String> acronyms = Words.acronyms(question);
            for (int i = 0; i < tokens.size(); i++) {
                String w = tokens.get(i);
                if (w.length() < 2 || stopword.test(w) || !seen.add(Words.stem(w))) {
                    continue;
                }
                Set<String> related = new LinkedHashSet<>();
                Set<String> broader = new LinkedHashSet<>();
                String next = i + 1 < tokens.size() ? tokens.get(i + 1) : "";
                String pair = w + " " + Words.stem(next);
                if (lexicon != null
                        && !next.isEmpty()
                        && lexicon.isCompound(pair)
                        && !knownInSchema.test(Words.stem(w + next))) {
                    // "record label", "put out", "mountain bike": the phrase means one thing, and the senses of its
                    // words alone ("record" → recording, "put" → place) would link other tables. Its first word still
                    // matches as written; the phrase's synonyms go to its last word when that is one of them (a record
                    // label is a label) or a word the schema uses (an exchange rate is kept as a rate, a purchase order
                    // as an order), else to the whole phrase
                    out.add(new Term(Words.stem(w), Set.of(), Set.of()));
                    Set<String> phrase = new LinkedHashSet<>();
                    addRelated(lexicon.related(pair), phrase);
                    String head = Words.stem(next);
                    boolean headInSchema = head.length() >= 3 && !stopword.test(next) && knownInSchema.test(head);
                    String word = phrase.remove(head) || headInSchema ? head : Words.stem(w + next);
                    phrase.remove(word);
                    if (headInSchema) {
                        phrase.add(Words.stem(w + next));
                    }
                    seen.add(Words.stem(next));
                    out.add(new Term(word, phrase, Set.of()));
                    i++;
                    continue;
                }
                if (lexicon != null && !nameParts.contains(w)) {
                    addRelated(lexicon.related(w), related);
                    related.removeIf(r -> r.equals(Words.stem(w)));
                    // a word no table or column is named after is likely a value ("London", "jazz"): look for
                    // the kind of thing it is
                    boolean known = knownInSchema.test(Words.stem(w))
                            || related.stream().anyMatch(knownInSchema);
                    // nor is a word only some columns use ("paid_by_patient") the name of a thing the schema keeps:
                    // patients may be kept as persons
                    boolean namesTable =
                            namesTables.test(Words.stem(w)) || related.stream().anyMatch(namesTables);
                    if (!known || !namesTable) {
                        addRelated(lexicon.broader(w), broader);
                    }
                    if (!known && !names.contains(w) && broader.stream().noneMatch(knownInSchema)) {
                        // nor what it is a kind of ("payroll"): the things its definition names may be tables
                        // (a list of employees and their salaries)
                        for (String noun : lexicon.defining(w)) {
                            if (namesTables.test(Words.stem(noun))) {
                                broader.add(Words.stem(noun));
                            }
                        }
                    }
                }
                // a word written in capitals is cut short ("EXP" for experience points) even where some column
                // keeps it short too (base_exp): what tables are named after is spelled out
                boolean clippedInCapitals = acronyms.contains(w) && !namesTables.test(Words.stem(w));
                if (!knownInSchema.test(Words.stem(w)) && related.stream().noneMatch(knownInSchema)
                        || clippedInCapitals) {
                    boolean english = lexicon != null && (lexicon.isWord(w) || lexicon.isWord(Words.stem(w)));
                    related.addAll(lookalikes.apply(Words.stem(w), english ? lexicon::isWord : x -> false));
                }
                related.addAll(abbreviations.apply(Words.stem(w)));
                if (!names.contains(w)) {
                    // a question asked in Spanish, French… of a schema named in English ("pedidos" → order)
                    ForeignWords.meaningOf(w).forEach(english -> related.add(Words.stem(english)));
                }
                if (lexicon != null
                        && !names.contains(w)
                        && !knownInSchema.test(Words.stem(w))
                        && !lexicon.isWord(w)
                        && !lexicon.isWord(Words.stem(w))) {
                    // a word written together that is no English word ("hashtags", "timesheet") means its parts; a
                    // name ("Radiohead") does not
                    for (String part : IdentifierWords.segment(w)) {
                        if (!part.equals(w) && part.length() >= 3 && knownInSchema.test(Words.stem(part))) {
                            related.add(Words.stem(part));
                        }
                    }
                }
                out.add(new Term(Words.stem(w), related, broader));
                if (!next.isEmpty() && !Words.isStopword(next) && knownInSchema.test(Words.stem(w + next))) {
                    out.add(new Term(Words.stem(w + next), Set.of(), Set.of())); // "sales person" → salesperson
                }
            }
            for (String w : Words.of(vocabularyMeanings)) {
                if (seen.add(w)) {
                    out.add(new Term(w, Set.of(), Set.of()));
                }
            }
            return new QuestionTerms(out, question.toLowerCase(java.util.Locale.ROOT), List.of());
        }

        private static void addRelated(Set<String> lemmas, Set<String> into) {
            for (String lemma : lemmas) {
                // a multi-word lemma ("motion picture") is matched as one joined word, never word by word
                String joined = lemma.replaceAll("[^a-z]", "");
                if (joined.length() >= 3) {
                    into.add(Words.stem(joined));
                }
            }
        }
    }

    /** One question word: its stem, words meaning the same or derived from it, and what it is a kind of. */
    record Term(String word, Set<String> related, Set<String> broader) {
        static final double SAME = 1;
        static final double RELATED = 0.5;
        static final double BROADER = 0.35;

        /** {@link #SAME} for the word itself, {@link #RELATED} for a related word, {@link #BROADER} for a broader one. */
        double match(Set<String> candidates) {
            if (candidates.contains(word)) {
                return SAME;
            }
            for (String r : related) {
                if (candidates.contains(r)) {
                    return RELATED;
                }
            }
            for (String r : broader) {
                if (candidates.contains(r)) {
                    return BROADER;
                }
            }
            return 0;
        }

        boolean names(String candidate) {
            return candidate.equals(word) || related.contains(candidate) || broader.contains(candidate);
        }
    }

    /** The prompt text being built: compact lines first, upgraded to full ones while the budget allows. */
    static final class Layout {
        /**
         * A table whose full line costs more than this part of the budget (125 of 1,500 tokens) is written out after
         * the others are in: presence before detail, since a brief line keeps the columns the question matched and a
         * NEED reply gets the rest (what a fifth, an eighth and a twentieth gave: docs/benchmarks.md).
         */
        private static final int WIDE_SHARE = 12;

        /** Tokens the lines may take; raised once when the names of the tables left out need less than their share. */
        int budget;

        private final SchemaPrompt prompt;
        private final boolean compact;
        private final QuestionTerms terms;
        private final TableScorer scorer;
        /** Each table's {@link #shortestLine}, worked out once per snapshot. */
        private final Map<TableInfo, Integer> shortestLines;

        private final LinkedHashMap<TableInfo, String> lines = new LinkedHashMap<>();
        private final Map<String, Integer> counted = new HashMap<>();
        /** The tables of {@link #lines} by qualified name, which is how a foreign key names its target. */
        private final Map<String, TableInfo> shown = new HashMap<>();
        /** The tables of {@link #lines} written whole: {@link #settle()} writes them again whole. */
        private final Set<TableInfo> inFull = new java.util.HashSet<>();
        /** The columns the question matches, per table: its lines are written again as the prompt fills. */
        private final Map<TableInfo, Set<String>> matched = new HashMap<>();

        private int used;

        Layout(
                SchemaPrompt prompt,
                int budget,
                boolean compact,
                QuestionTerms terms,
                TableScorer scorer,
                Map<TableInfo, Integer> shortestLines) {
            this.prompt = prompt;
            this.budget = budget;
            this.compact = compact;
            this.terms = terms;
            this.scorer = scorer;
            this.shortestLines = shortestLines;
        }

        /** Adds the table's compact line if it fits; true when it was added now. */
        boolean addCompact(TableInfo t) {
            if (lines.containsKey(t)) {
                return false;
            }
            Integer shortest = shortestLines.get(t);
            if (used + (shortest != null ? shortest : shortestLine(prompt, t)) + 1 > budget) {
                return false;
            }
            String line = briefLine(t);
            int cost = tokens(line) + 1;
            if (used + cost <= budget) {
                lines.put(t, line);
                shown.put(t.qualifiedName(), t);
                used += cost;
                return true;
            }
            return false;
        }

        /**
         * The compact line with the foreign keys to the tables shown so far only: on a big schema most keys point at
         * tables the prompt leaves out, and a key that joins to nothing the model can read takes the room of a table
         * it could. {@link #settle()} adds the keys to tables shown later.
         */
        private String briefLine(TableInfo t) {
            TableInfo labelled = withNamedLabels(t);
            return compact
                    ? prompt.compactLine(
                            labelled, matched.computeIfAbsent(t, x -> scorer.columnsToShow(x, terms)), shown)
                    : prompt.line(labelled);
        }

        /**
         * Tokens no line of the table can be shorter than: its brief line before any other table is shown (its name,
         * its primary key and the columns that name its rows; a hidden column is in no line). Once the budget is nearly
         * spent, most of a big catalog's tables are turned away by this alone, unwritten.
         */
        static int shortestLine(SchemaPrompt prompt, TableInfo t) {
            return PromptTokens.count(prompt.compactLine(t, Set.of(), Map.of()));
        }

        /**
         * Writes every line again with its keys to every table now shown, so each join the prompt holds is visible;
         * while that overflows the budget, the tables added last (the least relevant) make room.
         */
        void settle() {
            rewrite();
            List<TableInfo> order = new ArrayList<>(lines.keySet());
            for (int i = order.size() - 1; used > budget && i > 0; i--) {
                TableInfo last = order.get(i);
                used -= tokens(lines.remove(last)) + 1;
                shown.remove(last.qualifiedName());
                inFull.remove(last);
            }
            // fewer tables shown now: the lines only shrink
            rewrite();
        }

        /** Each line's tokens, counted once: settling writes every line again, mostly as it was. */
        private int tokens(String line) {
            return counted.computeIfAbsent(line, PromptTokens::count);
        }

        boolean shows(TableInfo t) {
            return lines.containsKey(t);
        }

        /** The tables written so far, in the order of their lines. */
        List<TableInfo> written() {
            return List.copyOf(lines.keySet());
        }

        /** The whole line, its arrows, like a brief line's, only for the joins to tables shown. */
        private String fullLine(TableInfo t) {
            return prompt.line(withNamedLabels(t), shown);
        }

        private void rewrite() {
            for (Map.Entry<TableInfo, String> e : lines.entrySet()) {
                String line = inFull.contains(e.getKey()) ? fullLine(e.getKey()) : briefLine(e.getKey());
                used += tokens(line) - tokens(e.getValue());
                e.setValue(line);
            }
        }

        /** Tokens of the budget not yet spent. */
        int left() {
            return budget - used;
        }

        /** Whether these tables fit in the budget together as compact lines, the least they can cost. */
        boolean fitsInBrief(java.util.Collection<TableInfo> tables) {
            int sum = 0;
            for (TableInfo t : tables) {
                sum += tokens(briefLine(t)) + 1;
            }
            return sum <= budget;
        }

        void upgrade(TableInfo t) {
            upgrade(t, budget);
        }

        /**
         * Writes the table in full now only if that costs at most a share of the budget: a table of a hundred columns
         * written out early would take the room of the next few tables the question needs; it can still be written
         * out once they are in.
         */
        void upgradeIfNarrow(TableInfo t) {
            upgrade(t, budget / WIDE_SHARE);
        }

        private void upgrade(TableInfo t, int most) {
            String current = lines.get(t);
            if (current == null) {
                return;
            }
            String full = fullLine(t);
            int extra = tokens(full) - tokens(current);
            if (extra > 0 && extra <= most && used + extra <= budget) {
                lines.put(t, full);
                inFull.add(t);
                used += extra;
            }
        }

        /**
         * The table as written for this question: a label the question names is shown first among its column's
         * values, so the model filters on the spelling the database uses ('Sci-Fi', 'AC/DC').
         */
        private TableInfo withNamedLabels(TableInfo t) {
            Map<String, Set<String>> named = new LinkedHashMap<>();
            for (ValueIndex.Hit h : terms.values()) {
                if (h.table() == t) {
                    named.computeIfAbsent(h.column(), k -> new LinkedHashSet<>())
                            .add(h.value());
                }
            }
            if (named.isEmpty()) {
                return t;
            }
            List<ColumnInfo> columns = new ArrayList<>();
            for (ColumnInfo c : t.columns()) {
                Set<String> labels = named.get(c.name());
                if (labels == null) {
                    columns.add(c);
                    continue;
                }
                Set<String> shown = new LinkedHashSet<>(labels);
                shown.addAll(c.sampleValues());
                columns.add(new ColumnInfo(
                        c.name(),
                        c.type(),
                        c.nullable(),
                        c.comment(),
                        shown.stream().limit(Math.max(8, labels.size())).toList(),
                        c.knownValues()));
            }
            return new TableInfo(
                    t.schema(),
                    t.name(),
                    t.view(),
                    t.comment(),
                    columns,
                    t.primaryKey(),
                    t.foreignKeys(),
                    t.rowEstimate(),
                    t.materialized());
        }

        LinkedSchema result() {
            String text = String.join("\n", lines.values());
            return new LinkedSchema(new ArrayList<>(lines.keySet()), text, PromptTokens.count(text), false);
        }
    }

    private static List<TableInfo> mostReferenced(SchemaSnapshot schema) {
        Map<String, Integer> refs = new HashMap<>();
        for (TableInfo t : schema.tables()) {
            for (ForeignKey fk : t.foreignKeys()) {
                refs.merge(fk.targetSchema() + "." + fk.targetTable(), 1, Integer::sum);
            }
        }
        List<TableInfo> all = new ArrayList<>(schema.tables());
        all.sort(Comparator.comparing((TableInfo t) -> -refs.getOrDefault(t.qualifiedName(), 0))
                .thenComparing(t -> -t.rowEstimate()));
        return all;
    }
}
