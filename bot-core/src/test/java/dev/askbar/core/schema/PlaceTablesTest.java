package dev.askbar.core.schema;

import static dev.askbar.core.schema.SchemaLinkerTest.fk;
import static dev.askbar.core.schema.SchemaLinkerTest.table;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlaceTablesTest {
    private final Lexicon english = Lexicon.get();
    private final SchemaSnapshot inventory = new SchemaSnapshot(inventory(), Instant.now());
    private final ForeignKeyGraph graph = ForeignKeyGraph.of(inventory);

    /** Racks, their sites and locations, and who reserved units in them, as a data-centre inventory keeps them. */
    private static List<TableInfo> inventory() {
        List<TableInfo> tables = new ArrayList<>();
        tables.add(table("dcim_site", null, List.of("name", "facility"), List.of()));
        tables.add(table("dcim_location", null, List.of("name", "site_id"), List.of(fk("site_id", "dcim_site"))));
        tables.add(table("tenancy_tenant", null, List.of("name"), List.of()));
        tables.add(table("users_user", null, List.of("username", "first_name", "last_name"), List.of()));
        tables.add(table(
                "dcim_rack",
                null,
                List.of("name", "site_id", "location_id", "tenant_id"),
                List.of(
                        fk("site_id", "dcim_site"),
                        fk("location_id", "dcim_location"),
                        fk("tenant_id", "tenancy_tenant"))));
        tables.add(table(
                "dcim_rackreservation",
                null,
                List.of("rack_id", "user_id", "units", "description"),
                List.of(fk("rack_id", "dcim_rack"), fk("user_id", "users_user"))));
        tables.add(table("dcim_powerpanel", null, List.of("name", "site_id"), List.of(fk("site_id", "dcim_site"))));
        return tables;
    }

    private TableInfo inInventory(String name) {
        return inventory.table("public", name).orElseThrow();
    }

    @Test
    void aPlaceIsNamedAfterAtOrInByANameWordNetPlacesOrNoWordKnows() {
        assertThat(PlaceTables.asked("Which racks at DM-Akron have units reserved?", w -> false, english))
                .isTrue();
        assertThat(PlaceTables.asked(
                        "Top interfaces by errors on the switches at the Berlin office", w -> false, english))
                .isTrue();
        assertThat(PlaceTables.asked("How many measles cases were reported in Kano State?", w -> false, english))
                .isTrue();
        assertThat(PlaceTables.asked("How many orders were placed in March?", w -> false, english))
                .as("a month is a time")
                .isFalse();
        assertThat(PlaceTables.asked("Revenue in Q3 2025 by region", w -> false, english))
                .as("a quarter is a time")
                .isFalse();
        assertThat(PlaceTables.asked("Which tickets are in Widgetron?", w -> w.equals("widgetron"), english))
                .as("a word of the schema's own names names a table, not a row")
                .isFalse();
        assertThat(PlaceTables.asked("Which Widgetron tickets are still open?", w -> false, english))
                .as("no word that places it")
                .isFalse();
    }

    @Test
    void theNearestPlacesThatMostTablesPointAtComeWithTheWayThere() {
        TableInfo reservations = inInventory("dcim_rackreservation");
        TableInfo racks = inInventory("dcim_rack");

        Set<TableInfo> near = PlaceTables.near(List.of(reservations), Set.of(reservations, racks), graph, english);

        assertThat(near)
                .extracting(TableInfo::name)
                .as("two hops away, through the chosen racks; the site, which most tables point at, first")
                .containsExactly("dcim_site", "dcim_rack", "dcim_location");
    }

    @Test
    void aPlaceAlreadyChosenIsNotTakenAgainAndTablesOfNoPlaceAreNone() {
        TableInfo users = inInventory("users_user");
        TableInfo tenants = inInventory("tenancy_tenant");

        assertThat(PlaceTables.near(List.of(users), Set.of(users), graph, english))
                .as("from the users, the reservations and racks are no places; the rack's site is three hops away")
                .isEmpty();
        assertThat(PlaceTables.near(List.of(tenants), Set.of(tenants), graph, english))
                .extracting(TableInfo::name)
                .as("the racks are the way to both")
                .containsExactlyInAnyOrder("dcim_rack", "dcim_site", "dcim_location");
    }

    @Test
    void aQuestionAboutRowsAtANamedPlaceGetsTheTableOfPlacesTheyPointAt() {
        List<TableInfo> tables = new ArrayList<>(SchemaLinkerTest.bigSchema().tables());
        tables.addAll(inventory());
        SchemaSnapshot s = new SchemaSnapshot(tables, Instant.now());

        // room for a few tables: the words find the reservations, the unknown name the racks and users holding
        // names; what budget is left would go to the next best-scored table before the racks' other neighbours
        LinkedSchema linked =
                SchemaLinkerTest.linesOnly(95).link("Which units are reserved at DM-Akron, and by whom?", s);

        assertThat(linked.tables())
                .extracting(TableInfo::name)
                .contains("dcim_rackreservation", "dcim_rack", "dcim_site");
    }
}
