package dev.askbar.core.schema;

import static dev.askbar.core.schema.SchemaLinkerTest.fk;
import static dev.askbar.core.schema.SchemaLinkerTest.keyed;
import static dev.askbar.core.schema.SchemaLinkerTest.table;
import static dev.askbar.core.schema.SchemaLinkerTest.to;
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
    void theTableNamedAfterBothIsTheLinkBetweenThemHoweverWellAnotherScores() {
        // keys implied from names: accounts and contacts both point at the campaign that brought them in
        TableInfo campaigns = table("campaigns", null, List.of("name"), List.of());
        TableInfo accounts =
                table("accounts", null, List.of("name", "campaign_id"), List.of(fk("campaign_id", "campaigns")));
        TableInfo contacts =
                table("contacts", null, List.of("last_name", "campaign_id"), List.of(fk("campaign_id", "campaigns")));
        TableInfo link = table(
                "accounts_contacts",
                null,
                List.of("account_id", "contact_id"),
                List.of(fk("account_id", "accounts"), fk("contact_id", "contacts")));
        ForeignKeyGraph graph =
                new ForeignKeyGraph(new SchemaSnapshot(List.of(campaigns, accounts, contacts, link), Instant.now()));
        java.util.Map<TableInfo, Double> scores = java.util.Map.of(campaigns, 3.0);

        assertThat(graph.between(accounts, contacts, scores, 3)).containsExactly(link);
        assertThat(graph.between(contacts, accounts, scores, 3)).containsExactly(link);
        assertThat(graph.between(accounts, campaigns, scores, 3))
                .as("joined directly")
                .isEmpty();
    }

    @Test
    void aTableJoinedToOneChosenTableOnlyOrChosenItselfIsNotJoining() {
        assertThat(GRAPH.joining(Set.of(FOOD))).isEmpty();
        assertThat(GRAPH.joining(Set.of(FOOD, NUTRIENT, NV, NV_SOURCE))).isEmpty();
    }

    @Test
    void aRowWithoutANameOfItsOwnGetsTheTableOfNamesForRowsOfAnyKind() {
        // every table points at its publisher, whose name would name the wrong thing; a team's name is in
        // display_names under (entity_type 'teams', entity_id)
        TableInfo publishers = keyed("s", "publishers", List.of("id"), List.of("id", "publisher_name"), List.of());
        TableInfo teams = keyed(
                "s",
                "teams",
                List.of("id"),
                List.of("id", "team_key", "publisher_id"),
                List.of(to("publisher_id", "s", "publishers", "id")));
        TableInfo displayNames = keyed(
                "s",
                "display_names",
                List.of("id"),
                List.of("id", "entity_type", "entity_id", "full_name", "first_name", "last_name"),
                List.of());
        // a note about any kind of row is no table of names: it has one name column at most
        TableInfo notes =
                keyed("s", "notes", List.of("id"), List.of("id", "noted_type", "noted_id", "author_name"), List.of());
        ForeignKeyGraph graph =
                new ForeignKeyGraph(new SchemaSnapshot(List.of(publishers, teams, displayNames, notes), Instant.now()));

        assertThat(graph.towardsNames(teams, 3)).containsExactly(displayNames, publishers);
        assertThat(graph.towardsNames(displayNames, 3)).isEmpty();
        assertThat(ForeignKeyGraph.namesAnyRow(notes)).isFalse();
        assertThat(new ForeignKeyGraph(new SchemaSnapshot(List.of(publishers, teams), Instant.now()))
                        .towardsNames(teams, 3))
                .as("without one, the nearest name along a key, as before")
                .containsExactly(publishers);
    }

    @Test
    void aKindAndIdPairThatAForeignKeyDeclaresIsNoTableOfNamesForAnyRow() {
        TableInfo people = keyed("s", "people", List.of("id"), List.of("id", "email"), List.of());
        TableInfo aliases = keyed(
                "s",
                "aliases",
                List.of("id"),
                List.of("id", "person_type", "person_id", "full_name", "short_name"),
                List.of(to("person_id", "s", "people", "id")));
        assertThat(ForeignKeyGraph.namesAnyRow(aliases)).isFalse();
        assertThat(ForeignKeyGraph.namesAnyRow(people)).isFalse();
    }

    @Test
    void aTableNoKeyJoinsGetsTheTablesReferringToRowsOfAnyKindUnderItsOwnWord() {
        TableInfo passing = keyed(
                "s",
                "football_passing_stats",
                List.of("id"),
                List.of("id", "passes_touchdowns", "passes_yards"),
                List.of());
        TableInfo stats = keyed(
                "s",
                "stats",
                List.of("id"),
                List.of("id", "stat_repository_type", "stat_repository_id", "stat_holder_type", "stat_holder_id"),
                List.of());
        TableInfo notes =
                keyed("s", "notes", List.of("id"), List.of("id", "noted_type", "noted_id", "body"), List.of());
        TableInfo teams = keyed(
                "s",
                "teams",
                List.of("id"),
                List.of("id", "team_key", "stats_id"),
                List.of(to("stats_id", "s", "stats", "id")));
        ForeignKeyGraph graph =
                new ForeignKeyGraph(new SchemaSnapshot(List.of(passing, stats, notes, teams), Instant.now()));

        assertThat(graph.anyRowLinks(passing))
                .as("stat_repository shares 'stat' with its name")
                .containsExactly(stats);
        assertThat(graph.anyRowLinks(teams)).as("a key joins it already").isEmpty();
        assertThat(ForeignKeyGraph.anyRowReferences(stats)).containsExactly("stat_repository", "stat_holder");
    }

    @Test
    void aRowsOwnNameKeptPerLanguageInATableNamedAfterItComesWithIt() {
        TableInfo state =
                keyed("s", "ps_order_state", List.of("id_order_state"), List.of("id_order_state", "color"), List.of());
        TableInfo stateLang = keyed(
                "s",
                "ps_order_state_lang",
                List.of("id_order_state", "id_lang"),
                List.of("id_order_state", "id_lang", "name"),
                List.of(to("id_order_state", "s", "ps_order_state", "id_order_state")));
        // a history of states names its row by a note, not by the state's name, and is not keyed by the state
        TableInfo history = keyed(
                "s",
                "ps_order_state_history",
                List.of("id_history"),
                List.of("id_history", "id_order_state", "name"),
                List.of(to("id_order_state", "s", "ps_order_state", "id_order_state")));
        TableInfo carrier = keyed("s", "ps_carrier", List.of("id_carrier"), List.of("id_carrier", "name"), List.of());
        TableInfo carrierLang = keyed(
                "s",
                "ps_carrier_lang",
                List.of("id_carrier", "id_lang"),
                List.of("id_carrier", "id_lang", "delay"),
                List.of(to("id_carrier", "s", "ps_carrier", "id_carrier")));
        ForeignKeyGraph graph = new ForeignKeyGraph(
                new SchemaSnapshot(List.of(state, stateLang, history, carrier, carrierLang), Instant.now()));

        assertThat(graph.ownNames(state)).containsExactly(stateLang);
        assertThat(graph.ownNames(carrier)).as("a carrier has its own name").isEmpty();
    }

    @Test
    void aTableCalledARowsNamesComesWithItWhateverItsKey() {
        TableInfo concept =
                keyed("s", "concept", List.of("concept_id"), List.of("concept_id", "short_name", "retired"), List.of());
        TableInfo conceptName = keyed(
                "s",
                "concept_name",
                List.of("concept_name_id"),
                List.of("concept_name_id", "concept_id", "name", "locale"),
                List.of(to("concept_id", "s", "concept", "concept_id")));
        TableInfo person = keyed("s", "person", List.of("person_id"), List.of("person_id", "gender"), List.of());
        TableInfo personName = keyed(
                "s",
                "PersonNames",
                List.of("person_name_id"),
                List.of("person_name_id", "person_id", "given_name", "family_name"),
                List.of(to("person_id", "s", "person", "person_id")));
        // named after the person, but a log of what was said, not the person's names
        TableInfo personNote = keyed(
                "s",
                "person_note",
                List.of("person_note_id"),
                List.of("person_note_id", "person_id", "author_name"),
                List.of(to("person_id", "s", "person", "person_id")));
        ForeignKeyGraph graph = new ForeignKeyGraph(
                new SchemaSnapshot(List.of(concept, conceptName, person, personName, personNote), Instant.now()));

        assertThat(graph.ownNames(concept)).containsExactly(conceptName);
        assertThat(graph.ownNames(person)).containsExactly(personName);
    }

    @Test
    void aRowsTranslationsComeWithItByTheirNameWhenNoKeyIsDeclared() {
        TableInfo polls = keyed("s", "polls", List.of("id"), List.of("id", "starts_at", "ends_at"), List.of());
        // Rails' Globalize: a table per translated model, its own id, no key declared back
        TableInfo pollTranslations = keyed(
                "s",
                "poll_translations",
                List.of("id"),
                List.of("id", "poll_id", "locale", "name", "summary"),
                List.of());
        // named after polls too, with names, but not kept per language: a list of voters, not the poll's text
        TableInfo pollVoters =
                keyed("s", "poll_voters", List.of("id"), List.of("id", "poll_id", "user_name"), List.of());
        TableInfo groups =
                keyed("s", "user_groups", List.of("user_group_id"), List.of("user_group_id", "role_id"), List.of());
        // PKP's key/value settings: the name is the value of the row whose setting_name is 'name'
        TableInfo groupSettings = keyed(
                "s",
                "user_group_settings",
                List.of("user_group_id", "locale", "setting_name"),
                List.of("user_group_id", "locale", "setting_name", "setting_value"),
                List.of());
        TableInfo feature = keyed("s", "feature", List.of("id"), List.of("id", "position", "title"), List.of());
        TableInfo featureI18n = keyed(
                "s",
                "feature_i18n",
                List.of("id", "locale"),
                List.of("id", "locale", "title"),
                List.of(to("id", "s", "feature", "id")));
        ForeignKeyGraph graph = new ForeignKeyGraph(new SchemaSnapshot(
                List.of(polls, pollTranslations, pollVoters, groups, groupSettings, feature, featureI18n),
                Instant.now()));

        assertThat(graph.ownNames(polls)).containsExactly(pollTranslations);
        assertThat(graph.ownNames(groups)).containsExactly(groupSettings);
        assertThat(graph.ownNames(feature)).as("a feature has its own title").isEmpty();
    }

    @Test
    void aTranslationMayKeepItsNameInForms() {
        TableInfo items =
                keyed("s", "list_items", List.of("item_id"), List.of("item_id", "list_id", "rank"), List.of());
        // CollectiveAccess: a list item's label per locale, singular and plural
        TableInfo labels = keyed(
                "s",
                "list_item_labels",
                List.of("label_id"),
                List.of("label_id", "item_id", "locale_id", "name_singular", "name_plural"),
                List.of(to("item_id", "s", "list_items", "item_id")));
        ForeignKeyGraph graph = new ForeignKeyGraph(new SchemaSnapshot(List.of(items, labels), Instant.now()));

        assertThat(graph.ownNames(items)).containsExactly(labels);
    }

    @Test
    void someSchemasTablesComeInTheOrderOfTheWholeGraph() {
        // three schemas of different sizes, joined within each so that degrees differ
        List<TableInfo> tables = new java.util.ArrayList<>();
        java.util.Random random = new java.util.Random(3);
        for (String schema : List.of("a", "b", "c")) {
            for (int i = 0; i < 30; i++) {
                List<ForeignKey> keys = i == 0 ? List.of() : List.of(to("ref", schema, "t" + random.nextInt(i), "id"));
                tables.add(keyed(schema, "t" + i, List.of("id"), List.of("id", "ref"), keys));
            }
        }
        ForeignKeyGraph graph = new ForeignKeyGraph(new SchemaSnapshot(tables, Instant.now()));
        List<TableInfo> merged = new java.util.ArrayList<>();
        graph.mostJoinedFirst(List.of("c", "a")).forEachRemaining(merged::add);

        assertThat(merged)
                .containsExactlyElementsOf(graph.mostJoinedFirst().stream()
                        .filter(t -> !t.schema().equals("b"))
                        .toList());
    }
}
