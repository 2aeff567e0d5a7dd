package dev.askbar.core.schema;

import static dev.askbar.core.schema.SchemaLinkerTest.fk;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A shop where sales reach an employee only through the customers they look after: employees ← customers.rep_id,
 * invoices.customer_id → customers, invoices.total. A pay history one join from the employee holds amounts too, but
 * not the ones a sales question means.
 */
class AmountPathsTest {
    private static final TableInfo EMPLOYEES = table(
            "employees", List.of(), col("first_name", "text"), col("last_name", "text"), col("hire_date", "date"));
    private static final TableInfo CUSTOMERS =
            table("customers", List.of(fk("rep_id", "employees")), col("name", "text"), col("rep_id", "integer"));
    private static final TableInfo INVOICES = table(
            "invoices",
            List.of(fk("customer_id", "customers")),
            col("customer_id", "integer"),
            col("invoice_date", "date"),
            col("total", "numeric(10,2)"));
    private static final TableInfo INVOICE_LINES = table(
            "invoice_lines",
            List.of(fk("invoice_id", "invoices"), fk("product_id", "products")),
            col("invoice_id", "integer"),
            col("product_id", "integer"),
            col("quantity", "integer"),
            col("unit_price", "numeric(10,2)"));
    private static final TableInfo PRODUCTS = table(
            "products",
            List.of(fk("category_id", "categories")),
            col("name", "text"),
            col("category_id", "integer"),
            col("list_price", "numeric(10,2)"));
    private static final TableInfo CATEGORIES = table("categories", List.of(), col("name", "text"));
    private static final TableInfo PAY_HISTORY = table(
            "pay_history",
            List.of(fk("employee_id", "employees")),
            col("employee_id", "integer"),
            col("rate", "numeric"));

    private static final List<TableInfo> SHOP =
            List.of(EMPLOYEES, CUSTOMERS, INVOICES, INVOICE_LINES, PRODUCTS, CATEGORIES, PAY_HISTORY);

    @Test
    void salesReachAnEmployeeThroughTheCustomersTheyLookAfter() {
        assertThat(names(new SchemaLinker(300).link("Which employees sold the most?", bigShop())))
                .contains("employees", "customers", "invoices");
    }

    @Test
    void aQuestionWithoutAnAmountGetsNoPathToTheInvoices() {
        // "most" ranks counts and dates as well as amounts: on its own it sends nothing two joins away
        assertThat(names(new SchemaLinker(300).link("Which employees were hired most recently?", bigShop())))
                .contains("employees")
                .doesNotContain("invoices");
    }

    @Test
    void withoutTheStageNothingElseLeadsFromEmployeesToInvoices() {
        EnumSet<SchemaLinker.Stage> stages = EnumSet.allOf(SchemaLinker.Stage.class);
        stages.remove(SchemaLinker.Stage.DETAIL_LINES);
        assertThat(names(new SchemaLinker(300, stages).link("Which employees sold the most?", bigShop())))
                .doesNotContain("invoices");
    }

    @Test
    void theInvoicesTwoJoinsAwayWinOverAPayHistoryOneJoinAway() {
        assertThat(paths().of(List.of(EMPLOYEES), List.of(EMPLOYEES), Map.of(), Map.of()))
                .containsExactly(CUSTOMERS, INVOICES, INVOICE_LINES);
    }

    @Test
    void amountsTheQuestionsAmountWordsMatchComeFirst() {
        // when the question's amount words match the pay history (say the glossary gives it "earnings"), it is meant
        assertThat(paths().of(List.of(EMPLOYEES), List.of(EMPLOYEES), Map.of(), Map.of(PAY_HISTORY, 2.0)))
                .containsExactly(PAY_HISTORY);
    }

    @Test
    void aCategoryReachesTheSoldLinesThroughItsProductsWhosePriceIsNoSale() {
        assertThat(paths().of(List.of(CATEGORIES), List.of(CATEGORIES), Map.of(), Map.of()))
                .containsExactly(PRODUCTS, INVOICE_LINES);
    }

    @Test
    void amountsTheQuestionAlreadyFoundAreTheOnesJoined() {
        assertThat(paths().of(List.of(EMPLOYEES), List.of(EMPLOYEES, INVOICES, INVOICE_LINES), Map.of(), Map.of()))
                .containsExactly(CUSTOMERS);
        assertThat(paths().of(List.of(EMPLOYEES), List.of(EMPLOYEES, CUSTOMERS, INVOICES), Map.of(), Map.of()))
                .as("already joined through the chosen tables")
                .isEmpty();
    }

    @Test
    void aTableHoldingAmountsOfItsOwnNeedsNoPath() {
        assertThat(paths().of(List.of(INVOICES, PAY_HISTORY), List.of(INVOICES, PAY_HISTORY), Map.of(), Map.of()))
                .isEmpty();
    }

    @Test
    void factsRecordAmountsThingsWithAPriceDoNot() {
        AmountPaths paths = paths();
        assertThat(paths.recordsAmounts(INVOICES)).as("a header with lines").isTrue();
        assertThat(paths.recordsAmounts(INVOICE_LINES)).isTrue();
        assertThat(paths.recordsAmounts(PAY_HISTORY)).isTrue();
        assertThat(paths.recordsAmounts(PRODUCTS))
                .as("invoice lines point at it")
                .isFalse();
        assertThat(paths.recordsAmounts(EMPLOYEES)).isFalse();
        assertThat(AmountPaths.holdsMeasures(CUSTOMERS))
                .as("rep_id is a key, not a measure")
                .isFalse();
        assertThat(AmountPaths.holdsMeasures(
                        table("stock", List.of(), col("quantity_on_hand", "integer"), col("bin", "text"))))
                .isTrue();
        assertThat(AmountPaths.holdsMeasures(
                        table("shelves", List.of(), col("shelf_number", "integer"), col("bin", "text"))))
                .isFalse();
    }

    @Test
    void onlyAmountWordsStrongerThanMostAsk() {
        assertThat(AmountPaths.asksForAmount("Which employees sold the most?")).isTrue();
        assertThat(AmountPaths.asksForAmount("Revenue per store")).isTrue();
        assertThat(AmountPaths.asksForAmount("Which actors appear in the most films?"))
                .isFalse();
    }

    private static AmountPaths paths() {
        SchemaSnapshot s = new SchemaSnapshot(SHOP, Instant.now());
        return new AmountPaths(s, new ForeignKeyGraph(s));
    }

    /** The shop among 296 unrelated tables, so linking has to choose. */
    private static SchemaSnapshot bigShop() {
        List<TableInfo> tables =
                new ArrayList<>(SchemaLinkerTest.bigSchema().tables().subList(4, 300));
        tables.addAll(SHOP);
        return new SchemaSnapshot(tables, Instant.now());
    }

    private static List<String> names(LinkedSchema linked) {
        return linked.tables().stream().map(TableInfo::name).toList();
    }

    private static ColumnInfo col(String name, String type) {
        return new ColumnInfo(name, type, true, Optional.empty(), List.of());
    }

    private static TableInfo table(String name, List<ForeignKey> fks, ColumnInfo... columns) {
        List<ColumnInfo> cols = new ArrayList<>();
        cols.add(new ColumnInfo("id", "integer", false, Optional.empty(), List.of()));
        for (ColumnInfo c : columns) {
            if (!c.name().equals("id")) {
                cols.add(c);
            }
        }
        return new TableInfo("public", name, false, Optional.empty(), cols, List.of("id"), fks, 1000);
    }
}
