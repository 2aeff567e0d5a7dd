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
 * A rental shop where takings reach actors, countries and cities only through long join paths (actor ← film_actor →
 * film ← inventory ← rental ← payment; country ← city ← address ← customer ← payment), beside noise tables that share
 * the questions' words (a help-desk ticket about a country, an archive of actors) and outrank the tables meant.
 */
class AmountSubjectsTest {
    private static final TableInfo COUNTRY = table("country", List.of(), col("country", "text"));
    private static final TableInfo CITY = table("city", List.of(fk("country_id", "country")), col("city", "text"));
    private static final TableInfo ADDRESS =
            table("address", List.of(fk("city_id", "city")), col("address", "text"), col("postal_code", "text"));
    private static final TableInfo CUSTOMER = table(
            "customer", List.of(fk("address_id", "address")), col("first_name", "text"), col("last_name", "text"));
    private static final TableInfo ACTOR =
            table("actor", List.of(), col("first_name", "text"), col("last_name", "text"));
    private static final TableInfo AWARD =
            table("award", List.of(fk("actor_id", "actor")), col("title", "text"), col("awarded_on", "date"));
    private static final TableInfo FILM =
            table("film", List.of(), col("title", "text"), col("rental_rate", "numeric(4,2)"));
    private static final TableInfo FILM_ACTOR =
            table("film_actor", List.of(fk("actor_id", "actor"), fk("film_id", "film")));
    private static final TableInfo INVENTORY = table("inventory", List.of(fk("film_id", "film")));
    private static final TableInfo RENTAL = table(
            "rental",
            List.of(fk("inventory_id", "inventory"), fk("customer_id", "customer")),
            col("rental_date", "timestamp"));
    private static final TableInfo PAYMENT = table(
            "payment",
            List.of(fk("customer_id", "customer"), fk("rental_id", "rental")),
            col("amount", "numeric(5,2)"),
            col("payment_date", "timestamp"));
    // noise: named with the questions' words, joined only to each other
    private static final TableInfo TICKET_BATCH =
            table("ticket_batch", List.of(), col("loaded_at", "timestamp"), col("source_file", "text"));
    private static final TableInfo COUNTRY_TICKET = table(
            "country_ticket",
            List.of(fk("ticket_batch_id", "ticket_batch")),
            col("country_ref", "integer"),
            col("subject", "text"),
            col("country_name", "text"),
            col("customer_name", "text"),
            col("amount", "numeric"));
    private static final TableInfo ACTOR_ARCHIVE = table(
            "actor_archive",
            List.of(),
            col("actor_ref", "integer"),
            col("payload", "text"),
            col("actor_name", "text"),
            col("revenue", "numeric"));

    private static final List<TableInfo> SHOP = List.of(
            COUNTRY,
            CITY,
            ADDRESS,
            CUSTOMER,
            ACTOR,
            AWARD,
            FILM,
            FILM_ACTOR,
            INVENTORY,
            RENTAL,
            PAYMENT,
            TICKET_BATCH,
            COUNTRY_TICKET,
            ACTOR_ARCHIVE);

    @Test
    void revenuePerActorFollowsFiveJoinsToThePayments() {
        assertThat(names(new SchemaLinker(500).link("Revenue per actor", bigShop())))
                .contains("actor", "film_actor", "film", "inventory", "rental", "payment");
    }

    @Test
    void aPathOfFiveJoinsComesOnlyWhenItFitsTheBudget() {
        AmountPaths paths = paths();
        assertThat(paths.of(List.of(ACTOR), List.of(ACTOR), Map.of(), Map.of(), tables -> true))
                .containsExactlyInAnyOrder(FILM_ACTOR, FILM, INVENTORY, RENTAL, PAYMENT);
        assertThat(paths.of(List.of(ACTOR), List.of(ACTOR), Map.of(), Map.of(), tables -> false))
                .as("too long for what is left of the budget")
                .isEmpty();
    }

    @Test
    void sixJoinsAreTooFarWhateverTheBudget() {
        assertThat(paths().of(List.of(AWARD), List.of(AWARD), Map.of(), Map.of(), tables -> true))
                .isEmpty();
    }

