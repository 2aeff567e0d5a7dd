package dev.askbar.core.schema;

import static dev.askbar.core.schema.SchemaLinkerTest.keyed;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueryTablesTest {
    private static final SchemaSnapshot F1 = new SchemaSnapshot(
            List.of(
                    keyed("f1", "races", List.of("raceId"), List.of("raceId", "name", "year"), List.of()),
                    keyed("f1", "lapTimes", List.of("raceId"), List.of("raceId", "lap", "milliseconds"), List.of()),
                    keyed("f1", "laptimes_archive", List.of("id"), List.of("id", "payload"), List.of())),
            Instant.now());

    @Test
    void tablesAreFoundAsPostgresqlReadsTheirNames() {
        assertThat(QueryTables.named(
                        "SELECT r.name, l.lap FROM F1.Races r JOIN f1.\"lapTimes\" l ON l.\"raceId\" = r.\"raceId\""
                                + " WHERE r.year = 2023 AND f1.races.name <> 'x'",
                        F1))
                .extracting(TableInfo::name)
                .as("unquoted names fold to lower case, quoted ones are exact; aliases and columns are no tables")
                .containsExactly("races", "lapTimes");
        assertThat(QueryTables.named("SELECT * FROM f1.laptimes", F1))
                .as("folded, lapTimes is another name")
                .isEmpty();
    }

    @Test
    void theTablesAQueryReadsIncludeThoseWrittenWithoutTheirSchemaWhenTheNameIsTheSchemasOnly() {
        SchemaSnapshot twoSchemas = new SchemaSnapshot(
                List.of(
                        keyed("sales", "orders", List.of("id"), List.of("id", "customer_id"), List.of()),
                        keyed("sales", "customers", List.of("id"), List.of("id", "name"), List.of()),
                        keyed("sales", "notes", List.of("id"), List.of("id", "text"), List.of()),
                        keyed("crm", "notes", List.of("id"), List.of("id", "text"), List.of()),
                        keyed("crm", "sale", List.of("id"), List.of("id"), List.of())),
                Instant.now());

        assertThat(QueryTables.read(
                        "SELECT c.name FROM Orders o JOIN \"customers\" c ON c.id = o.customer_id"
                                + " JOIN notes n ON n.id = o.id WHERE o.id IN (SELECT id FROM sales.orders)",
                        twoSchemas))
                .extracting(TableInfo::qualifiedName)
                .as("qualified first; a bare name two schemas share says nothing")
                .containsExactly("sales.orders", "sales.customers");
        assertThat(QueryTables.read("SELECT * FROM sales.notes, generate_series(1, 3)", twoSchemas))
                .extracting(TableInfo::qualifiedName)
                .as("'sales' before its dot is no table named sale")
                .containsExactly("sales.notes");
    }

    @Test
    void theRepairRoundGetsWholeLinesOfTheTablesThePromptShowedInBriefWithinItsRoom() {
        String races = SchemaPrompt.of(F1).line(F1.tables().get(0));
        String lapTimes = SchemaPrompt.of(F1).line(F1.tables().get(1));
        String sql = "SELECT * FROM f1.races JOIN f1.\"lapTimes\" USING (\"raceId\")";

        assertThat(races).startsWith("races(");
        assertThat(QueryTables.wholeLinesMissingFrom(races + "\n\"lapTimes\"(\"raceId\" int PK, …)", sql, F1, 1000))
                .isEqualTo(lapTimes);
        assertThat(QueryTables.wholeLinesMissingFrom("", sql, F1, races.length() + 1))
                .isEqualTo(races);
        assertThat(QueryTables.wholeLinesMissingFrom(
                        "races(…)", "SELECT * FROM races JOIN \"lapTimes\" USING (\"raceId\")", F1, 1000))
                .as("the tables written alone, as the prompt writes them")
                .isEqualTo(races + "\n" + lapTimes);
    }

    @Test
    void aNameTheModelMadeUpBringsTheTablesNamedMostLikeIt() {
        SchemaSnapshot shop = new SchemaSnapshot(
                List.of(
                        keyed("ofbiz", "inventory_item", List.of("id"), List.of("id", "quantity"), List.of()),
                        keyed("ofbiz", "inventory_item_detail", List.of("id"), List.of("id", "quantity"), List.of()),
                        keyed("ofbiz", "order_item", List.of("id"), List.of("id", "quantity"), List.of()),
                        keyed("ofbiz", "facility", List.of("id"), List.of("id", "name"), List.of()),
                        keyed("other", "inventory", List.of("id"), List.of("id"), List.of())),
                Instant.now());
        String sql = "SELECT i.quantity, f.name FROM ofbiz.inventory_items i JOIN ofbiz.facility f ON f.id = i.id"
                + " WHERE i.qty > other.limit_of(1)";

        assertThat(QueryTables.madeUp(sql, shop))
                .as("a table of a namespace the schema has, and no such table; aliases and columns are no names")
                .containsExactly("ofbiz.inventory_items", "other.limit_of");
        assertThat(QueryTables.nearest("ofbiz.inventory_items", shop))
                .extracting(TableInfo::name)
                .as("most shared words first, then the shorter name; only its own namespace")
                .containsExactly("inventory_item", "inventory_item_detail", "order_item");
        assertThat(QueryTables.nearest("ofbiz.payments", shop)).isEmpty();
        assertThat(QueryTables.wholeLinesMissingFrom("", sql, shop, 1000))
                .contains(SchemaPrompt.of(shop).line(shop.tables().get(0)))
                .contains(SchemaPrompt.of(shop).line(shop.tables().get(3)));
    }

    @Test
    void aNameMadeUpWithoutItsSchemaBringsTheTablesOfEverySchemaNamedMostLikeIt() {
        SchemaSnapshot shop = new SchemaSnapshot(
                List.of(
                        keyed("ofbiz", "inventory_item", List.of("id"), List.of("id", "quantity"), List.of()),
                        keyed("ofbiz", "order_item", List.of("id"), List.of("id", "placed_at"), List.of()),
                        keyed("other", "inventory_count", List.of("id"), List.of("id"), List.of())),
                Instant.now());
        String sql = "WITH recent AS (SELECT * FROM order_item WHERE EXTRACT(year FROM placed_at) = 2024),"
                + " totals (n) AS MATERIALIZED (SELECT count(*) FROM recent)"
                + " SELECT * FROM inventory_items i CROSS JOIN LATERAL unnest(ARRAY[1]) x, totals"
                + " WHERE i.quantity IS DISTINCT FROM quantity";

        assertThat(QueryTables.madeUp(sql, shop))
                .as("a table, a column, a WITH query's name and LATERAL after FROM are no made-up names")
                .containsExactly("inventory_items");
        assertThat(QueryTables.nearest("inventory_items", shop))
                .extracting(TableInfo::qualifiedName)
                .containsExactly("ofbiz.inventory_item", "other.inventory_count", "ofbiz.order_item");
    }

    @Test
    void aNameWrittenInTheWrongCaseBringsTheTableItMeant() {
        assertThat(QueryTables.wholeLinesMissingFrom("", "SELECT lap FROM f1.laptimes", F1, 1000))
                .startsWith(SchemaPrompt.of(F1).line(F1.tables().get(1)));
    }

    @Test
    void aTableThePromptShowedWholeIsNotRepeatedWhateverFormItsArrowsTook() {
        SchemaSnapshot shop = new SchemaSnapshot(
                List.of(
                        keyed("public", "customers", List.of("id"), List.of("id", "name"), List.of()),
                        keyed(
                                "public",
                                "orders",
                                List.of("id"),
                                List.of("id", "customer_id"),
                                List.of(new ForeignKey(List.of("customer_id"), "public", "customers", List.of("id"))))),
                Instant.now());
        String sql = "SELECT count(*) FROM public.orders";

        assertThat(QueryTables.wholeLinesMissingFrom("orders(id int PK, customer_id int→customers)", sql, shop, 1000))
                .isEmpty();
        assertThat(QueryTables.wholeLinesMissingFrom("orders(id int PK, …)", sql, shop, 1000))
                .isEqualTo(SchemaPrompt.of(shop).line(shop.tables().get(1)));
    }
}
