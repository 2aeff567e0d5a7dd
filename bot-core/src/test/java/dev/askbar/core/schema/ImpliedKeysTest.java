package dev.askbar.core.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ImpliedKeysTest {

    private static TableInfo table(String name, List<String> key, List<String> columns, List<ForeignKey> fks) {
        List<ColumnInfo> cols = new ArrayList<>();
        for (String c : columns) {
            cols.add(new ColumnInfo(
                    c, c.toLowerCase().endsWith("id") ? "integer" : "text", true, Optional.empty(), List.of()));
        }
        return new TableInfo("public", name, false, Optional.empty(), cols, key, fks, 100);
    }

    /** A shop whose database declares no foreign keys, as MySQL ports and many frameworks leave it. */
    private static SchemaSnapshot undeclared() {
        List<TableInfo> t = new ArrayList<>();
        t.add(table("customers", List.of("id"), List.of("id", "name", "country"), List.of()));
        t.add(table("orders", List.of("id"), List.of("id", "customer_id", "placed_at", "status_id"), List.of()));
        t.add(table("drugs", List.of("drug_id"), List.of("drug_id", "name"), List.of()));
        t.add(table("prescriptions", List.of("id"), List.of("id", "drug_id", "PatientID", "dose"), List.of()));
        t.add(table("patient", List.of("id"), List.of("id", "name"), List.of()));
        t.add(table(
                "order_lines",
                List.of("order_id", "line_no"),
                List.of("order_id", "line_no", "product", "qty"),
                List.of()));
        return new SchemaSnapshot(t, Instant.now());
    }

    private static List<String> arrows(SchemaSnapshot s, String table) {
        return s.table("public", table).orElseThrow().foreignKeys().stream()
                .map(fk -> fk.columns().get(0) + "->" + fk.targetTable() + "."
                        + fk.targetColumns().get(0))
                .toList();
    }

    @Test
    void namingConventionsStandInForKeysNobodyDeclared() {
        SchemaSnapshot s = ImpliedKeys.of(undeclared());
        assertThat(arrows(s, "orders"))
                .as("no table of statuses: no guess")
                .containsExactly("customer_id->customers.id");
        assertThat(arrows(s, "prescriptions"))
                .containsExactlyInAnyOrder("drug_id->drugs.drug_id", "PatientID->patient.id");
        assertThat(arrows(s, "order_lines")).as("part of a composite key").containsExactly("order_id->orders.id");
        assertThat(arrows(s, "customers")).isEmpty();
    }

    @Test
    void aKeyNamedForTheRoleItsRowPlaysPointsAtTheTableItEndsWith() {
        List<TableInfo> t = new ArrayList<>();
        t.add(table("addresses", List.of("id"), List.of("id", "city"), List.of()));
        t.add(table("users", List.of("id"), List.of("id", "login"), List.of()));
        t.add(table("menu_group", List.of("id"), List.of("id", "title"), List.of()));
        t.add(table(
                "orders",
                List.of("id"),
                List.of("id", "billing_address_id", "shipping_address_id", "created_by_user_id", "old_status_id"),
                List.of()));
        t.add(table("menu_item", List.of("id"), List.of("id", "portal_menu_group_id"), List.of()));
        SchemaSnapshot s = ImpliedKeys.of(new SchemaSnapshot(t, Instant.now()));

        assertThat(arrows(s, "orders"))
                .as("no table of statuses: no guess")
                .containsExactly(
                        "billing_address_id->addresses.id",
                        "shipping_address_id->addresses.id",
                        "created_by_user_id->users.id");
        assertThat(arrows(s, "menu_item"))
                .as("the longest ending that names a table")
                .containsExactly("portal_menu_group_id->menu_group.id");
    }

    @Test
    void aSchemaThatDeclaresAKeyPerTableIsLeftAsItIs() {
        List<TableInfo> t = new ArrayList<>();
        t.add(table("customers", List.of("id"), List.of("id", "name"), List.of()));
        t.add(table(
                "products", List.of("id"), List.of("id", "name", "maker_id"), List.of(key("maker_id", "customers"))));
        t.add(table(
                "orders",
                List.of("id"),
                List.of("id", "customer_id", "placed_at"),
                List.of(key("customer_id", "customers"))));
        t.add(table(
                "order_lines",
                List.of("order_id", "line_no"),
                List.of("order_id", "line_no", "product_id", "customer_id"),
                List.of(key("order_id", "orders"), key("product_id", "products"))));
        SchemaSnapshot declared = new SchemaSnapshot(t, Instant.now());
        assertThat(ImpliedKeys.of(declared))
                .as("four keys for four tables: the line's customer_id was left without one on purpose")
                .isSameAs(declared);
    }

    @Test
    void aSchemaThatDeclaresFewerKeysThanTablesGetsTheOnesItsNamesImplyBesideItsOwn() {
        List<TableInfo> t = new ArrayList<>(undeclared().tables());
        t.set(
                1,
                table(
                        "orders",
                        List.of("id"),
                        List.of("id", "customer_id", "placed_at", "status_id"),
                        List.of(key("customer_id", "customers"))));
        SchemaSnapshot s = ImpliedKeys.of(new SchemaSnapshot(t, Instant.now()));
        assertThat(arrows(s, "orders")).containsExactly("customer_id->customers.id");
        assertThat(arrows(s, "prescriptions")).contains("drug_id->drugs.drug_id");
    }

    private static ForeignKey key(String column, String target) {
        return new ForeignKey(List.of(column), "public", target, List.of("id"));
    }

    @Test
    void theLinkerAndTheModelSeeTheKeysTheNamesImply() {
        List<TableInfo> t = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            t.add(table("batch_" + i, List.of("id"), List.of("id", "payload", "loaded_at", "row_status"), List.of()));
        }
        t.add(table("film", List.of("id"), List.of("id", "title", "release_year"), List.of()));
        t.add(table("performer", List.of("id"), List.of("id", "first_name", "last_name"), List.of()));
        t.add(table("casting", List.of("id"), List.of("id", "film_id", "performer_id", "billing"), List.of()));
        SchemaSnapshot s = new SchemaSnapshot(t, Instant.now());
        LinkedSchema linked = new SchemaLinker(200).link("Which performer appears in the most films?", s);
        assertThat(linked.tables()).extracting(TableInfo::name).contains("film", "performer", "casting");
        assertThat(linked.text())
                .as("the model is shown the joins the names imply")
                .contains("film_id int→film,")
                .contains("performer_id int→performer,");
    }

    private static TableInfo typed(String schema, String name, String key, String... columnsAndTypes) {
        List<ColumnInfo> cols = new ArrayList<>();
        for (int i = 0; i < columnsAndTypes.length; i += 2) {
            cols.add(new ColumnInfo(columnsAndTypes[i], columnsAndTypes[i + 1], true, Optional.empty(), List.of()));
        }
        return new TableInfo(schema, name, false, Optional.empty(), cols, List.of(key), List.of(), 100);
    }

    @Test
    void columnsAfterTheTablesOwnPrefixPointAtTheTableTheyName() {
        SchemaSnapshot wiki = new SchemaSnapshot(
                List.of(
                        typed("wiki", "actor", "actor_id", "actor_id", "bigint", "actor_name", "text"),
                        typed("wiki", "page", "page_id", "page_id", "integer", "page_title", "text"),
                        typed("wiki", "comment", "comment_id", "comment_id", "bigint", "comment_text", "text"),
                        typed("wiki", "title", "title_id", "title_id", "integer", "title_text", "text"),
                        typed(
                                "wiki",
                                "revision",
                                "rev_id",
                                "rev_id",
                                "bigint",
                                "rev_page",
                                "integer",
                                "rev_actor",
                                "bigint",
                                "rev_comment_id",
                                "bigint",
                                "rev_timestamp",
                                "timestamptz"),
                        typed(
                                "wiki",
                                "block",
                                "bl_id",
                                "bl_id",
                                "integer",
                                "bl_by_actor",
                                "bigint",
                                "bl_title",
                                "text",
                                "bl_reason",
                                "text")),
                Instant.now());
        SchemaSnapshot s = ImpliedKeys.of(wiki);
        assertThat(arrows(s, "wiki", "revision"))
                .containsExactlyInAnyOrder(
                        "rev_page->page.page_id", "rev_actor->actor.actor_id", "rev_comment_id->comment.comment_id");
        assertThat(arrows(s, "wiki", "block"))
                .as("the last word names the table; a text title is not a title's key")
                .containsExactly("bl_by_actor->actor.actor_id");
    }

    @Test
    void aSchemaWithoutKeysGetsThemBesideOneThatDeclaresItsOwn() {
        List<TableInfo> t = new ArrayList<>();
        t.add(typed("f1", "drivers", "driverId", "driverId", "integer", "surname", "text"));
        t.add(typed("f1", "results", "resultId", "resultId", "integer", "driverId", "integer", "points", "numeric"));
        for (int i = 0; i < 10; i++) {
            t.add(new TableInfo(
                    "ops",
                    "audit_" + i,
                    false,
                    Optional.empty(),
                    List.of(new ColumnInfo("id", "integer", false, Optional.empty(), List.of())),
                    List.of("id"),
                    List.of(new ForeignKey(List.of("id"), "ops", "audit_" + ((i + 1) % 10), List.of("id"))),
                    10));
        }
        SchemaSnapshot s = ImpliedKeys.of(new SchemaSnapshot(t, Instant.now()));
        assertThat(arrows(s, "f1", "results")).containsExactly("driverId->drivers.driverId");
        assertThat(s.table("ops", "audit_0").orElseThrow().foreignKeys()).hasSize(1);
    }

    private static List<String> arrows(SchemaSnapshot s, String schema, String table) {
        return s.table(schema, table).orElseThrow().foreignKeys().stream()
                .map(fk -> fk.columns().get(0) + "->" + fk.targetTable() + "."
                        + fk.targetColumns().get(0))
                .toList();
    }

    @Test
    void theMarkAnApplicationPutsOnItsTablesIsNotPartOfTheNamesItsColumnsUse() {
        List<TableInfo> t = new ArrayList<>();
        for (String name : List.of("glpi_manufacturers", "glpi_users", "glpi_states", "glpi_locations")) {
            t.add(table(name, List.of("id"), List.of("id", "name"), List.of()));
        }
        t.add(table(
                "glpi_computers",
                List.of("id"),
                List.of("id", "name", "manufacturers_id", "users_id", "locations_id"),
                List.of()));
        t.add(table("order_notes", List.of("id"), List.of("id", "notes_id"), List.of()));
        t.add(table("notes", List.of("id"), List.of("id", "body"), List.of()));
        SchemaSnapshot s = ImpliedKeys.of(new SchemaSnapshot(t, Instant.now()));

        assertThat(arrows(s, "glpi_computers"))
                .containsExactlyInAnyOrder(
                        "manufacturers_id->glpi_manufacturers.id",
                        "users_id->glpi_users.id",
                        "locations_id->glpi_locations.id");
        assertThat(ImpliedKeys.tablePrefixes(new SchemaSnapshot(t, Instant.now()), java.util.Set.of("public")))
                .as("five of seven tables carry glpi_; order_ is one table's word")
                .containsExactly(java.util.Map.entry("public", "glpi_"));
    }

    @Test
    void anErpsModulesFileTablesUnderPrefixesItsColumnsLeaveOut() {
        // inoERP's way, after Oracle's applications: ap_supplier, ar_customer, inv_item, each keyed by its own name
        List<TableInfo> t = new ArrayList<>();
        for (String name : List.of(
                "ap_supplier",
                "ap_supplier_site",
                "ap_invoice",
                "ar_customer",
                "ar_customer_site",
                "ar_receipt",
                "po_header",
                "po_line",
                "po_detail",
                "inv_item",
                "inv_location",
                "inv_transaction")) {
            t.add(table(name, List.of(name + "_id"), List.of(name + "_id", "description"), List.of()));
        }
        t.add(table(
                "sd_so_header",
                List.of("sd_so_header_id"),
                List.of("sd_so_header_id", "customer_id", "item_id", "order_id"),
                List.of()));
        t.add(table(
                "po_receipt",
                List.of("po_receipt_id"),
                List.of("po_receipt_id", "supplier_id", "po_header_id"),
                List.of()));
        SchemaSnapshot s = ImpliedKeys.of(new SchemaSnapshot(t, Instant.now()));

        assertThat(arrows(s, "sd_so_header"))
                .as("no table is named order after its module")
                .containsExactlyInAnyOrder("customer_id->ar_customer.ar_customer_id", "item_id->inv_item.inv_item_id");
        assertThat(arrows(s, "po_receipt"))
                .containsExactlyInAnyOrder(
                        "supplier_id->ap_supplier.ap_supplier_id", "po_header_id->po_header.po_header_id");
        assertThat(ImpliedKeys.modulePrefixes(new SchemaSnapshot(t, Instant.now()), java.util.Set.of("public")))
                .containsExactly(java.util.Map.entry("public", java.util.Set.of("ap_", "ar_", "po_", "inv_")));
    }

    @Test
    void aFewTablesSharingAWordAreNoModules() {
        List<TableInfo> t = new ArrayList<>();
        for (String name :
                List.of("user_profile", "user_setting", "user_login", "post_tag", "post_vote", "post_view")) {
            t.add(table(name, List.of("id"), List.of("id", "label"), List.of()));
        }
        t.add(table("comments", List.of("id"), List.of("id", "setting_id", "vote_id"), List.of()));
        SchemaSnapshot s = ImpliedKeys.of(new SchemaSnapshot(t, Instant.now()));

        assertThat(ImpliedKeys.modulePrefixes(new SchemaSnapshot(t, Instant.now()), java.util.Set.of("public")))
                .as("two shared words, not three")
                .isEmpty();
        assertThat(arrows(s, "comments")).isEmpty();
    }

    @Test
    void aKeyNamedIdThenTheTablePointsAtItAndNotAtATableThatExtendsIt() {
        // Invenio's way: id_user, id_usergroup; bibarxivpdf is keyed by the record it adds to, id_bibrec
        SchemaSnapshot s = ImpliedKeys.of(new SchemaSnapshot(
                List.of(
                        typed("public", "user", "id", "id", "integer", "nickname", "text"),
                        typed("public", "usergroup", "id", "id", "integer", "name", "text"),
                        typed("public", "bibrec", "id", "id", "integer", "creation_date", "timestamp"),
                        typed("public", "bibarxivpdf", "id_bibrec", "id_bibrec", "integer", "status", "text"),
                        table(
                                "user_usergroup",
                                List.of(),
                                List.of("id_user", "id_usergroup", "user_status"),
                                List.of()),
                        typed("public", "rnkpageviews", "id", "id", "integer", "id_bibrec", "integer")),
                Instant.now()));

        assertThat(arrows(s, "user_usergroup")).containsExactly("id_user->user.id", "id_usergroup->usergroup.id");
        assertThat(arrows(s, "rnkpageviews"))
                .as("the record, not the table of its arXiv PDFs that shares its key's name")
                .containsExactly("id_bibrec->bibrec.id");
        assertThat(arrows(s, "bibarxivpdf")).as("its own key").isEmpty();
    }
}
