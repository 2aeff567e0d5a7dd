package dev.askbar.core.schema;

import com.github.benmanes.caffeine.cache.Cache;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The foreign-key graph, both directions: joins run either way. */
final class ForeignKeyGraph {
    /**
     * A table joined to more tables than this (a shared "business entity" key) joins anything to anything and says
     * nothing: paths go through one only when there is no other short path.
     */
    private static final int HUB_DEGREE = 12;
    /** Words of a column saying which language a row is in. */
    private static final Set<String> LANGUAGE_WORDS = Set.of("lang", "language", "locale", "culture");

    private final Map<String, TableInfo> byName = new HashMap<>();
    private final List<TableInfo> mostJoinedFirst;
    /** Each table's place in {@link #mostJoinedFirst}. */
    private final Map<TableInfo, Integer> rank = new HashMap<>();
    /** Each schema's tables in {@link #mostJoinedFirst}'s order. */
    private final Map<String, List<TableInfo>> bySchema = new HashMap<>();

    private final Map<TableInfo, Set<TableInfo>> edges = new HashMap<>();
    private final Map<TableInfo, Set<TableInfo>> outgoing = new HashMap<>();
    /** Per schema, the tables referring to rows of any kind, with what each reference is called. */
    private final Map<String, Map<TableInfo, List<String>>> linksOfAnyRow = new HashMap<>();

    private final Map<String, List<TableInfo>> namesOfAnyRow = new HashMap<>();
    /** Per table, the tables that keep its text once per language, found by their names: few declare a key. */
    private final Map<TableInfo, List<TableInfo>> translations;

    // read-only once built
    private static final Cache<SchemaSnapshot, ForeignKeyGraph> CACHE = PerSnapshot.cache();

    /** The graph of this snapshot, made once. */
    static ForeignKeyGraph of(SchemaSnapshot schema) {
        return CACHE.get(schema, ForeignKeyGraph::new);
    }

    ForeignKeyGraph(SchemaSnapshot schema) {
        schema.tables().forEach(t -> byName.put(t.qualifiedName(), t));
        for (TableInfo t : schema.tables()) {
            List<String> references = t.view() ? List.of() : anyRowReferences(t);
            if (!references.isEmpty()) {
                linksOfAnyRow
                        .computeIfAbsent(t.schema(), x -> new LinkedHashMap<>())
                        .put(t, references);
                if (severalNames(t)) {
                    namesOfAnyRow
                            .computeIfAbsent(t.schema(), x -> new ArrayList<>())
                            .add(t);
                }
            }
        }
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
        translations = translations(schema);
        mostJoinedFirst = byName.values().stream()
                .sorted(java.util.Comparator.comparingInt((TableInfo t) -> -degree(t))
                        .thenComparingLong(t -> -t.rowEstimate())
                        .thenComparing(TableInfo::schema)
                        .thenComparing(TableInfo::name))
                .toList();
        for (TableInfo t : mostJoinedFirst) {
            rank.put(t, rank.size());
            bySchema.computeIfAbsent(t.schema(), x -> new ArrayList<>()).add(t);
        }
    }

    /**
     * The tables nearest to {@code start} that pass the test, at the fewest joins up to {@code maxHops}: each, in the
     * order met, with the one way back by which it was first met (the table itself first, the start left out), hubs
     * included. Empty when none is that near. {@link #nearest} gives every shortest route instead, around hubs.
     */
    Map<TableInfo, List<TableInfo>> closest(
            TableInfo start, java.util.function.Predicate<TableInfo> wanted, int maxHops) {
        Map<TableInfo, TableInfo> parent = new HashMap<>();
        parent.put(start, start);
        List<TableInfo> layer = List.of(start);
        for (int hop = 0; hop < maxHops && !layer.isEmpty(); hop++) {
            List<TableInfo> next = new ArrayList<>();
            for (TableInfo t : layer) {
                for (TableInfo n : neighbours(t)) {
                    if (parent.putIfAbsent(n, t) == null) {
                        next.add(n);
                    }
                }
            }
            Map<TableInfo, List<TableInfo>> found = new LinkedHashMap<>();
            for (TableInfo f : next) {
                if (wanted.test(f)) {
                    List<TableInfo> way = new ArrayList<>();
                    for (TableInfo t = f; t != start; t = parent.get(t)) {
                        way.add(t);
                    }
                    found.put(f, way);
                }
            }
            if (!found.isEmpty()) {
                return found;
            }
            layer = next;
        }
        return Map.of();
    }

