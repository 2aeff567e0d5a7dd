package dev.askbar.core.engine;

import dev.askbar.core.engine.ExampleSource.Example;
import dev.askbar.core.schema.Likeness;
import dev.askbar.core.schema.QueryTables;
import dev.askbar.core.schema.SchemaLinker;
import dev.askbar.core.schema.SchemaSnapshot;
import dev.askbar.core.schema.TableInfo;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The verified examples most like the question ({@link Likeness}: the words they share, a word said otherwise counting
 * half), at most three, none unrelated.
 */
public final class ExamplePicker {
    static final int MAX = 3;
    /** Below this an example shares a word or two by chance ("customers", "last month"), not what it asks. */
    static final double RELATED_ABOVE = 0.15;

    private ExamplePicker() {}

    public static List<Example> pick(String question, List<Example> examples) {
        Likeness likeness = Likeness.of(question);
        return examples.stream()
                .map(e -> new Scored(e, likeness.to(e.question())))
                .filter(s -> s.score() > RELATED_ABOVE)
                .sorted(Comparator.comparingDouble(Scored::score).reversed())
                .limit(MAX)
                .map(Scored::example)
                .toList();
    }

    /**
     * The tables the picked examples' SQL reads, the best example's first and at most as many as the linker writes
     * first ({@link SchemaLinker#MAX_TAUGHT}): what the team confirmed questions like this one need, written into the
     * prompt before what the question's words find. The prompt, its log line and {@code askbar schema link} all take
     * them from here, so none lists a table the others leave out.
     */
    public static List<TableInfo> tablesRead(List<Example> picked, SchemaSnapshot schema) {
        Set<TableInfo> out = new LinkedHashSet<>();
        picked.forEach(e -> out.addAll(QueryTables.read(e.sql(), schema)));
        return out.stream().limit(SchemaLinker.MAX_TAUGHT).toList();
    }

    private record Scored(Example example, double score) {}
}
