package dev.askbar.core.schema;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class SchemaLinkerTest {

    static TableInfo table(String name, String comment, List<String> columns, List<ForeignKey> fks) {
        List<ColumnInfo> cols = new ArrayList<>();
        cols.add(new ColumnInfo("id", "integer", false, Optional.empty(), List.of()));
        for (String c : columns) {
            cols.add(new ColumnInfo(c, "text", true, Optional.empty(), List.of()));
        }
        return new TableInfo("public", name, false, Optional.ofNullable(comment), cols, List.of("id"), fks, 1000);
    }

    static ForeignKey fk(String column, String target) {
        return new ForeignKey(List.of(column), "public", target, List.of("id"));
    }

    /** A shop in the middle of 300 unrelated tables. */
    static SchemaSnapshot bigSchema() {
        List<TableInfo> tables = new ArrayList<>();
        tables.add(table("customers", "People who bought", List.of("name", "country"), List.of()));
        tables.add(table("products", "What we sell", List.of("name", "category"), List.of()));
        tables.add(table("orders", "One row per order", List.of("customer_id", "status"), List.of(fk("customer_id", "customers"))));
        tables.add(table("order_lines", "Products in an order", List.of("order_id", "product_id", "quantity"),
                List.of(fk("order_id", "orders"), fk("product_id", "products"))));
        for (int i = 0; i < 296; i++) {
            tables.add(table("audit_archive_" + i, "Archived telemetry batch " + i,
                    List.of("payload", "sensor_reading", "batch_note", "checksum_value", "source_system", "ingest_state"),
                    i > 0 ? List.of(fk("prev_id", "audit_archive_" + (i - 1))) : List.of()));
        }
        return new SchemaSnapshot(tables, Instant.now());
    }

    @Test
    void smallSchemasGoInWhole() {
        SchemaSnapshot small = new SchemaSnapshot(bigSchema().tables().subList(0, 4), Instant.now());
        LinkedSchema linked = new SchemaLinker(1500).link("anything at all", small);
        assertThat(linked.whole()).isTrue();
        assertThat(linked.tables()).hasSize(4);
    }

    @Test
    void aBigSchemaIsCutToTheBudgetAndKeepsTheTablesTheQuestionNames() {
        LinkedSchema linked = new SchemaLinker(1500).link("Which customers ordered the most products?", bigSchema());
        assertThat(linked.whole()).isFalse();
        assertThat(linked.estimatedTokens()).isLessThanOrEqualTo(1500);
        assertThat(linked.tables()).extracting(TableInfo::name).contains("customers", "orders", "products", "order_lines");
    }

    @Test
    void theJoinPathBetweenTwoNamedTablesComesAlong() {
        LinkedSchema linked = new SchemaLinker(300).link("customers and their products", bigSchema());
        assertThat(linked.tables()).extracting(TableInfo::name).contains("customers", "products");
        assertThat(linked.tables()).extracting(TableInfo::name).containsAnyOf("orders", "order_lines");
    }

    @Test
    void synonymsFindTables() {
        LinkedSchema linked = new SchemaLinker(300).link("top clients by number of purchases", bigSchema());
        assertThat(linked.tables()).extracting(TableInfo::name).contains("customers", "orders");
    }

    @Test
    void wordsFoldPluralsCaseAndAccents() {
        assertThat(Words.of("Categories of OrderLines, café")).contains("category", "order", "line", "cafe");
    }
}