    List<TableInfo> neighbours(TableInfo t) {
        return new ArrayList<>(edges.getOrDefault(t, Set.of()));
    }

    /** Every table, the most joined first, then the biggest, then by schema and name. */
    List<TableInfo> mostJoinedFirst() {
        return mostJoinedFirst;
    }

    /** The table's place in {@link #mostJoinedFirst}. */
    int rank(TableInfo t) {
        return rank.getOrDefault(t, Integer.MAX_VALUE);
    }

    /**
     * The tables of these schemas in {@link #mostJoinedFirst}'s order, merged as they are read: a prompt is full long
     * before a catalog's thousands of tables are ordered.
     */
    java.util.Iterator<TableInfo> mostJoinedFirst(java.util.Collection<String> schemas) {
        List<List<TableInfo>> lists = new ArrayList<>();
        schemas.forEach(s -> lists.add(bySchema.getOrDefault(s, List.of())));
        // each entry: which list, and the place of its next table
        java.util.PriorityQueue<int[]> heads = new java.util.PriorityQueue<>(java.util.Comparator.comparingInt(
                (int[] h) -> rank(lists.get(h[0]).get(h[1]))));
        for (int i = 0; i < lists.size(); i++) {
            if (!lists.get(i).isEmpty()) {
                heads.add(new int[] {i, 0});
            }
        }
        return new java.util.Iterator<>() {
            @Override
            public boolean hasNext() {
                return !heads.isEmpty();
            }

            @Override
            public TableInfo next() {
                int[] h = heads.poll();
                if (h == null) {
                    throw new java.util.NoSuchElementException();
                }
                List<TableInfo> list = lists.get(h[0]);
                if (h[1] + 1 < list.size()) {
                    heads.add(new int[] {h[0], h[1] + 1});
                }
                return list.get(h[1]);
            }
        };
    }

    int degree(TableInfo t) {
        return edges.getOrDefault(t, Set.of()).size();
    }

    /**
     * The tables strictly between {@code a} and {@code b} on a shortest join path of at most {@code maxEdges}
     * edges; among equally short paths, the one through the best-scored tables, unless a table named after both
     * links them. Empty when none is short.
     */
    List<TableInfo> between(TableInfo a, TableInfo b, Map<TableInfo, Double> scores, int maxEdges) {
        if (maxEdges >= 2 && !edges.getOrDefault(a, Set.of()).contains(b)) {
            // a table named after both (accounts_contacts) is the link between them, however well a table they both
            // point at (a campaign, a user who created them) scores: on a schema of implied keys there are many such
            java.util.Optional<TableInfo> link = linkNamedAfter(a, b);
            if (link.isPresent()) {
                return List.of(link.get());
            }
        }
        // a hub every table points at (a shared "business entity" key) joins anything to anything and says
        // nothing: go through one only when there is no other short path
        List<TableInfo> path = shortest(a, b, scores, maxEdges, true);
        return path != null
                ? path
                : java.util.Objects.requireNonNullElse(shortest(a, b, scores, maxEdges, false), List.of());
    }

    /** A table joined to both whose name is made of both their names ({@code accounts_contacts}). */
    private java.util.Optional<TableInfo> linkNamedAfter(TableInfo a, TableInfo b) {
        String headA = headStem(a);
        String headB = headStem(b);
        if (headA.isEmpty() || headB.isEmpty() || headA.equals(headB)) {
            return java.util.Optional.empty();
        }
        Set<TableInfo> nearB = edges.getOrDefault(b, Set.of());
        return edges.getOrDefault(a, Set.of()).stream()
                .filter(nearB::contains)
                .filter(n -> nameStems(n.name()).containsAll(List.of(headA, headB)))
                .min(TableInfo.BY_QUALIFIED_NAME);
    }

