package dev.askbar.core.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DetailLinesTest {
    @Test
    void lineTablesAreRecognisedByTheCommonNamingConventions() {
        assertThat(DetailLines.namedAsLines("order_details", "orders")).isTrue();
        assertThat(DetailLines.namedAsLines("invoice_line", "invoice")).isTrue();
        assertThat(DetailLines.namedAsLines("salesorderdetail", "salesorderheader"))
                .isTrue();
        assertThat(DetailLines.namedAsLines("PurchaseOrderDetail", "PurchaseOrderHeader"))
                .isTrue();
        assertThat(DetailLines.namedAsLines("order_items", "orders")).isTrue();
        assertThat(DetailLines.namedAsLines("order_audit", "orders")).isFalse();
        assertThat(DetailLines.namedAsLines("customer_details", "orders")).isFalse();
    }

    @Test
    void questionsAskingForAnAmountAreTold() {
        assertThat(DetailLines.asksForAmount("Which employees sold the most in 1997?"))
                .isTrue();
        assertThat(DetailLines.asksForAmount("Revenue per customer")).isTrue();
        assertThat(DetailLines.asksForAmount("Orders shipped after the required date"))
                .isFalse();
    }

    @Test
    void theLinesOfAChosenHeaderComeAlongOnlyWhenTheyPointAtItAndHoldNumbers() {
        TableInfo orders = table("orders", List.of(), "customer_id", "integer");
        TableInfo lines = table(
                "order_details",
                List.of(new ForeignKey(List.of("order_id"), "public", "orders", List.of("id"))),
                "quantity",
                "integer");
        TableInfo notes = table(
                "order_lines",
                List.of(new ForeignKey(List.of("order_id"), "public", "orders", List.of("id"))),
                "note",
                "text");
        TableInfo unrelated = table("order_items", List.of(), "quantity", "integer");
        SchemaSnapshot s = new SchemaSnapshot(List.of(orders, lines, notes, unrelated), Instant.now());
        assertThat(DetailLines.of(List.of(orders), s)).containsExactly(lines);
        assertThat(DetailLines.of(List.of(orders, lines), s)).isEmpty();
    }

    private static TableInfo table(String name, List<ForeignKey> fks, String column, String type) {
        List<ColumnInfo> cols = new java.util.ArrayList<>();
        cols.add(new ColumnInfo("id", "integer", false, Optional.empty(), List.of()));
        fks.forEach(fk -> cols.add(new ColumnInfo(fk.columns().get(0), "integer", false, Optional.empty(), List.of())));
        cols.add(new ColumnInfo(column, type, true, Optional.empty(), List.of()));
        return new TableInfo("public", name, false, Optional.empty(), cols, List.of("id"), fks, 100);
    }
}
