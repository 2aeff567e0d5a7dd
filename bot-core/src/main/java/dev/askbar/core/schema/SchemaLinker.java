package dev.askbar.core.schema;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
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
 *   ({@link Lexicon}) and the meanings the {@link Vocabulary} gives them.</li>
 *   <li>The foreign-key graph completes the choice: the tables on the shortest path between two chosen tables
 *   (a bridge such as state/province between address and country), and the table that holds the names of
 *   what a chosen table points at.</li>
 *   <li>Every chosen table goes in, in a compact form (keys, foreign keys, the columns the question matches,
 *   name columns) first; the best ones are then written in full as far as the budget allows.</li>
 * </ol>
 */
public final class SchemaLinker {
    static final int CHARS_PER_TOKEN = 4;

    /** The linking stages, each of which can be switched off to measure what it is worth. */
    public enum Stage {
        /** split run-together and camelCase names into words */
        SPLIT_NAMES,
        /** WordNet synonyms and derived forms, and the vocabulary */
        SYNONYMS,
        /** bridge and name tables from the foreign-key graph */
        GRAPH,
        /** less relevant tables in compact form so more fit */
        COMPACT
    }

    private static final int MAX_SEEDS = 8;
    private static final int MAX_PATH = 4;

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

    public LinkedSchema link(String question, SchemaSnapshot schema) {
        return link(question, schema, Vocabulary.none());
    }

    /** Links with the team's business vocabulary (from the glossary) added to the built-in one. */
    public LinkedSchema link(String question, SchemaSnapshot schema, Vocabulary vocabulary) {
        String whole = SchemaPrompt.render(schema.tables());
        if (tokens(whole) <= tokenBudget) {
            return new LinkedSchema(schema.tables(), whole, tokens(whole), true);
        }
        boolean synonyms = stages.contains(Stage.SYNONYMS);
        Vocabulary words = synonyms ? Vocabulary.builtIn().and(vocabulary) : vocabulary;
        QuestionTerms terms = QuestionTerms.of(question, words.meaningsIn(question), synonyms);
        TableScorer scorer = new TableScorer(schema, stages.contains(Stage.SPLIT_NAMES));
        Map<TableInfo, Double> scores = new LinkedHashMap<>();
        for (TableInfo t : schema.tables()) {
            double s = scorer.score(t, terms);
            if (s > 0) {
                scores.put(t, s);
            }
        }
        List<TableInfo> ranked = new ArrayList<>(scores.keySet());
        ranked.sort(Comparator.comparing((TableInfo t) -> -scores.get(t)).thenComparing(TableInfo::qualifiedName));
        if (ranked.isEmpty()) {
            // nothing named: offer the tables most others point at, the usual centre of a schema
            ranked = mostReferenced(schema);
        }
        double top = ranked.isEmpty() ? 0 : scores.getOrDefault(ranked.get(0), 0.0);
        List<TableInfo> seeds = ranked.stream()
                .filter(t -> !scores.containsKey(t) || scores.get(t) >= top * 0.3)
                .limit(MAX_SEEDS).toList();

        LinkedHashSet<TableInfo> required = new LinkedHashSet<>(seeds);
        if (stages.contains(Stage.GRAPH)) {
            ForeignKeyGraph graph = new ForeignKeyGraph(schema);
            List<TableInfo> core = seeds.subList(0, Math.min(4, seeds.size()));
            for (int i = 0; i < core.size(); i++) {
                for (int k = i + 1; k < core.size(); k++) {
                    required.addAll(graph.between(core.get(i), core.get(k), scores, MAX_PATH));
                }
            }
            for (TableInfo t : core) {
                required.addAll(graph.towardsNames(t, 2));
            }
        }
        Layout layout = new Layout(tokenBudget, stages.contains(Stage.COMPACT), terms, scorer);
        for (TableInfo t : required) {
            layout.addCompact(t);
        }
        for (TableInfo t : seeds) {
            if (scores.getOrDefault(t, 0.0) >= top * 0.5) {
                layout.upgrade(t);
            }
        }
        // what is left: near neighbours of the best table, then the next best matches
        List<TableInfo> rest = new ArrayList<>();
        if (!seeds.isEmpty()) {
            rest.addAll(ForeignKeyGraph.neighbours(seeds.get(0), schema));
        }
        rest.addAll(ranked);
        for (TableInfo t : rest) {
            layout.addCompact(t);
        }
        for (TableInfo t : required) {
            layout.upgrade(t);
        }
        return layout.result();
    }