    /**
     * The people of a group and the table that says who is in it: a table joined to {@code group} and named after it
     * ({@code x_group_users}, {@code team_members}) that points at a table of people, named after them too or after
     * its members. Empty when there is none; of several, the first by name.
     */
    List<TableInfo> membersOf(TableInfo group, java.util.function.Predicate<TableInfo> people) {
        String head = headStem(group);
        if (head.isEmpty() || people.test(group)) {
            return List.of();
        }
        List<TableInfo> links = edges.getOrDefault(group, Set.of()).stream()
                .filter(l -> !people.test(l) && nameStems(l.name()).contains(head))
                .sorted(TableInfo.BY_QUALIFIED_NAME)
                .toList();
        for (TableInfo link : links) {
            Set<String> words = nameStems(link.name());
            for (ForeignKey fk : link.foreignKeys()) {
                TableInfo p = byName.get(fk.targetSchema() + "." + fk.targetTable());
                if (p == null || p == group || fk.columns().size() != 1 || !people.test(p)) {
                    continue;
                }
                String person = headStem(p);
                // by the key named for them (user_id), not one saying who added the row (added_by_id)
                if (nameStems(fk.columns().get(0)).contains(person)
                        && (words.contains(person) || words.contains("member") || words.contains("membership"))) {
                    return List.of(link, p);
                }
            }
        }
        return List.of();
    }

    /** The last word of a table's name, stemmed: what its rows are ({@code accounts_contacts} → contact). */
    private static String headStem(TableInfo t) {
        return Words.stem(IdentifierWords.head(t.name()));
    }

    /** The words of a name however it is written ({@code accountsContacts}, {@code accounts_contacts}), stemmed. */
    private static Set<String> nameStems(String name) {
        Set<String> out = new java.util.HashSet<>();
        IdentifierWords.of(name).forEach(w -> out.add(Words.stem(w)));
        return out;
    }

    private List<TableInfo> shortest(
            TableInfo a, TableInfo b, Map<TableInfo, Double> scores, int maxEdges, boolean avoidHubs) {
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
            if (t == b
                    || d >= maxEdges
                    || t != a && avoidHubs && edges.getOrDefault(t, Set.of()).size() > HUB_DEGREE) {
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
            return null;
        }
        List<TableInfo> path = new ArrayList<>();
        for (TableInfo t = parent.get(b); t != a; t = parent.get(t)) {
            path.add(0, t);
        }
        return path;
    }

    /**
     * The shortest join routes from {@code start} to the nearest tables {@code goal} accepts, at most
     * {@code maxEdges} edges long: each route the tables after {@code start}, the goal table last. Hubs are passed
     * through only when nothing is near otherwise, as in {@link #between}.
     */
    List<List<TableInfo>> nearest(TableInfo start, java.util.function.Predicate<TableInfo> goal, int maxEdges) {
        List<List<TableInfo>> routes = nearest(start, goal, maxEdges, true);
        return routes.isEmpty() ? nearest(start, goal, maxEdges, false) : routes;
    }

