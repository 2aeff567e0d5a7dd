package dev.askbar.core.schema;

import static dev.askbar.core.schema.SchemaLinkerTest.fk;
import static dev.askbar.core.schema.SchemaLinkerTest.table;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ForeignKeyGraphTest {
    /** Foods and nutrients meet in a table whose name says nothing; a log points at foods only. */
    private static final TableInfo FOOD = table("food", null, List.of("long_desc"), List.of());

    private static final TableInfo NUTRIENT = table("nutrient", null, List.of("label"), List.of());
    private static final TableInfo SOURCE = table("source", null, List.of("title"), List.of());
    private static final TableInfo NV = table(
            "nv",
            null,
            List.of("food_id", "nutrient_id", "val"),
            List.of(fk("food_id", "food"), fk("nutrient_id", "nutrient")));
    private static final TableInfo NV_SOURCE = table(
            "nv_src",
            null,
            List.of("food_id", "nutrient_id", "source_id"),
            List.of(fk("food_id", "food"), fk("nutrient_id", "nutrient"), fk("source_id", "source")));
    private static final TableInfo FOOD_LOG =
            table("food_log", null, List.of("food_id", "eaten_at"), List.of(fk("food_id", "food")));
    private static final ForeignKeyGraph GRAPH = new ForeignKeyGraph(
            new SchemaSnapshot(List.of(FOOD, NUTRIENT, SOURCE, NV, NV_SOURCE, FOOD_LOG), Instant.now()));

    @Test
    void theTablesWhereTwoChosenOnesMeetAreTheJoiningOnesMostConnectedFirst() {
        assertThat(GRAPH.joining(Set.of(FOOD, NUTRIENT, SOURCE))).containsExactly(NV_SOURCE, NV);
        assertThat(GRAPH.joining(Set.of(FOOD, NUTRIENT))).containsExactly(NV, NV_SOURCE);
    }

    @Test
    void aTableJoinedToOneChosenTableOnlyOrChosenItselfIsNotJoining() {
        assertThat(GRAPH.joining(Set.of(FOOD))).isEmpty();
        assertThat(GRAPH.joining(Set.of(FOOD, NUTRIENT, NV, NV_SOURCE))).isEmpty();
    }
}
