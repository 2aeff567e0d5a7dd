package dev.askbar.core.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TableScorerTest {
    static final TableInfo CUSTOMERS = SchemaLinkerTest.table(
            "customers", "Main entity table for customers", List.of("customer_name", "credit_limit"), List.of());
    static final TableInfo PAYMENT_METHODS = new TableInfo(
            "public",
            "payment_methods",
            false,
            Optional.of("Ways that payments can be made"),
            List.of(
                    new ColumnInfo("id", "integer", false, Optional.empty(), List.of()),
                    new ColumnInfo(
                            "payment_method_name",
                            "text",
                            false,
                            Optional.empty(),
                            List.of(),
                            List.of("Cash", "Check", "Credit Card", "EFT"))),
            List.of("id"),
            List.of(),
            4);
    static final TableInfo CATEGORY = new TableInfo(
            "public",
            "category",
            false,
            Optional.empty(),
            List.of(
                    new ColumnInfo("id", "integer", false, Optional.empty(), List.of()),
                    new ColumnInfo(
                            "name", "text", false, Optional.empty(), List.of(), List.of("Horror", "Comedy", "Travel"))),
            List.of("id"),
            List.of(),
            3);
    static final SchemaSnapshot SCHEMA =
            new SchemaSnapshot(List.of(CUSTOMERS, PAYMENT_METHODS, CATEGORY), Instant.now());

    @Test
    void aLabelOfSeveralWordsCountsOnItsOwnNotUnderOneOfItsWords() {
        // once customers is chosen for "credit" (its credit_limit), a label scored under "credit" would be used up
        // with it, and the table of payment methods left out of a question about paying by credit card
        SchemaLinker.QuestionTerms terms = terms("How much did customers pay us by credit card in 2016?");
        double[] parts = new TableScorer(SCHEMA, true).contributions(PAYMENT_METHODS, terms);

        assertThat(parts[terms.termOf("credit")]).isZero();
        assertThat(parts[terms.terms().size()]).isPositive();
    }

    @Test
    void aLabelOfOneWordCountsUnderThatWordOfTheQuestion() {
        SchemaLinker.QuestionTerms terms = terms("How many horror films are there?");
        double[] parts = new TableScorer(SCHEMA, true).contributions(CATEGORY, terms);

        assertThat(parts[terms.termOf("horror")]).isPositive();
    }

    @Test
    void theIndexedTermsMatchAsEachTermDoes() {
        // TermMatches is how scoring reads a question's terms on a big catalog; it must say what Term.match says
        SchemaLinker.Term movie = new SchemaLinker.Term("movie", Set.of("film", "picture"), Set.of("show"));
        SchemaLinker.Term film = new SchemaLinker.Term("film", Set.of("movie"), Set.of("picture"));
        List<SchemaLinker.Term> terms = List.of(movie, film);
        TableScorer.TermMatches matches = TableScorer.TermMatches.of(terms);
        for (Set<String> words : List.of(
                Set.of("film"),
                Set.of("picture", "show"),
                Set.of("show"),
                Set.of("movie", "picture"),
                Set.of("actor"),
                Set.<String>of())) {
            double[] indexed = matches.of(words);
            for (int i = 0; i < terms.size(); i++) {
                assertThat(indexed[i])
                        .as(words + " for " + terms.get(i).word())
                        .isEqualTo(terms.get(i).match(words));
            }
        }
        assertThat(matches.any("picture")).isTrue();
        assertThat(matches.any("actor")).isFalse();
    }

    @Test
    void aWordMatchingManyColumnsOfATableKeepsItsPlainestFewInACompactLine() {
        // an order line's twenty product_* columns would make its "compact" line the longest in the prompt
        List<String> names = List.of(
                "product_reference",
                "product_name",
                "product_quantity_refunded",
                "product_id",
                "product_weight",
                "product_price",
                "product_quantity",
                "tax_rate");
        List<ColumnInfo> columns = new java.util.ArrayList<>();
        names.forEach(n -> columns.add(new ColumnInfo(n, "text", true, Optional.empty(), List.of())));
        TableInfo lines = new TableInfo(
                "public", "order_detail", false, Optional.empty(), columns, List.of("product_id"), List.of(), 10);
        SchemaSnapshot schema = new SchemaSnapshot(List.of(lines), Instant.now());
        TableScorer scorer = new TableScorer(schema, true);
        SchemaLinker.QuestionTerms terms = SchemaLinker.QuestionTerms.of(
                "Which products have the highest tax rate?",
                "",
                null,
                scorer::knows,
                scorer::namesTables,
                (w, english) -> Set.of(),
                w -> Set.of());

        assertThat(scorer.matchedColumns(lines, terms)).hasSize(8);
        assertThat(scorer.columnsToShow(lines, terms))
                .as("in the table's order")
                .containsExactly("product_name", "product_id", "product_weight", "product_price", "tax_rate");
    }

    @Test
    void aTableScoresOnWhicheverOfItsWordsTheQuestionSaysAndOneNothingMatchesScoresZero() {
        // scoring passes over the columns and tables nothing matches, which is most of a big catalog: each other way
        // a word can match must still count
        TableInfo byColumn = SchemaLinkerTest.table("t_column", null, List.of("warehouse_code"), List.of());
        TableInfo byComment = new TableInfo(
                "public",
                "t_comment",
                false,
                Optional.empty(),
                List.of(
                        new ColumnInfo("id", "integer", false, Optional.empty(), List.of()),
                        new ColumnInfo("code", "text", true, Optional.of("the warehouse it ships from"), List.of())),
                List.of("id"),
                List.of(),
                10);
        TableInfo byRole = SchemaLinkerTest.table("t_role", null, List.of("iswarehouse"), List.of());
        TableInfo bySchema = new TableInfo(
                "warehouse",
                "t_schema",
                false,
                Optional.empty(),
                List.of(new ColumnInfo("id", "integer", false, Optional.empty(), List.of())),
                List.of("id"),
                List.of(),
                10);
        TableInfo byName = SchemaLinkerTest.table("warehouses", null, List.of("code"), List.of());
        TableInfo nothing = SchemaLinkerTest.table("invoices", "what we bill", List.of("total"), List.of());
        SchemaSnapshot schema =
                new SchemaSnapshot(List.of(byColumn, byComment, byRole, bySchema, byName, nothing), Instant.now());
        TableScorer scorer = new TableScorer(schema, true);
        SchemaLinker.QuestionTerms terms = SchemaLinker.QuestionTerms.of(
                "Which warehouse is busiest?",
                "",
                null,
                scorer::knows,
                scorer::namesTables,
                (w, english) -> Set.of(),
                w -> Set.of());

        for (TableInfo t : List.of(byColumn, byComment, byRole, bySchema, byName)) {
            assertThat(java.util.Arrays.stream(scorer.contributions(t, terms)).sum())
                    .as(t.qualifiedName())
                    .isPositive();
        }
        assertThat(scorer.contributions(nothing, terms)).containsOnly(0.0);
    }

    @Test
    void aTableIsNamedByTheWordItsColumnsStartWith() {
        // xTuple's whsinfo: nothing in the name says warehouse, every column does
        TableInfo whsinfo = prefixed("whsinfo", "warehous", "id", "code", "descrip", "active");
        TableInfo itemsite = prefixed("itemsite", "itemsite", "id", "warehous_id", "reorderlevel", "qtyonhand");
        TableInfo stock = prefixed("stock", "stock", "id", "qty", "location");
        SchemaSnapshot schema = new SchemaSnapshot(List.of(whsinfo, itemsite, stock), Instant.now());
        TableScorer scorer = new TableScorer(schema, true);
        SchemaLinker.QuestionTerms terms = withLookalikes(scorer, "Which warehouse holds the most?");

        assertThat(scorer.namesTables("warehous")).isTrue();
        double[] parts = scorer.contributions(whsinfo, terms);
        assertThat(parts[terms.terms().size()]).as("named outright").isPositive();
        assertThat(sum(parts)).isGreaterThan(2 * sum(scorer.contributions(itemsite, terms)));
        assertThat(scorer.contributions(stock, terms)).containsOnly(0.0);
    }

    @Test
    void columnsThatShareNoFirstWordNameNothing() {
        TableInfo orders = prefixed("orders", "", "order_id", "order_date", "customer_id", "ship_city");
        SchemaSnapshot schema = new SchemaSnapshot(List.of(orders), Instant.now());
        TableScorer scorer = new TableScorer(schema, true);

        assertThat(scorer.namesTables("ship")).isFalse();
        assertThat(scorer.namesTables("order")).isTrue();
    }

    @Test
    void anEnglishWordIsNoTypoOfAnotherOne() {
        TableInfo stock = SchemaLinkerTest.table("stock", null, List.of("quantity"), List.of());
        TableInfo orders = SchemaLinkerTest.table("orders", null, List.of("status"), List.of());
        TableInfo customer = SchemaLinkerTest.table("customer", null, List.of("name"), List.of());
        SchemaSnapshot schema = new SchemaSnapshot(List.of(stock, orders, customer), Instant.now());
        TableScorer scorer = new TableScorer(schema, true);

        assertThat(scorer.contributions(stock, withLookalikes(scorer, "Which orders are stuck?")))
                .as("stuck is a word of its own")
                .containsOnly(0.0);
        assertThat(sum(scorer.contributions(customer, withLookalikes(scorer, "custmers with no orders"))))
                .as("custmer is no word: a typo")
                .isPositive();
    }

    /** A table whose columns are its key and {@code prefix_column} for each column ({@code prefix} empty: as given). */
    private static TableInfo prefixed(String name, String prefix, String... columns) {
        List<ColumnInfo> cols = java.util.Arrays.stream(columns)
                .map(c -> new ColumnInfo(
                        prefix.isEmpty() ? c : prefix + "_" + c, "text", true, Optional.empty(), List.of()))
                .toList();
        return new TableInfo(
                "public",
                name,
                false,
                Optional.empty(),
                cols,
                List.of(cols.get(0).name()),
                List.of(),
                100);
    }

    private static SchemaLinker.QuestionTerms withLookalikes(TableScorer scorer, String question) {
        return SchemaLinker.QuestionTerms.of(
                question, "", Lexicon.get(), scorer::knows, scorer::namesTables, scorer::lookalikes, w -> Set.of());
    }

    private static double sum(double[] parts) {
        return java.util.Arrays.stream(parts).sum();
    }

    @Test
    void aLabelThatNamesATableIsAFeaturesNameNotARowTheQuestionAsksFor() {
        // a menu's "Categories" entry names what the categories table holds; a question about a category is about
        // that table's rows, so the menu's label counts as little as a copy does
        TableInfo menu = new TableInfo(
                "public",
                "menu_options",
                false,
                Optional.empty(),
                List.of(
                        new ColumnInfo("id", "integer", false, Optional.empty(), List.of()),
                        new ColumnInfo(
                                "name", "text", false, Optional.empty(), List.of(), List.of("Categories", "Forums"))),
                List.of("id"),
                List.of(),
                2);
        String question = "Which pages are filed under the Marketing category?";
        SchemaSnapshot withCategories = new SchemaSnapshot(
                List.of(menu, CUSTOMERS, SchemaLinkerTest.table("categories", null, List.of("name"), List.of())),
                Instant.now());
        SchemaSnapshot without = new SchemaSnapshot(
                List.of(menu, CUSTOMERS, SchemaLinkerTest.table("sections", null, List.of("name"), List.of())),
                Instant.now());

        SchemaLinker.QuestionTerms a = terms(question, withCategories);
        SchemaLinker.QuestionTerms b = terms(question, without);
        double namingATable = new TableScorer(withCategories, true).contributions(menu, a)[a.termOf("category")];
        double namingNone = new TableScorer(without, true).contributions(menu, b)[b.termOf("category")];

        assertThat(namingATable).isPositive().isLessThan(namingNone / 2);
    }

    private static SchemaLinker.QuestionTerms terms(String question) {
        return terms(question, SCHEMA);
    }

    private static SchemaLinker.QuestionTerms terms(String question, SchemaSnapshot schema) {
        TableScorer scorer = new TableScorer(schema, true);
        return SchemaLinker.QuestionTerms.of(
                        question,
                        "",
                        Lexicon.get(),
                        scorer::knows,
                        scorer::namesTables,
                        (w, english) -> Set.of(),
                        w -> Set.of())
                .withValues(ValueIndex.of(schema).find(Words.stems(question)));
    }
}