    private List<List<TableInfo>> nearest(
            TableInfo start, java.util.function.Predicate<TableInfo> goal, int maxEdges, boolean avoidHubs) {
        Map<TableInfo, Integer> depth = new HashMap<>();
        Map<TableInfo, List<TableInfo>> parents = new HashMap<>();
        depth.put(start, 0);
        List<TableInfo> layer = List.of(start);
        for (int d = 0; d < maxEdges && !layer.isEmpty(); d++) {
            List<TableInfo> next = new ArrayList<>();
            for (TableInfo t : layer) {
                if (t != start && avoidHubs && degree(t) > HUB_DEGREE) {
                    continue;
                }
                for (TableInfo n : edges.getOrDefault(t, Set.of())) {
                    Integer seen = depth.get(n);
                    if (seen == null) {
                        depth.put(n, d + 1);
                        parents.put(n, new ArrayList<>(List.of(t)));
                        next.add(n);
                    } else if (seen == d + 1) {
                        parents.get(n).add(t);
                    }
                }
            }
            List<TableInfo> found = next.stream().filter(goal).toList();
            if (!found.isEmpty()) {
                List<List<TableInfo>> routes = new ArrayList<>();
                for (TableInfo g : found) {
                    routesBack(g, start, parents, new ArrayList<>(), routes);
                }
                return routes;
            }
            layer = next;
        }
        return List.of();
    }

    /** Every route from {@code start} to {@code at} along the breadth-first parents, a few dozen at most. */
    private static void routesBack(
            TableInfo at,
            TableInfo start,
            Map<TableInfo, List<TableInfo>> parents,
            List<TableInfo> tail,
            List<List<TableInfo>> out) {
        if (out.size() >= 32) {
            return;
        }
        if (at == start) {
            out.add(List.copyOf(tail));
            return;
        }
        tail.add(0, at);
        for (TableInfo p : parents.get(at)) {
            routesBack(p, start, parents, tail, out);
        }
        tail.remove(0);
    }

    /**
     * When a table holds no name of its own, the tables along its foreign keys up to the nearest one that does:
     * first along its own key (a sales person row is an employee, who is a person with first and last names), then,
     * where the schema keeps names for rows of any kind ({@link #namesAnyRow}), that table beside the nearest name
     * along any key.
     */
    List<TableInfo> towardsNames(TableInfo start, int maxHops) {
        if (hasNames(start)) {
            return List.of();
        }
        List<TableInfo> chain = new ArrayList<>();
        TableInfo at = start;
        while (chain.size() < maxHops) {
            TableInfo next = identityTarget(at);
            if (next == null || chain.contains(next) || next == start) {
                break;
            }
            chain.add(next);
            if (hasNames(next)) {
                return chain;
            }
            at = next;
        }
        List<TableInfo> anyRow = namesOfAnyRow.getOrDefault(start.schema(), List.of());
        if (!anyRow.isEmpty()) {
            // the row's own name is kept beside every other kind's: a name reached along some other key (the
            // publisher every table points at) would name something else
            List<TableInfo> out = new ArrayList<>(anyRow);
            out.addAll(nearestNames(start, maxHops));
            return out;
        }
        return nearestNames(start, maxHops);
    }

