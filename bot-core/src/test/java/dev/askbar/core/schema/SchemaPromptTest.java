package dev.askbar.core.schema;

import static dev.askbar.core.schema.SchemaLinkerTest.keyed;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SchemaPromptTest {
    private static final TableInfo SALES_NOTES =
            keyed("sales", "notes", List.of("id"), List.of("id", "body"), List.of());
    private static final TableInfo CRM_NOTES = keyed("crm", "notes", List.of("id"), List.of("id", "body"), List.of());
    private static final TableInfo ORDERS = keyed(
            "sales",
            "orders",
            List.of("id"),
            List.of("id", "note_id", "customer_id"),
            List.of(
                    new ForeignKey(List.of("note_id"), "sales", "notes", List.of("id")),
                    new ForeignKey(List.of("customer_id"), "crm", "customers", List.of("id"))));
    private static final TableInfo CUSTOMERS = keyed("crm", "customers", List.of("id"), List.of("id"), List.of());
    private static final SchemaSnapshot TWO_SCHEMAS =
            new SchemaSnapshot(List.of(SALES_NOTES, CRM_NOTES, ORDERS, CUSTOMERS), Instant.now());

    @Test
    void aTableIsWrittenAloneUnlessAnotherSchemaHasItsName() {
        SchemaPrompt prompt = SchemaPrompt.of(TWO_SCHEMAS);

        assertThat(prompt.nameOf(ORDERS)).isEqualTo("orders");
        assertThat(prompt.nameOf(SALES_NOTES)).isEqualTo("sales.notes");
        assertThat(prompt.line(ORDERS))
                .as("an arrow names its target as that target's line does, whichever schema it is in")
                .startsWith("orders(id int PK, note_id int→sales.notes.id, customer_id int→customers.id)");
        assertThat(prompt.compactLine(ORDERS, Set.of(), Map.of("sales.notes", SALES_NOTES)))
                .isEqualTo("orders(id PK, note_id→sales.notes, …)");
        assertThat(SchemaPrompt.of(TWO_SCHEMAS)).as("one per snapshot").isSameAs(prompt);
    }

    @Test
    void aNameARelationTheSnapshotLeavesOutSharesKeepsItsSchema() {
        SchemaSnapshot withPartitionElsewhere =
                new SchemaSnapshot(List.of(ORDERS, CUSTOMERS), Instant.now(), Set.of("orders"));

        assertThat(SchemaPrompt.of(withPartitionElsewhere).nameOf(ORDERS)).isEqualTo("sales.orders");
        assertThat(SchemaPrompt.of(withPartitionElsewhere).nameOf(CUSTOMERS)).isEqualTo("customers");
    }

    @Test
    void aNameThatStartsLikeTheSystemCatalogsKeepsItsSchema() {
        TableInfo stats = keyed("public", "pg_stats_daily", List.of("id"), List.of("id"), List.of());
        SchemaPrompt prompt = SchemaPrompt.of(new SchemaSnapshot(List.of(stats), Instant.now()));

        assertThat(prompt.nameOf(stats)).isEqualTo("public.pg_stats_daily");
    }

    @Test
    void aQuotedNameStaysQuotedAloneOrWithItsSchema() {
        TableInfo lapTimes = keyed("F1", "lapTimes", List.of("raceId"), List.of("raceId"), List.of());
        TableInfo otherLapTimes = keyed("archive", "lapTimes", List.of("raceId"), List.of("raceId"), List.of());

        assertThat(SchemaPrompt.of(List.of(lapTimes)).nameOf(lapTimes)).isEqualTo("\"lapTimes\"");
        assertThat(SchemaPrompt.of(List.of(lapTimes, otherLapTimes)).nameOf(lapTimes))
                .isEqualTo("\"F1\".\"lapTimes\"");
    }
}
