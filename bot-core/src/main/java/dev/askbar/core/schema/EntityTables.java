package dev.askbar.core.schema;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Tables a question needs because of what it says about an entity rather than because it names them: the entity a
 * named type label classifies ("albums" → the release groups of type 'Album'), and the tables that extend a chosen
 * entity row by row with what the question asks of it (its rating, its first-release year).
 */
final class EntityTables {
    /** A lookup pointed at by more tables than this classifies too many things for its label to say which. */
    private static final int MAX_CLASSIFIED = 2;

    private EntityTables() {}

    /**
     * A chosen lookup table whose label the question names ('Album', 'Vinyl', 'Group') filters the rows of the
     * tables that point at it: "albums" are release groups of the type 'Album', so the release group table must be
     * there even when the question never says its name. Only when few tables point at the lookup; a status shared
     * by a dozen tables leaves the choice to the other words.
     */
    static Set<TableInfo> classified(List<ValueIndex.Hit> hits, Set<TableInfo> required, ForeignKeyGraph graph) {
        Set<TableInfo> out = new LinkedHashSet<>();
        for (ValueIndex.Hit h : hits) {
            // a kind ("the Beatles" are a 'Group') is all the question says of what it names: the typed table is
            // the only way to it, so the pair comes in even when the type table ranked low
            boolean kind = h.weight() < 1;
            if (h.defining() && (kind || required.contains(h.table()))) {
                List<TableInfo> pointing = graph.referencing(h.table());
                if (!pointing.isEmpty() && pointing.size() <= MAX_CLASSIFIED) {
                    if (kind) {
                        out.add(h.table());
                    }
                    out.addAll(pointing);
                }
            }
        }
        return out;
    }

    /**
     * Tables that extend a chosen entity row by row (release_group_meta beside release_group, named after it and
     * pointing at it) and hold what the question asks of it that the entity itself does not: a column the question
     * names ("rated" → rating), or a date or year when the question is about a time and the entity has none.
     */
    static Set<TableInfo> extending(
            List<TableInfo> entities,
            ForeignKeyGraph graph,
            SchemaLinker.QuestionTerms terms,
            TableScorer scorer,
            boolean aboutTime) {
        Set<TableInfo> out = new LinkedHashSet<>();
        for (TableInfo entity : entities) {
            Set<String> own = scorer.matchedColumns(entity, terms);
            boolean entityDated = DetailLines.holdsTime(entity);
            for (TableInfo t : graph.referencing(entity)) {
                if (!t.name().startsWith(entity.name())
                        || t.name().length() <= entity.name().length()) {
                    continue;
                }
                boolean answers = own.isEmpty()
                        && !scorer.matchedColumns(t, terms).stream()
                                .filter(c -> t.foreignKeys().stream()
                                        .noneMatch(fk -> fk.columns().contains(c)))
                                .toList()
                                .isEmpty();
                if (answers || aboutTime && !entityDated && DetailLines.holdsTime(t)) {
                    out.add(t);
                }
            }
        }
        return out;
    }
}
