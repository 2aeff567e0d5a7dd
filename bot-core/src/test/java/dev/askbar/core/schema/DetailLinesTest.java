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
        // a PHP cart's lines are the products of an order (OpenCart, osCommerce, Zen Cart)
        assertThat(DetailLines.namedAsLines("oc_order_product", "oc_order")).isTrue();
        assertThat(DetailLines.namedAsLines("orders_products", "orders")).isTrue();
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

    @Test
    void questionsSetInTimeAreToldAndWordsThatOnlyLookLikeDatesAreNot() {
        assertThat(DetailLines.asksAboutTime("Units sold per product model in 2014"))
                .isTrue();
        assertThat(DetailLines.asksAboutTime("Video tracks sold per month")).isTrue();
        assertThat(DetailLines.asksAboutTime("Orders since March")).isTrue();
        assertThat(DetailLines.asksAboutTime("Customers by last name")).isFalse();
        assertThat(DetailLines.asksAboutTime("Which products may be discontinued?"))
                .isFalse();
        assertThat(DetailLines.asksAboutTime("Top 20 products by units sold")).isFalse();
    }

    @Test
    void aLineTableWithoutADateOfItsOwnLeavesItToItsHeader() {
        TableInfo orders = table("orders", List.of(), "ordered_at", "timestamp with time zone");
        TableInfo lines = table(
                "order_details",
                List.of(new ForeignKey(List.of("order_id"), "public", "orders", List.of("id"))),
                "quantity",
                "integer");
        TableInfo stampedLines = table(
                "invoice_line",
                List.of(new ForeignKey(List.of("invoice_id"), "public", "invoice", List.of("id"))),
                "quantity",
                "integer",
                "modifieddate",
                "timestamp");
        TableInfo invoice = table("invoice", List.of(), "invoice_date", "date");
        TableInfo datedLines = required(table(
                "shipment_items",
                List.of(new ForeignKey(List.of("shipment_id"), "public", "shipments", List.of("id"))),
                "shipped_on",
                "date"));
        TableInfo downloads = table(
                "order_items",
                List.of(new ForeignKey(List.of("order_id"), "public", "orders", List.of("id"))),
                "quantity",
                "integer",
                "download_deadline",
                "timestamp");
        TableInfo shipments = table("shipments", List.of(), "shipped_at", "date");
        SchemaSnapshot s = new SchemaSnapshot(
                List.of(orders, lines, stampedLines, invoice, datedLines, shipments, downloads), Instant.now());

        assertThat(DetailLines.datedHeaders(lines, s)).containsExactly(orders);
        assertThat(DetailLines.datedHeaders(stampedLines, s))
                .as("a modified-date stamp is bookkeeping, not the sale's date")
                .containsExactly(invoice);
        assertThat(DetailLines.datedHeaders(datedLines, s))
                .as("lines with a date of their own")
                .isEmpty();
        assertThat(DetailLines.datedHeaders(downloads, s))
                .as("a deadline some lines have is not when they were sold")
                .containsExactly(orders);
        assertThat(DetailLines.datedHeaders(orders, s)).as("not a line table").isEmpty();
    }

    /** The table with its last column never empty. */
    private static TableInfo required(TableInfo t) {
        List<ColumnInfo> cols = new java.util.ArrayList<>(t.columns());
        ColumnInfo last = cols.remove(cols.size() - 1);
        cols.add(new ColumnInfo(last.name(), last.type(), false, last.comment(), last.sampleValues()));
        return new TableInfo(
                t.schema(), t.name(), t.view(), t.comment(), cols, t.primaryKey(), t.foreignKeys(), t.rowEstimate());
    }

    private static TableInfo table(
            String name, List<ForeignKey> fks, String column, String type, String column2, String type2) {
        TableInfo t = table(name, fks, column, type);
        List<ColumnInfo> cols = new java.util.ArrayList<>(t.columns());
        cols.add(new ColumnInfo(column2, type2, true, Optional.empty(), List.of()));
        return new TableInfo("public", name, false, Optional.empty(), cols, List.of("id"), fks, 100);
    }

    private static TableInfo table(String name, List<ForeignKey> fks, String column, String type) {
        List<ColumnInfo> cols = new java.util.ArrayList<>();
        cols.add(new ColumnInfo("id", "integer", false, Optional.empty(), List.of()));
        fks.forEach(fk -> cols.add(new ColumnInfo(fk.columns().get(0), "integer", false, Optional.empty(), List.of())));
        cols.add(new ColumnInfo(column, type, true, Optional.empty(), List.of()));
        return new TableInfo("public", name, false, Optional.empty(), cols, List.of("id"), fks, 100);
    }
}