    @Test
    void aCountryReachesThePaymentsOfItsCustomersEvenWhenANoiseTableOutranksIt() {
        assertThat(names(new SchemaLinker(500).link("Revenue per customer country", bigShop())))
                .contains("country", "city", "address", "customer", "payment");
    }

    @Test
    void moneyAsksForAnAmountAsRevenueDoes() {
        assertThat(names(new SchemaLinker(500).link("Which cities bring in the most money?", bigShop())))
                .contains("city", "address", "customer", "payment");
    }

    @Test
    void withoutAnAmountWordNoPathIsTraced() {
        // "most" ranks counts as well as amounts: the amounts stage adds nothing, the prompt is what it is without it
        EnumSet<SchemaLinker.Stage> withoutAmounts = EnumSet.allOf(SchemaLinker.Stage.class);
        withoutAmounts.remove(SchemaLinker.Stage.DETAIL_LINES);
        for (String question :
                List.of("Which cities have the most customers?", "Which actors appear in the most films?")) {
            assertThat(new SchemaLinker(500).link(question, bigShop()).tables())
                    .as(question)
                    .containsExactlyElementsOf(new SchemaLinker(500, withoutAmounts)
                            .link(question, bigShop())
                            .tables());
        }
        assertThat(new SchemaLinker(500)
                        .link("Which cities bring in the most money?", bigShop())
                        .tables())
                .as("the same question about money does get the path")
                .isNotEqualTo(new SchemaLinker(500, withoutAmounts)
                        .link("Which cities bring in the most money?", bigShop())
                        .tables());
    }

    @Test
    void aTableOnlySharingTheQuestionsWordsIsNoSubject() {
        SchemaSnapshot s = new SchemaSnapshot(SHOP, Instant.now());
        TableScorer scorer = new TableScorer(s, true);
        SchemaLinker.QuestionTerms terms = SchemaLinker.QuestionTerms.of(
                "Revenue per customer country",
                "",
                Lexicon.get(),
                scorer::knows,
                scorer::namesTables,
                (w, english) -> java.util.Set.of(),
                w -> java.util.Set.of());
        assertThat(scorer.namedOutright(COUNTRY, terms)).isTrue();
        assertThat(scorer.namedOutright(CUSTOMER, terms)).isTrue();
        assertThat(scorer.namedOutright(COUNTRY_TICKET, terms))
                .as("ticket is not named")
                .isFalse();
        assertThat(scorer.namedOutright(ACTOR_ARCHIVE, terms)).isFalse();
    }

    @Test
    void noNoiseTableComesAlongAnAmountPath() {
        // the noise tables share the question's words and outrank country, but no path is traced from or through them
        List<TableInfo> added = paths().of(
                        List.of(COUNTRY_TICKET, COUNTRY, CUSTOMER),
                        List.of(COUNTRY_TICKET, COUNTRY, CUSTOMER, PAYMENT),
                        Map.of(),
                        Map.of(),
                        tables -> true);
        assertThat(added).containsExactlyInAnyOrder(CITY, ADDRESS).doesNotContain(TICKET_BATCH);
    }

    @Test
    void generalMoneyWordsAskForAmounts() {
        assertThat(AmountPaths.asksForAmount("Which cities bring in the most money?"))
                .isTrue();
        assertThat(AmountPaths.asksForAmount("How much has each customer paid?"))
                .isTrue();
        assertThat(AmountPaths.asksForAmount("Takings per store")).isTrue();
        assertThat(AmountPaths.asksForAmount("Average salary per department")).isTrue();
        assertThat(AmountPaths.asksForAmount("Highest-grossing films")).isTrue();
        assertThat(AmountPaths.asksForAmount("What did shipping cost per country?"))
                .isTrue();
        assertThat(AmountPaths.asksForAmount("Which cities have the most customers?"))
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
        for (ForeignKey fk : fks) {
            cols.add(new ColumnInfo(fk.columns().get(0), "integer", false, Optional.empty(), List.of()));
        }
        for (ColumnInfo c : columns) {
            cols.add(c);
        }
        return new TableInfo("public", name, false, Optional.empty(), cols, List.of("id"), fks, 1000);
    }
}