    private List<TableInfo> nearestNames(TableInfo start, int maxHops) {
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

    /** The table this one's primary key points at: the thing this row is a kind of (sales person → employee). */
    private TableInfo identityTarget(TableInfo t) {
        for (ForeignKey fk : t.foreignKeys()) {
            TableInfo target = byName.get(fk.targetSchema() + "." + fk.targetTable());
            if (target != null
                    && target != t
                    && !t.primaryKey().isEmpty()
                    && t.primaryKey().containsAll(fk.columns())) {
                return target;
            }
        }
        return null;
    }

    /** Targets of the table's foreign keys whose column names share a word with the question. */
    List<TableInfo> namedTargets(TableInfo t, SchemaLinker.QuestionTerms q, TableScorer scorer) {
        List<TableInfo> out = new ArrayList<>();
        for (ForeignKey fk : t.foreignKeys()) {
            TableInfo target = byName.get(fk.targetSchema() + "." + fk.targetTable());
            if (target == null || target == t) {
                continue;
            }
            Set<String> words = new LinkedHashSet<>();
            fk.columns().forEach(c -> words.addAll(scorer.nameWords(c)));
            words.remove("id");
            words.removeAll(scorer.nameWords(target.name()));
            if (q.terms().stream().anyMatch(term -> term.match(words) >= 0.5)) {
                out.add(target);
            }
        }
        return out;
    }

    /**
     * The tables outside {@code chosen} joined directly to two or more of them, those joined to most first: where the
     * chosen tables' rows meet (a food's nutrient values, between the food and the nutrient).
     */
    List<TableInfo> joining(java.util.Collection<TableInfo> chosen) {
        Map<TableInfo, Integer> touches = new HashMap<>();
        for (TableInfo c : chosen) {
            for (TableInfo n : edges.getOrDefault(c, Set.of())) {
                if (!chosen.contains(n)) {
                    touches.merge(n, 1, Integer::sum);
                }
            }
        }
        List<TableInfo> out = new ArrayList<>();
        touches.forEach((t, n) -> {
            if (n >= 2) {
                out.add(t);
            }
        });
        out.sort(java.util.Comparator.comparing((TableInfo t) -> -touches.get(t))
                .thenComparing(TableInfo::qualifiedName));
        return out;
    }

    /** The tables whose foreign keys point at this one (itself aside). */
    List<TableInfo> referencing(TableInfo t) {
        List<TableInfo> out = new ArrayList<>();
        for (TableInfo n : edges.getOrDefault(t, Set.of())) {
            if (outgoing.getOrDefault(n, Set.of()).contains(t)) {
                out.add(n);
            }
        }
        return out;
    }

    /**
     * The tables that hold this one's own name row by row, where it has none: named after it, pointing at it with
     * their key ({@code ps_order_state_lang(id_order_state, id_lang, name)}, {@code oc_product_description}), as
     * shops keep a name per language; or named its names outright, whatever their key ({@code
     * concept_name(concept_name_id, concept_id, name, locale)}, {@code person_name(..., given_name, family_name)}),
     * as records that keep several names per row do; or its {@link #translations(SchemaSnapshot) translations}.
     */
    List<TableInfo> ownNames(TableInfo t) {
        if (t.columns().stream().anyMatch(ColumnInfo::isNameOrTitle)) {
            return List.of();
        }
        List<TableInfo> out = new ArrayList<>(translations.getOrDefault(t, List.of()));
        for (TableInfo n : referencing(t)) {
            if (out.contains(n)) {
                continue;
            }
            boolean extension = n.name().startsWith(t.name() + "_")
                    && n.foreignKeys().stream()
                            .anyMatch(fk -> fk.targetTable().equals(t.name())
                                    && fk.targetSchema().equals(t.schema())
                                    && n.primaryKey().containsAll(fk.columns()));
            if (extension && n.columns().stream().anyMatch(ColumnInfo::isNameOrTitle)
                    || namesOf(n, t) && n.columns().stream().anyMatch(ColumnInfo::holdsNames)) {
                out.add(n);
            }
        }
        return out;
    }

    /**
     * Each table's translations: a table named after it and one word more ({@code poll_translations} of {@code
     * polls}, {@code feature_i18n}, {@code htl_branch_info_lang}, {@code user_group_settings}) with a column saying
     * the language and one holding names, or a form of them ({@code name_singular}, {@code name_plural}). Frameworks
     * that translate rows this way (Rails' Globalize, Propel, PKP, PrestaShop) rarely declare the key back to the
     * table translated, so names are all there is to go by.
     */
    private static Map<TableInfo, List<TableInfo>> translations(SchemaSnapshot schema) {
        Map<String, TableInfo> byWords = new HashMap<>();
        for (TableInfo t : schema.tables()) {
            byWords.putIfAbsent(t.schema() + "." + String.join(" ", nameStems(t)), t);
        }
        Map<TableInfo, List<TableInfo>> out = new HashMap<>();
        for (TableInfo n : schema.tables()) {
            List<String> words = nameStems(n);
            if (n.view()
                    || words.size() < 2
                    || !inLanguages(n)
                    || n.columns().stream().noneMatch(c -> c.holdsNames() || c.holdsNameForm())) {
                continue;
            }
            TableInfo of = byWords.get(n.schema() + "." + String.join(" ", words.subList(0, words.size() - 1)));
            if (of != null && of != n) {
                out.computeIfAbsent(of, x -> new ArrayList<>()).add(n);
            }
        }
        return out;
    }

    /** Whether a column says which language a row is in ({@code locale}, {@code id_lang}, {@code language_id}). */
    private static boolean inLanguages(TableInfo t) {
        return t.columns().stream()
                .anyMatch(c ->
                        Words.tokens(Words.splitCamelCase(c.name())).stream().anyMatch(LANGUAGE_WORDS::contains));
    }

    /** The words of the table's name, plural-folded, in order: "PersonNames" → [person, name]. */
    private static List<String> nameStems(TableInfo t) {
        return Words.stems(Words.splitCamelCase(t.name()));
    }

    /** Whether the table is called the other's names: its words are the other's and then "name". */
    private static boolean namesOf(TableInfo names, TableInfo of) {
        List<String> words = nameStems(names);
        List<String> owner = nameStems(of);
        return words.size() == owner.size() + 1
                && words.subList(0, owner.size()).equals(owner)
                && words.get(owner.size()).equals("name");
    }

    /** The tables this one's foreign keys point at: lookups such as a category or a status. */
    List<TableInfo> targets(TableInfo t) {
        return new ArrayList<>(outgoing.getOrDefault(t, Set.of()));
    }

    static boolean hasNames(TableInfo t) {
        return t.columns().stream().anyMatch(ColumnInfo::holdsNames);
    }

    /**
     * A table of names for rows of any kind ({@code display_names(entity_type, entity_id, full_name, first_name,
     * last_name)}): several name columns, and a reference to a row of any kind. Where such a table exists, persons,
     * teams and places hold no names of their own.
     */
    static boolean namesAnyRow(TableInfo t) {
        return !t.view() && severalNames(t) && !anyRowReferences(t).isEmpty();
    }

    private static boolean severalNames(TableInfo t) {
        return t.columns().stream().filter(ColumnInfo::holdsNames).count() >= 2;
    }

    /**
     * What the table's references to a row of any kind are called: a pair of a kind and an id ({@code X_type},
     * {@code X_id}) that no foreign key declares, since it points at a different table for each kind; {@code X}
     * for each.
     */
    static List<String> anyRowReferences(TableInfo t) {
        Set<String> keyed = new java.util.HashSet<>(t.primaryKey());
        t.foreignKeys().forEach(fk -> keyed.addAll(fk.columns()));
        Map<String, ColumnInfo> columns = new HashMap<>();
        t.columns().forEach(c -> columns.put(c.name().toLowerCase(java.util.Locale.ROOT), c));
        List<String> out = new ArrayList<>();
        for (ColumnInfo kind : t.columns()) {
            String name = kind.name().toLowerCase(java.util.Locale.ROOT);
            if (name.length() > 5 && name.endsWith("_type") && kind.textual()) {
                String reference = name.substring(0, name.length() - 5);
                ColumnInfo id = columns.get(reference + "_id");
                if (id != null && id.wholeNumber() && !keyed.contains(id.name())) {
                    out.add(reference);
                }
            }
        }
        return out;
    }

    /**
     * For a table no key joins to anything (a table of passing statistics), the tables of its schema that refer to
     * rows of any kind under a name it shares a word with ({@code stats.stat_repository_type}, {@code _id}): the
     * only way to join it.
     */
    List<TableInfo> anyRowLinks(TableInfo t) {
        if (degree(t) > 0) {
            return List.of();
        }
        Set<String> words = stems(t.name());
        List<TableInfo> out = new ArrayList<>();
        linksOfAnyRow.getOrDefault(t.schema(), Map.of()).forEach((u, references) -> {
            // a word of four letters or more, singular or plural ("stat" of stat_repository, "stats" of the table)
            if (u != t
                    && references.stream()
                            .flatMap(r -> stems(r).stream())
                            .anyMatch(w -> w.length() >= 4 && words.contains(w))) {
                out.add(u);
            }
        });
        return out;
    }

    private static Set<String> stems(String name) {
        return new java.util.HashSet<>(Words.stems(name));
    }
}