    /** The question's words, each with the words that may stand for it in a schema. */
    record QuestionTerms(List<Term> terms, String lowerQuestion) {
        static QuestionTerms of(String question, String vocabularyMeanings, boolean synonyms) {
            List<Term> out = new ArrayList<>();
            List<String> tokens = new ArrayList<>();
            for (String w : Words.fold(question.replaceAll("([a-z])([A-Z])", "$1 $2")).split("[^\\p{L}\\p{N}]+")) {
                if (!w.isEmpty()) {
                    tokens.add(w);
                }
            }
            Lexicon lexicon = synonyms ? Lexicon.get() : null;
            for (int i = 0; i < tokens.size(); i++) {
                String w = tokens.get(i);
                if (w.length() < 2 || Words.isStopword(w)) {
                    continue;
                }
                Set<String> related = new LinkedHashSet<>();
                if (lexicon != null) {
                    addRelated(lexicon.related(w), related);
                    if (i + 1 < tokens.size() && lexicon.isCompound(w + " " + Words.stem(tokens.get(i + 1)))) {
                        addRelated(lexicon.related(w + " " + Words.stem(tokens.get(i + 1))), related);
                    }
                }
                related.remove(Words.stem(w));
                out.add(new Term(Words.stem(w), related));
            }
            for (String w : Words.of(vocabularyMeanings)) {
                out.add(new Term(w, Set.of()));
            }
            return new QuestionTerms(out, question.toLowerCase(java.util.Locale.ROOT));
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

    /** One question word: its stem, and the stems of words meaning the same or derived from it. */
    record Term(String word, Set<String> related) {
        /** 1 for the word itself, 0.5 for a related word, 0 for neither. */
        double match(Set<String> candidates) {
            if (candidates.contains(word)) {
                return 1;
            }
            for (String r : related) {
                if (candidates.contains(r)) {
                    return 0.5;
                }
            }
            return 0;
        }
    }

    /** Scores tables against question terms; word weights fall as more tables in this schema use the word. */
    static final class TableScorer {
        private final Map<String, Integer> tablesUsing = new HashMap<>();
        private final int tableCount;
        private final boolean split;

        TableScorer(SchemaSnapshot schema, boolean split) {
            this.split = split;
            this.tableCount = schema.tables().size();
            for (TableInfo t : schema.tables()) {
                Set<String> seen = new LinkedHashSet<>(nameWords(t.name()));
                t.columns().forEach(c -> seen.addAll(nameWords(c.name())));
                seen.forEach(w -> tablesUsing.merge(w, 1, Integer::sum));
            }
        }

        Set<String> nameWords(String identifier) {
            Set<String> out = new LinkedHashSet<>();
            if (split) {
                IdentifierWords.of(identifier).forEach(w -> out.add(Words.stem(w)));
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

        double score(TableInfo t, QuestionTerms q) {
            Set<String> name = nameWords(t.name());
            Set<String> schemaWords = nameWords(t.schema());
            Set<String> comment = t.comment().map(Words::of).orElse(Set.of());
            double score = 0;
            Set<String> covered = new LinkedHashSet<>();
            for (Term term : q.terms()) {
                double w = weight(term.word());
                double inName = term.match(name);
                if (inName > 0) {
                    for (String n : name) {
                        if (n.equals(term.word()) || term.related().contains(n)) {
                            covered.add(n);
                        }
                    }
                }
                double best = 0;
                for (ColumnInfo c : t.columns()) {
                    double m = term.match(nameWords(c.name())) * 2;
                    if (m > 0 && term.word().equals("id")) {
                        m = 0;
                    }
                    best = Math.max(best, Math.max(m, c.comment().map(text -> term.match(Words.of(text))).orElse(0.0)));
                }
                score += w * (5 * inName + best + term.match(comment) + 1.5 * term.match(schemaWords));
            }
            if (!name.isEmpty() && covered.containsAll(name.stream().filter(n -> !n.equals("id")).toList())) {
                score += 3; // the question names this table outright, not just a part of its name
            }
            for (ColumnInfo c : t.columns()) {
                for (String v : c.sampleValues()) {
                    if (v.length() >= 3 && q.lowerQuestion().contains(v.toLowerCase(java.util.Locale.ROOT))) {
                        score += 4;
                    }
                }
            }
            return score;
        }

        /** Columns of the table that some question term matches: worth keeping in a compact line. */
        Set<String> matchedColumns(TableInfo t, QuestionTerms q) {
            Set<String> out = new LinkedHashSet<>();
            for (ColumnInfo c : t.columns()) {
                Set<String> words = nameWords(c.name());
                for (Term term : q.terms()) {
                    if (!term.word().equals("id") && term.match(words) > 0) {
                        out.add(c.name());
                    }
                }
            }
            return out;
        }
    }

    /** The foreign-key graph, both directions: joins run either way. */
    static final class ForeignKeyGraph {
        private final Map<String, TableInfo> byName = new HashMap<>();
        private final Map<TableInfo, Set<TableInfo>> edges = new HashMap<>();
        private final Map<TableInfo, Set<TableInfo>> outgoing = new HashMap<>();

        ForeignKeyGraph(SchemaSnapshot schema) {
            schema.tables().forEach(t -> byName.put(t.qualifiedName(), t));
            for (TableInfo t : schema.tables()) {
                for (ForeignKey fk : t.foreignKeys()) {
                    TableInfo target = byName.get(fk.targetSchema() + "." + fk.targetTable());
                    if (target != null && target != t) {
                        edges.computeIfAbsent(t, x -> new LinkedHashSet<>()).add(target);
                        edges.computeIfAbsent(target, x -> new LinkedHashSet<>()).add(t);
                        outgoing.computeIfAbsent(t, x -> new LinkedHashSet<>()).add(target);
                    }
                }
            }
        }

        static List<TableInfo> neighbours(TableInfo t, SchemaSnapshot schema) {
            return new ArrayList<>(new ForeignKeyGraph(schema).edges.getOrDefault(t, Set.of()));
        }

        /**
         * The tables strictly between {@code a} and {@code b} on a shortest join path of at most {@code maxEdges}
         * edges; among equally short paths, the one through the best-scored tables. Empty when none is short.
         */
        List<TableInfo> between(TableInfo a, TableInfo b, Map<TableInfo, Double> scores, int maxEdges) {
            Map<TableInfo, Integer> depth = new HashMap<>();
            Map<TableInfo, Double> gain = new HashMap<>();
            Map<TableInfo, TableInfo> parent = new HashMap<>();
            Deque<TableInfo> queue = new ArrayDeque<>();
            depth.put(a, 0);
            gain.put(a, 0.0);
            queue.add(a);
            while (!queue.isEmpty()) {
                TableInfo t = queue.poll();
                int d = depth.get(t);
                if (t == b || d >= maxEdges) {
                    continue;
                }
                for (TableInfo n : edges.getOrDefault(t, Set.of())) {
                    double g = gain.get(t) + scores.getOrDefault(n, 0.0);
                    Integer seen = depth.get(n);
                    if (seen == null) {
                        depth.put(n, d + 1);
                        gain.put(n, g);
                        parent.put(n, t);
                        queue.add(n);
                    } else if (seen == d + 1 && g > gain.get(n)) {
                        gain.put(n, g);
                        parent.put(n, t);
                    }
                }
            }
            if (!parent.containsKey(b)) {
                return List.of();
            }
            List<TableInfo> path = new ArrayList<>();
            for (TableInfo t = parent.get(b); t != a; t = parent.get(t)) {
                path.add(0, t);
            }
            return path;
        }

        /**
         * When a table holds no name of its own, the tables along its foreign keys up to the nearest one that does
         * (a sales person row → employee → person with first and last names).
         */
        List<TableInfo> towardsNames(TableInfo start, int maxHops) {
            if (hasNames(start)) {
                return List.of();
            }
            Map<TableInfo, TableInfo> parent = new HashMap<>();
            Map<TableInfo, Integer> depth = new HashMap<>();
            Deque<TableInfo> queue = new ArrayDeque<>(List.of(start));
            depth.put(start, 0);
            while (!queue.isEmpty()) {
                TableInfo t = queue.poll();
                if (t != start && hasNames(t)) {
                    List<TableInfo> path = new ArrayList<>();
                    for (TableInfo x = t; x != start; x = parent.get(x)) {
                        path.add(0, x);
                    }
                    return path;
                }
                if (depth.get(t) >= maxHops) {
                    continue;
                }
                for (TableInfo n : outgoing.getOrDefault(t, Set.of())) {
                    if (!depth.containsKey(n)) {
                        depth.put(n, depth.get(t) + 1);
                        parent.put(n, t);
                        queue.add(n);
                    }
                }
            }
            return List.of();
        }

        static boolean hasNames(TableInfo t) {
            return t.columns().stream().anyMatch(c -> isNameColumn(c.name()));
        }
    }

    static boolean isNameColumn(String column) {
        String c = column.toLowerCase(java.util.Locale.ROOT).replace("_", "");
        return c.equals("name") || c.equals("title") || c.endsWith("name") && !c.endsWith("filename") && !c.endsWith("username");
    }

    /** The prompt text being built: compact lines first, upgraded to full ones while the budget allows. */
    static final class Layout {
        private final int budget;
        private final boolean compact;
        private final QuestionTerms terms;
        private final TableScorer scorer;
        private final LinkedHashMap<TableInfo, String> lines = new LinkedHashMap<>();
        private int used;

        Layout(int budget, boolean compact, QuestionTerms terms, TableScorer scorer) {
            this.budget = budget;
            this.compact = compact;
            this.terms = terms;
            this.scorer = scorer;
        }

        void addCompact(TableInfo t) {
            if (lines.containsKey(t)) {
                return;
            }
            String line = compact ? SchemaPrompt.compactLine(t, scorer.matchedColumns(t, terms)) : SchemaPrompt.line(t);
            if (used + tokens(line) + 1 <= budget) {
                lines.put(t, line);
                used += tokens(line) + 1;
            }
        }

        void upgrade(TableInfo t) {
            String current = lines.get(t);
            if (current == null) {
                return;
            }
            String full = SchemaPrompt.line(t);
            int extra = tokens(full) - tokens(current);
            if (extra > 0 && used + extra <= budget) {
                lines.put(t, full);
                used += extra;
            }
        }

        LinkedSchema result() {
            String text = String.join("\n", lines.values());
            return new LinkedSchema(new ArrayList<>(lines.keySet()), text, tokens(text), false);
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
        all.sort(Comparator.comparing((TableInfo t) -> -refs.getOrDefault(t.qualifiedName(), 0)).thenComparing(t -> -t.rowEstimate()));
        return all;
    }

    static int tokens(String text) {
        return (text.length() + CHARS_PER_TOKEN - 1) / CHARS_PER_TOKEN;
    }
}
