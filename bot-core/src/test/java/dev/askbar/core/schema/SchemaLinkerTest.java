package dev.askbar.core.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.askbar.core.llm.PromptTokens;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SchemaLinkerTest {
    /** How these tests' tables are written: each test's are in one schema, so no name is shared. */
    private static final SchemaPrompt ONE_SCHEMA = SchemaPrompt.of(List.of());

    static TableInfo table(String name, String comment, List<String> columns, List<ForeignKey> fks) {
        List<ColumnInfo> cols = new ArrayList<>();
        cols.add(new ColumnInfo("id", "integer", false, Optional.empty(), List.of()));
        for (String c : columns) {
            cols.add(new ColumnInfo(c, "text", true, Optional.empty(), List.of()));
        }
        return new TableInfo("public", name, false, Optional.ofNullable(comment), cols, List.of("id"), fks, 1000);
    }

    /** A linker that spends the whole budget on lines, naming no other tables: how lines share a budget, alone. */
    static SchemaLinker linesOnly(int budget) {
        return without(budget, SchemaLinker.Stage.NAMES);
    }

    /** A linker with every stage but these. */
    static SchemaLinker without(int budget, SchemaLinker.Stage off, SchemaLinker.Stage... more) {
        return new SchemaLinker(budget, java.util.EnumSet.complementOf(java.util.EnumSet.of(off, more)));
    }

    static ForeignKey fk(String column, String target) {
        return new ForeignKey(List.of(column), "public", target, List.of("id"));
    }

    /** A shop in the middle of 300 unrelated tables. */
    static SchemaSnapshot bigSchema() {
        List<TableInfo> tables = new ArrayList<>();
        tables.add(table("customers", "People who bought", List.of("name", "country"), List.of()));
        tables.add(table("products", "What we sell", List.of("name", "category"), List.of()));
        tables.add(table(
                "orders",
                "One row per order",
                List.of("customer_id", "status"),
                List.of(fk("customer_id", "customers"))));
        tables.add(table(
                "order_lines",
                "Products in an order",
                List.of("order_id", "product_id", "quantity"),
                List.of(fk("order_id", "orders"), fk("product_id", "products"))));
        for (int i = 0; i < 296; i++) {
            tables.add(table(
                    "audit_archive_" + i,
                    "Archived telemetry batch " + i,
                    List.of(
                            "payload",
                            "sensor_reading",
                            "batch_note",
                            "checksum_value",
                            "source_system",
                            "ingest_state"),
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
        assertThat(linked.tables())
                .extracting(TableInfo::name)
                .contains("customers", "orders", "products", "order_lines");
    }

    @Test
    void tablesTheTeamsApprovedAnswersReadAreDescribedFirstWithinTheBudget() {
        SchemaSnapshot s = bigSchema();
        String question = "which telemetry batches failed their ingest checks?";
        TableInfo approved = s.table("public", "audit_archive_250").orElseThrow();
        TableInfo dropped = table("audit_archive_999", null, List.of("payload"), List.of());

        assertThat(new SchemaLinker(1500).link(question, s).tables())
                .extracting(TableInfo::name)
                .as("its words are every archive table's: the question alone cannot tell which")
                .doesNotContain("audit_archive_250");
        LinkedSchema linked = new SchemaLinker(1500).link(question, s, Vocabulary.none(), List.of(dropped, approved));
        assertThat(linked.tables())
                .extracting(TableInfo::name)
                .as("a table the schema no longer has is passed over")
                .contains("audit_archive_250")
                .doesNotContain("audit_archive_999");
        assertThat(linked.text()).contains(SchemaPrompt.of(s).line(approved));
        assertThat(linked.estimatedTokens()).isLessThanOrEqualTo(1500);
    }

    @Test
    void tablesTheWordsAlreadyDescribeLeaveTheLinkAsTheWordsMadeIt() {
        SchemaSnapshot s = bigSchema();
        String question = "Which customers ordered the most products?";
        LinkedSchema byWords = new SchemaLinker(1500).link(question, s);
        // the words' last table, described by them in brief: written first, an approved example's would be in full
        TableInfo found = byWords.tables().get(byWords.tables().size() - 1);
        TableInfo missed = s.table("public", "audit_archive_250").orElseThrow();
        assertThat(byWords.tables()).doesNotContain(missed);

        assertThat(new SchemaLinker(1500)
                        .link(question, s, Vocabulary.none(), List.of(found))
                        .text())
                .as("written first, a table the words found only takes the room of the others they found")
                .isEqualTo(byWords.text());
        assertThat(new SchemaLinker(1500)
                        .link(question, s, Vocabulary.none(), List.of(found, missed))
                        .tables())
                .as("one the words missed is taught, with the rest")
                .contains(missed, found);
    }

    @Test
    void aTaughtTableWhoseNamesLiveElsewhereBringsTheTableHoldingThem() {
        List<TableInfo> tables = new ArrayList<>(bigSchema().tables());
        TableInfo state = keyed("public", "zz_gauge", List.of("id_gauge"), List.of("id_gauge", "color"), List.of());
        tables.add(state);
        tables.add(keyed(
                "public",
                "zz_gauge_lang",
                List.of("id_gauge", "id_lang"),
                List.of("id_gauge", "id_lang", "name"),
                List.of(to("id_gauge", "public", "zz_gauge", "id_gauge"))));
        SchemaSnapshot s = new SchemaSnapshot(tables, Instant.now());
        String question = "which telemetry batches failed their ingest checks?";

        assertThat(new SchemaLinker(1500).link(question, s).tables())
                .extracting(TableInfo::name)
                .doesNotContain("zz_gauge", "zz_gauge_lang");
        assertThat(new SchemaLinker(1500)
                        .link(question, s, Vocabulary.none(), List.of(state))
                        .tables())
                .extracting(TableInfo::name)
                .as("its rows read as numbers without the table of their names")
                .contains("zz_gauge", "zz_gauge_lang");
    }

    @Test
    void anExampleReadingDozensOfTablesLeavesTheQuestionsOwnTheirRoom() {
        SchemaSnapshot s = bigSchema();
        List<TableInfo> dozens = s.tables().subList(100, 140);

        LinkedSchema linked =
                new SchemaLinker(1500).link("Which customers ordered the most products?", s, Vocabulary.none(), dozens);

        assertThat(linked.tables())
                .extracting(TableInfo::name)
                .contains("customers", "orders", "products", "order_lines")
                .contains(
                        dozens.get(0).name(),
                        dozens.get(SchemaLinker.MAX_TAUGHT - 1).name());
        assertThat(linked.estimatedTokens()).isLessThanOrEqualTo(1500);
    }

    @Test
    void ofAHubsNeighboursThoseTheQuestionTouchesComeFirst() {
        // a school is joined to sixty tables of its own; before the budget runs out on them in catalog order, the one
        // holding what the question asks about gets its place
        List<TableInfo> tables = new ArrayList<>();
        tables.add(table("schools", null, List.of("title", "phone"), List.of()));
        for (int i = 0; i < 60; i++) {
            tables.add(table(
                    String.format("a_%02d", i),
                    null,
                    List.of("school_id", "c_one", "c_two", "c_three"),
                    List.of(fk("school_id", "schools"))));
        }
        for (int i = 0; i < 30; i++) {
            tables.add(table("school_term_" + i, null, List.of("title", "phone"), List.of()));
        }
        tables.add(table(
                "zz_guardians", null, List.of("school_id", "guardian_phone"), List.of(fk("school_id", "schools"))));
        SchemaSnapshot s = new SchemaSnapshot(tables, Instant.now());

        LinkedSchema linked = linesOnly(700).link("phone numbers at each school", s);

        assertThat(linked.tables()).extracting(TableInfo::name).contains("schools", "zz_guardians");
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

    @Test
    void anAcronymsPluralIsTheAcronym() {
        // lower-cased whole, "POs" would be "pos", a point of sale
        assertThat(Words.of("how many POs and SKUs")).contains("po", "sku").doesNotContain("pos", "skus");
        assertThat(Words.of("orderIDs")).contains("order", "id");
        assertThat(Words.of("POS terminals")).contains("pos");
    }

    @Test
    void anAcronymThatReadsAsAStopwordStillNamesItsTable() {
        List<TableInfo> tables = new ArrayList<>(bigSchema().tables());
        tables.add(table("did", null, List.of("number", "forward_to"), List.of()));
        SchemaSnapshot s = new SchemaSnapshot(tables, Instant.now());
        // lower-cased, "DIDs" is the verb "did"; written in capitals it is a thing the schema keeps
        assertThat(new SchemaLinker(1500)
                        .link("Which DIDs does account 44 have?", s)
                        .tables())
                .extracting(TableInfo::name)
                .contains("did");
        assertThat(Words.acronyms("Which DIDs did they add to the IT desk?")).containsExactly("did", "it");
        assertThat(Words.acronyms("WHICH DIDS DID THEY ADD?"))
                .as("a question all in capitals is shouted, not spelled out")
                .isEmpty();
        assertThat(Words.of("Which DIDs did they add?"))
                .as("the words approved examples are matched on keep it too; the verb stays a stopword")
                .containsExactly("did", "they", "add");
        assertThat(Words.of("which numbers did they add?")).doesNotContain("did");
    }

    @Test
    void aNegationWrittenTogetherIsNoOtherWord() {
        assertThat(Words.of("brands that haven't sold, won't ship or don’t pay"))
                .contains("brand", "sold", "ship", "pay")
                .doesNotContain("haven", "won", "don", "t");
        assertThat(Words.of("orders we've shipped, they're late")).doesNotContain("ve", "re");
        assertThat(Words.of("Guns N' Roses' albums")).contains("gun", "album").doesNotContain("not");
    }

    static TableInfo keyed(String schema, String name, List<String> key, List<String> columns, List<ForeignKey> fks) {
        List<ColumnInfo> cols = new ArrayList<>();
        for (String c : columns) {
            cols.add(new ColumnInfo(c, c.endsWith("id") ? "integer" : "text", true, Optional.empty(), List.of()));
        }
        return new TableInfo(schema, name, false, Optional.empty(), cols, key, fks, 100);
    }

    static ForeignKey to(String column, String schema, String table, String targetColumn) {
        return new ForeignKey(List.of(column), schema, table, List.of(targetColumn));
    }

    /** A slice of a real sample schema (run-together names, shared keys), among noise that reuses its words. */
    static SchemaSnapshot runTogetherSchema() {
        List<TableInfo> t = new ArrayList<>();
        t.add(keyed(
                "person",
                "person",
                List.of("businessentityid"),
                List.of("businessentityid", "firstname", "lastname"),
                List.of()));
        t.add(keyed(
                "humanresources",
                "employee",
                List.of("businessentityid"),
                List.of("businessentityid", "jobtitle", "hiredate"),
                List.of(to("businessentityid", "person", "person", "businessentityid"))));
        t.add(keyed(
                "sales",
                "salesterritory",
                List.of("territoryid"),
                List.of("territoryid", "name", "countryregioncode"),
                List.of(to("countryregioncode", "person", "countryregion", "countryregioncode"))));
        t.add(keyed(
                "sales",
                "salesperson",
                List.of("businessentityid"),
                List.of("businessentityid", "territoryid", "salesquota", "bonus"),
                List.of(
                        to("territoryid", "sales", "salesterritory", "territoryid"),
                        to("businessentityid", "humanresources", "employee", "businessentityid"))));
        t.add(keyed(
                "person",
                "countryregion",
                List.of("countryregioncode"),
                List.of("countryregioncode", "name"),
                List.of()));
        t.add(keyed(
                "person",
                "stateprovince",
                List.of("stateprovinceid"),
                List.of("stateprovinceid", "stateprovincecode", "countryregioncode", "name"),
                List.of(to("countryregioncode", "person", "countryregion", "countryregioncode"))));
        t.add(keyed(
                "person",
                "address",
                List.of("addressid"),
                List.of("addressid", "addressline1", "city", "stateprovinceid"),
                List.of(to("stateprovinceid", "person", "stateprovince", "stateprovinceid"))));
        t.add(keyed(
                "sales",
                "salesorderheader",
                List.of("salesorderid"),
                List.of(
                        "salesorderid",
                        "orderdate",
                        "shiptoaddressid",
                        "salespersonid",
                        "totaldue",
                        "revisionnumber",
                        "duedate",
                        "shipdate",
                        "status",
                        "onlineorderflag",
                        "purchaseordernumber",
                        "accountnumber",
                        "comment"),
                List.of(
                        to("shiptoaddressid", "person", "address", "addressid"),
                        to("salespersonid", "sales", "salesperson", "businessentityid"))));
        t.add(keyed(
                "production",
                "productcategory",
                List.of("productcategoryid"),
                List.of("productcategoryid", "name"),
                List.of()));
        t.add(keyed(
                "production",
                "productsubcategory",
                List.of("productsubcategoryid"),
                List.of("productsubcategoryid", "productcategoryid", "name"),
                List.of(to("productcategoryid", "production", "productcategory", "productcategoryid"))));
        t.add(keyed(
                "production",
                "product",
                List.of("productid"),
                List.of(
                        "productid",
                        "name",
                        "listprice",
                        "productsubcategoryid",
                        "color",
                        "size",
                        "weight",
                        "style",
                        "class",
                        "productline",
                        "makeflag",
                        "sellstartdate",
                        "sellenddate"),
                List.of(to("productsubcategoryid", "production", "productsubcategory", "productsubcategoryid"))));
        t.add(keyed(
                "sales",
                "salesorderdetail",
                List.of("salesorderdetailid"),
                List.of(
                        "salesorderdetailid",
                        "salesorderid",
                        "productid",
                        "orderqty",
                        "unitprice",
                        "carriertrackingnumber",
                        "specialofferid",
                        "unitpricediscount",
                        "rowguid",
                        "modifieddate"),
                List.of(
                        to("salesorderid", "sales", "salesorderheader", "salesorderid"),
                        to("productid", "production", "product", "productid"))));
        t.add(keyed(
                "purchasing",
                "vendor",
                List.of("businessentityid"),
                List.of("businessentityid", "name", "creditrating"),
                List.of()));
        t.add(keyed(
                "production", "scrapreason", List.of("scrapreasonid"), List.of("scrapreasonid", "name"), List.of()));
        t.add(keyed(
                "production",
                "workorder",
                List.of("workorderid"),
                List.of("workorderid", "productid", "scrapreasonid", "scrappedqty"),
                List.of(
                        to("productid", "production", "product", "productid"),
                        to("scrapreasonid", "production", "scrapreason", "scrapreasonid"))));
        String[] words = {
            "order", "product", "sales", "country", "category", "person", "vendor", "reason", "territory", "film"
        };
        for (int i = 0; i < 120; i++) {
            String w = words[i % words.length];
            t.add(keyed(
                    "ops",
                    w + "_audit_" + i,
                    List.of("id"),
                    List.of("id", w + "_ref", "changed_by", "old_value", "new_value", "note", "created_at"),
                    List.of()));
        }
        return new SchemaSnapshot(t, Instant.now());
    }

    static List<String> linked(String question, int budget) {
        return new SchemaLinker(budget)
                .link(question, runTogetherSchema()).tables().stream()
                        .map(TableInfo::qualifiedName)
                        .toList();
    }

    @Test
    void runTogetherNamesMeetTheSpacedWordsOfAQuestion() {
        assertThat(linked("What are the most common scrap reasons?", 1500)).contains("production.scrapreason");
        assertThat(linked("list every product category", 1500)).contains("production.productcategory");
    }

    @Test
    void wordNetSynonymsFindTablesNamedDifferently() {
        assertThat(linked("top sales representatives by quota", 1500)).contains("sales.salesperson");
        assertThat(new SchemaLinker(300).link("our best clients", bigSchema()).tables())
                .extracting(TableInfo::name)
                .contains("customers");
    }

    @Test
    void theBuiltInVocabularyAndTheGlossaryReachWordsWordNetDoesNotConnect() {
        assertThat(linked("Which suppliers have the best credit rating?", 1500)).contains("purchasing.vendor");
        LinkedSchema withGlossary = new SchemaLinker(1500)
                .link(
                        "How many lost parts last year?",
                        runTogetherSchema(),
                        Vocabulary.parse(List.of("lost parts: scrapped quantity of a work order")));
        assertThat(withGlossary.tables()).extracting(TableInfo::qualifiedName).contains("production.workorder");
    }

    /** Everyday words for records a business database names otherwise, among three hundred unrelated tables. */
    @Test
    void everydayWordsReachTheTablesBusinessDatabasesNameOtherwise() {
        List<TableInfo> tables = new ArrayList<>(bigSchema().tables());
        tables.add(table("task", null, List.of("name", "date_end", "assigned_user_id"), List.of()));
        tables.add(table("holiday", null, List.of("fk_user", "date_debut", "date_fin", "fk_type"), List.of()));
        tables.add(table("immunizations", null, List.of("patient_id", "administered_date", "cvx_code"), List.of()));
        tables.add(table("ohrm_license", null, List.of("name"), List.of()));
        tables.add(table("price", null, List.of("currency_code", "value", "variant_id"), List.of()));
        tables.add(table("mdl_choice_answers", null, List.of("choiceid", "userid", "optionid"), List.of()));
        tables.add(table("issues", null, List.of("target_id", "observed_at", "gravity"), List.of()));
        tables.add(table("user_visits", null, List.of("user_id", "visited_at", "posts_read"), List.of()));
        tables.add(table("conpherence_thread", null, List.of("title", "phid"), List.of()));
        tables.add(table("users", null, List.of("display_name", "availability"), List.of()));
        tables.add(table(
                "c_conversion_rate", null, List.of("c_currency_id", "c_currency_id_to", "multiplyrate"), List.of()));
        tables.add(table("synonym", null, List.of("feature_id", "synonym_sgml"), List.of()));
        tables.add(table("cases", null, List.of("case_number", "account_id", "state"), List.of()));
        tables.add(table("ci_environment", null, List.of("project_id", "slug", "tier"), List.of()));
        tables.add(table("emotions", null, List.of("label", "kind"), List.of()));
        tables.add(table("subscription", null, List.of("eperson_id", "frequency", "dspace_object"), List.of()));
        tables.add(table("bin", null, List.of("item_code", "actual_qty", "reserved_qty"), List.of()));
        tables.add(table("cart", null, List.of("token", "price", "customer_id", "created_at"), List.of()));
        tables.add(table("region", null, List.of("name", "country_code", "archived"), List.of()));
        SchemaSnapshot schema = new SchemaSnapshot(tables, Instant.now());
        Map<String, String> asked = Map.ofEntries(
                Map.entry("Who has the most overdue to-dos right now?", "task"),
                Map.entry("Who took the most days of sick leave this year?", "holiday"),
                Map.entry("how many vaccines did we give last month", "immunizations"),
                Map.entry("Which staff have a PMP certification that lapses this year?", "ohrm_license"),
                Map.entry("What do we charge in euros for SKU TSHIRT-BLK-M?", "price"),
                Map.entry("How did people vote in the 'Field trip destination' poll?", "mdl_choice_answers"),
                Map.entry("Which tractors had a breakdown or problem reported in the last six months?", "issues"),
                Map.entry("How many days did each trust level 3 member drop by last month?", "user_visits"),
                Map.entry("Which chat rooms is Lena Fischer in?", "conpherence_thread"),
                Map.entry("Which agent answered the most chats yesterday?", "users"),
                Map.entry("What was the EUR to USD exchange rate on 1 March?", "c_conversion_rate"),
                Map.entry("Which genes go by the alias cdc2?", "synonym"),
                Map.entry("How many support tickets did Initech open last week?", "cases"),
                Map.entry("What got deployed to production this week?", "ci_environment"),
                Map.entry("Which feelings did I note most often?", "emotions"),
                Map.entry("Which people get the weekly digest?", "subscription"),
                Map.entry("How much GZ-1000 is on hand?", "bin"),
                Map.entry("How many baskets were left abandoned this week?", "cart"),
                Map.entry("How many hospital admissions were there per state?", "region"));
        org.assertj.core.api.SoftAssertions.assertSoftly(soft -> asked.forEach((question, table) -> soft.assertThat(
                        new SchemaLinker(300).link(question, schema).tables())
                .as(question)
                .extracting(TableInfo::name)
                .contains(table)));
    }

    @Test
    void bridgeTablesOnTheJoinPathComeAlong() {
        assertThat(linked("How many orders were shipped to each country?", 1500))
                .contains("sales.salesorderheader", "person.address", "person.stateprovince", "person.countryregion");
        assertThat(linked("Revenue per product category", 1500))
                .contains(
                        "sales.salesorderdetail",
                        "production.product",
                        "production.productsubcategory",
                        "production.productcategory");
    }

    @Test
    void theTableHoldingTheNamesOfAChosenRowComesAlongThroughItsOwnKey() {
        assertThat(linked("Top 10 sales reps by bonus, with their names", 1500))
                .contains("sales.salesperson", "humanresources.employee", "person.person");
    }

    /**
     * A ledger as LedgerSMB keeps it: the postings where a journal entry meets its transaction and currency are named
     * in no question, and sixty summaries share a word of the question.
     */
    @Test
    void whereTheChosenTablesMeetGetsAPlaceBeforeTheRestOfWhatTheWordsFound() {
        List<TableInfo> tables = new ArrayList<>();
        tables.add(table("transactions", "Every financial transaction", List.of("table_name", "approved"), List.of()));
        tables.add(table("currency", "Currencies in use", List.of("curr", "description"), List.of()));
        tables.add(table(
                "gl",
                "General ledger journal entries",
                List.of("transaction_id", "currency_id", "reference", "transdate"),
                List.of(fk("transaction_id", "transactions"), fk("currency_id", "currency"))));
        tables.add(table(
                "acc_trans",
                "Line items",
                List.of("trans_id", "currency_id", "debit", "credit"),
                List.of(fk("trans_id", "transactions"), fk("currency_id", "currency"))));
        for (int i = 0; i < 60; i++) {
            tables.add(table("summary_" + i, "Totals " + i, List.of("posted_on", "period"), List.of()));
        }
        SchemaSnapshot ledger = new SchemaSnapshot(tables, Instant.now());

        LinkedSchema linked = linesOnly(400).link("What's the net amount posted in GL entries in 2025?", ledger);

        assertThat(linked.tables()).extracting(TableInfo::name).contains("gl", "acc_trans");
        assertThat(linked.estimatedTokens()).isLessThanOrEqualTo(400);
    }

    /**
     * A learning platform as OpenOLAT keeps it: its courses are repository entries, a name no question uses, which the
     * course records and the certificates point at (the launches only name it in an undeclared column); sixty more tables
     * share "course" and fill the budget.
     */
    @Test
    void theTableWhereTheTablesShownMeetGetsAPlaceThoughNoWordNamesIt() {
        List<TableInfo> tables = new ArrayList<>();
        tables.add(table("repositoryentry", null, List.of("displayname", "status", "technical_type"), List.of()));
        tables.add(table("course_launch", null, List.of("fk_entry", "launch_date", "identity_id"), List.of()));
        tables.add(table(
                "user_course_infos",
                null,
                List.of("entry_id", "initial_launch_date", "recent_launch_date", "visits"),
                List.of(fk("entry_id", "repositoryentry"))));
        tables.add(table(
                "course_certificate",
                null,
                List.of("entry_id", "course_title", "issued_on"),
                List.of(fk("entry_id", "repositoryentry"))));
        for (int i = 0; i < 60; i++) {
            tables.add(table(
                    "course_element_" + i, null, List.of("course_node_ident", "position", "shortname"), List.of()));
        }
        SchemaSnapshot platform = new SchemaSnapshot(tables, Instant.now());

        LinkedSchema linked = linesOnly(700).link("Top 10 courses by number of launches", platform);

        assertThat(linked.tables()).extracting(TableInfo::name).contains("course_launch", "repositoryentry");
        assertThat(linked.estimatedTokens()).isLessThanOrEqualTo(700);
    }

    /**
     * A hotel's room types name themselves per language, as QloApps' do; the room types come in as the hotel's
     * neighbours, not for any word of the question, and their names come with them.
     */
    @Test
    void aTableGivenAPlaceBringsTheTableOfItsNames() {
        List<TableInfo> tables = new ArrayList<>(bigSchema().tables());
        tables.add(table("hotels", "Our hotels", List.of("hotel_name", "city"), List.of()));
        tables.add(table(
                "room_type",
                null,
                List.of("hotel_id", "max_adults", "max_children"),
                List.of(fk("hotel_id", "hotels"))));
        tables.add(table(
                "room_type_lang",
                null,
                List.of("room_type_id", "id_lang", "name"),
                List.of(fk("room_type_id", "room_type"))));
        SchemaSnapshot schema = new SchemaSnapshot(tables, Instant.now());
        LinkedSchema linked = without(400, SchemaLinker.Stage.NAMES, SchemaLinker.Stage.FILL)
                .link("Which hotels are in Lisbon?", schema);

        assertThat(linked.tables()).extracting(TableInfo::name).contains("hotels", "room_type", "room_type_lang");
    }

    @Test
    void lessRelevantTablesAreWrittenCompactlySoMoreFitTheBudget() {
        String question = "Revenue per product category";
        LinkedSchema compact = new SchemaLinker(250).link(question, runTogetherSchema());
        LinkedSchema full = without(250, SchemaLinker.Stage.COMPACT).link(question, runTogetherSchema());
        assertThat(compact.estimatedTokens()).isLessThanOrEqualTo(250);
        assertThat(full.estimatedTokens()).isLessThanOrEqualTo(250);
        assertThat(compact.tables().size()).isGreaterThan(full.tables().size());
        assertThat(compact.text()).contains("…)");
    }

    @Test
    void everyStageCanBeSwitchedOffAndTheLinkerStillKeepsToTheBudget() {
        for (SchemaLinker.Stage off : SchemaLinker.Stage.values()) {
            LinkedSchema l = without(400, off).link("Revenue per product category", runTogetherSchema());
            assertThat(l.estimatedTokens()).as("without " + off).isLessThanOrEqualTo(400);
            assertThat(l.tables()).as("without " + off).isNotEmpty();
        }
    }

    @Test
    void wordNetLinksRelatedFormsAndTheKindOfThingAValueIs() {
        List<TableInfo> t = new ArrayList<>();
        t.add(keyed("public", "film", List.of("film_id"), List.of("film_id", "title", "length"), List.of()));
        t.add(keyed("public", "city", List.of("city_id"), List.of("city_id", "city", "country_id"), List.of()));
        t.add(keyed(
                "public",
                "rental",
                List.of("rental_id"),
                List.of("rental_id", "film_id", "rental_date"),
                List.of(to("film_id", "public", "film", "film_id"))));
        for (int i = 0; i < 150; i++) {
            t.add(keyed(
                    "ops",
                    "batch_" + i,
                    List.of("id"),
                    List.of("id", "payload", "loaded_at", "source_file", "row_status"),
                    List.of()));
        }
        SchemaSnapshot s = new SchemaSnapshot(t, Instant.now());
        assertThat(new SchemaLinker(300).link("longest movies", s).tables())
                .extracting(TableInfo::name)
                .contains("film");
        assertThat(new SchemaLinker(300)
                        .link("how often was each title rented?", s)
                        .tables())
                .extracting(TableInfo::name)
                .contains("rental");
        assertThat(new SchemaLinker(300).link("people living in London", s).tables())
                .extracting(TableInfo::name)
                .contains("city");
    }

    @Test
    void aWordOnlyColumnsUseStillFindsTheKindOfThingItIs() {
        // "patient" is in a cost column's name, but patients are kept as persons
        List<TableInfo> t = new ArrayList<>();
        t.add(keyed("cdm", "person", List.of("person_id"), List.of("person_id", "year_of_birth", "gender"), List.of()));
        t.add(keyed(
                "cdm",
                "cost",
                List.of("cost_id"),
                List.of("cost_id", "paid_by_patient", "paid_by_payer", "total_charge"),
                List.of()));
        for (int i = 0; i < 150; i++) {
            t.add(keyed(
                    "ops",
                    "batch_" + i,
                    List.of("id"),
                    List.of("id", "payload", "loaded_at", "row_status"),
                    List.of()));
        }
        SchemaSnapshot s = new SchemaSnapshot(t, Instant.now());
        assertThat(new SchemaLinker(300)
                        .link("how many patients are older than 65?", s)
                        .tables())
                .extracting(TableInfo::name)
                .contains("person");
    }

    @Test
    void aWordNoTableIsNamedAfterFindsTheThingsItsDefinitionNames() {
        // "payroll" names no table, nor does what it is a kind of (a register, a record: only the archive's comments
        // say "records"); its definition does: a list of employees and their salaries
        List<TableInfo> t = new ArrayList<>();
        t.add(keyed("public", "teams", List.of("team_id"), List.of("team_id", "name", "league"), List.of()));
        t.add(keyed(
                "public",
                "salaries",
                List.of("player_id", "team_id", "year"),
                List.of("player_id", "team_id", "year", "salary"),
                List.of(to("team_id", "public", "teams", "team_id"))));
        for (int i = 0; i < 150; i++) {
            t.add(new TableInfo(
                    "ops",
                    "archive_" + i,
                    false,
                    Optional.of("Archived records of import batch " + i),
                    List.of(
                            new ColumnInfo("id", "integer", false, Optional.empty(), List.of()),
                            new ColumnInfo("payload", "text", true, Optional.empty(), List.of()),
                            new ColumnInfo("loaded_at", "timestamp", true, Optional.empty(), List.of())),
                    List.of("id"),
                    List.of(),
                    100));
        }
        SchemaSnapshot s = new SchemaSnapshot(t, Instant.now());
        assertThat(linesOnly(300).link("What was the total payroll in 2016?", s).tables())
                .extracting(TableInfo::name)
                .contains("salaries");
    }

    @Test
    void aPlaceTheQuestionNamesIsLookedForInTheAddresses() {
        // "Texas" is a state; no table is named after states here: the order's address holds it, as its region
        List<TableInfo> t = new ArrayList<>();
        t.add(keyed("shop", "orders", List.of("id"), List.of("id", "customer_id", "status", "grand_total"), List.of()));
        t.add(keyed(
                "shop",
                "order_address",
                List.of("id"),
                List.of("id", "order_id", "street", "city", "region", "postcode", "country_code", "telephone"),
                List.of(to("order_id", "shop", "orders", "id"))));
        // everything else an order has, each pointing at it and each more central to shipping than its address
        for (String part : List.of(
                "shipment",
                "shipment_track",
                "shipment_item",
                "shipment_comment",
                "payment",
                "payment_transaction",
                "invoice",
                "invoice_item",
                "creditmemo",
                "status_history",
                "tax",
                "tax_item",
                "grid",
                "gift_message",
                "coupon",
                "discount")) {
            List<String> columns = new ArrayList<>(List.of("id", "order_id"));
            for (int i = 0; i < 12; i++) {
                columns.add(part.replace("_", "") + "_detail_" + i);
            }
            t.add(keyed(
                    "shop", "order_" + part, List.of("id"), columns, List.of(to("order_id", "shop", "orders", "id"))));
        }
        SchemaSnapshot s = new SchemaSnapshot(t, Instant.now());
        assertThat(linesOnly(150)
                        .link("How many orders did we ship to Texas?", s)
                        .tables())
                .extracting(TableInfo::name)
                .contains("orders", "order_address");
    }

    @Test
    void aQuestionThatNamesNothingGetsTheTablesMostOthersPointAt() {
        LinkedSchema l = new SchemaLinker(400).link("¿¿?? !!", runTogetherSchema());
        assertThat(l.estimatedTokens()).isLessThanOrEqualTo(400);
        assertThat(l.tables()).extracting(TableInfo::qualifiedName).contains("production.product");
    }

    @Test
    void aPastedEssayIsLinkedQuicklyAndWithinTheBudget() {
        String essay = "customers orders products zxq" + " lorem ipsum dolor sit amet".repeat(5000);
        long started = System.nanoTime();
        LinkedSchema l = new SchemaLinker(1500).link(essay, runTogetherSchema());
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(2000);
        assertThat(l.estimatedTokens()).isLessThanOrEqualTo(1500);
    }

    /** A film rental shop among the 296 archive tables; its 16 categories are rows, not columns. */
    static SchemaSnapshot filmShop() {
        List<TableInfo> tables = new ArrayList<>(bigSchema().tables().subList(4, 300));
        tables.add(table("actor", null, List.of("first_name", "last_name"), List.of()));
        tables.add(table("film", null, List.of("title", "rating"), List.of()));
        tables.add(table(
                "film_actor",
                null,
                List.of("actor_id", "film_id"),
                List.of(fk("actor_id", "actor"), fk("film_id", "film"))));
        tables.add(table(
                "film_category",
                null,
                List.of("film_id", "category_id"),
                List.of(fk("film_id", "film"), fk("category_id", "category"))));
        tables.add(new TableInfo(
                "public",
                "category",
                false,
                Optional.empty(),
                List.of(
                        new ColumnInfo("id", "integer", false, Optional.empty(), List.of()),
                        new ColumnInfo(
                                "name",
                                "text",
                                false,
                                Optional.empty(),
                                List.of(),
                                List.of("Action", "Comedy", "Horror", "Sci-Fi", "Travel"))),
                List.of("id"),
                List.of(),
                16));
        return new SchemaSnapshot(tables, Instant.now());
    }

    @Test
    void aLabelTheQuestionNamesBringsTheLookupTableHoldingIt() {
        LinkedSchema linked = new SchemaLinker(1500).link("Which actors played in horror movies?", filmShop());
        assertThat(linked.tables())
                .extracting(TableInfo::name)
                .contains("actor", "film_actor", "film", "film_category", "category");
        assertThat(linked.text()).contains("category(id int PK, name text{Horror}");
        LinkedSchema sciFi = new SchemaLinker(1500).link("Customers who rented sci-fi", filmShop());
        assertThat(sciFi.tables()).extracting(TableInfo::name).contains("category");
        assertThat(sciFi.text()).as("the label as the database spells it").contains("name text{Sci-Fi}");
    }

    @Test
    void theNextBestTablesGetAPlaceBeforeEveryStrongTableIsWrittenInFull() {
        List<String> wide = List.of("customer", "invoice", "payment", "shipment", "warehouse");
        List<TableInfo> tables = new ArrayList<>();
        for (String name : wide) {
            List<String> columns = new ArrayList<>();
            for (int i = 1; i <= 60; i++) {
                columns.add("detail_" + i);
            }
            tables.add(table(name, null, columns, List.of()));
        }
        List<String> notes = List.of("customer_note", "invoice_note", "payment_note");
        for (String name : notes) {
            tables.add(table(name, null, List.of("body"), List.of()));
        }
        SchemaSnapshot s = new SchemaSnapshot(tables, Instant.now());
        // room for the five wide tables' compact lines and four of them in full, and not for a note besides
        int compact = 0;
        int extra = 0;
        for (TableInfo t : tables.subList(0, wide.size())) {
            int brief = PromptTokens.count(ONE_SCHEMA.compactLine(t, java.util.Set.of(), java.util.Map.of()));
            compact += brief + 1;
            extra = PromptTokens.count(ONE_SCHEMA.line(t)) - brief;
        }
        int budget = compact + 4 * extra + 2;

        LinkedSchema linked = new SchemaLinker(budget).link("customer invoice payment shipment warehouse totals", s);

        assertThat(linked.tables())
                .extracting(TableInfo::name)
                .containsAll(wide)
                .containsAll(notes);
        assertThat(linked.text().lines().filter(line -> line.contains("detail_60")))
                .as("the three strongest in full")
                .hasSize(3);
        assertThat(linked.estimatedTokens()).isLessThanOrEqualTo(budget);
    }

    @Test
    void aRunTogetherQuestionWordMeetsTheTablesNamedAfterItsParts() {
        List<TableInfo> tables = new ArrayList<>(bigSchema().tables());
        tables.add(table("tags", null, List.of("name", "usage_count"), List.of()));
        tables.add(table("statuses", "Posts", List.of("text", "account_id"), List.of()));
        SchemaSnapshot s = new SchemaSnapshot(tables, Instant.now());

        assertThat(new SchemaLinker(200)
                        .link("Which hashtags are the most popular?", s)
                        .tables())
                .extracting(TableInfo::name)
                .as("'hashtags' is no English word and no word of the schema; 'tags' is")
                .startsWith("tags");
        assertThat(new SchemaLinker(200)
                        .link("Which posts mention Tagmaster?", s)
                        .tables())
                .extracting(TableInfo::name)
                .as("a name is not split into words of the schema")
                .doesNotContain("tags");
    }

    @Test
    void aFlagSayingWhatARowIsNamesTheTableOfThoseRows() {
        // an ERP's customers are business partners flagged as customers; "client" (a synonym) names the tenant table
        List<TableInfo> tables = new ArrayList<>(bigSchema().tables().subList(4, 300));
        tables.add(table("ad_client", "Tenant", List.of("name", "ad_client_uu"), List.of()));
        tables.add(table(
                "c_bpartner",
                null,
                List.of("ad_client_id", "name", "value", "iscustomer", "isvendor", "issalesrep", "c_bp_group_id"),
                List.of(fk("ad_client_id", "ad_client"), fk("c_bp_group_id", "c_bp_group"))));
        tables.add(
                table("c_bp_group", null, List.of("ad_client_id", "name"), List.of(fk("ad_client_id", "ad_client"))));
        tables.add(table(
                "c_bpartner_location",
                null,
                List.of("ad_client_id", "c_bpartner_id", "c_location_id", "name", "phone"),
                List.of(fk("c_bpartner_id", "c_bpartner"), fk("c_location_id", "c_location"))));
        tables.add(table(
                "c_location",
                null,
                List.of("ad_client_id", "address1", "city", "postal", "c_country_id"),
                List.of(fk("c_country_id", "c_country"))));
        tables.add(table("c_country", null, List.of("ad_client_id", "name", "countrycode"), List.of()));
        SchemaSnapshot s = new SchemaSnapshot(tables, Instant.now());

        assertThat(new SchemaLinker(400)
                        .link("Which customers have an address in Germany?", s)
                        .tables())
                .extracting(TableInfo::name)
                .contains("c_bpartner", "c_bpartner_location", "c_location");
        assertThat(new SchemaLinker(400).link("Who are our vendors?", s).tables())
                .extracting(TableInfo::name)
                .startsWith("c_bpartner");
    }

    @Test
    void theLookupTheQuestionNamesComesBeforeAChosenTablesOtherReferences() {
        // an ERP order points at a hundred lookups; the product, named by the question, is declared last
        List<TableInfo> tables = new ArrayList<>(bigSchema().tables().subList(4, 300));
        List<String> columns = new ArrayList<>(List.of("documentno", "dateordered", "grandtotal"));
        List<ForeignKey> references = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            tables.add(table(
                    "c_lookup_" + i,
                    null,
                    List.of("name", "value", "description", "isdefault", "validfrom", "validto", "created"),
                    List.of()));
            columns.add("c_lookup_" + i + "_id");
            references.add(fk("c_lookup_" + i + "_id", "c_lookup_" + i));
        }
        columns.add("m_product_id");
        references.add(fk("m_product_id", "m_product"));
        tables.add(table("c_order", null, columns, references));
        // many tables refer to the product, so the word weighs little and the order, covering it, is seed enough
        for (int i = 0; i < 60; i++) {
            tables.add(table(
                    "c_entry_" + i,
                    null,
                    List.of("m_product_id", "qty", "amount"),
                    List.of(fk("m_product_id", "m_product"))));
        }
        tables.add(table("m_product", null, List.of("name", "value", "upc", "weight"), List.of()));
        SchemaSnapshot s = new SchemaSnapshot(tables, Instant.now());

        assertThat(new SchemaLinker(1500)
                        .link("Which products have never been ordered?", s)
                        .tables())
                .extracting(TableInfo::name)
                .contains("c_order", "m_product");
    }

    @Test
    void aVeryWideTableIsWrittenOutOnlyAfterTheNextBestTablesAreIn() {
        List<String> columns = new ArrayList<>();
        for (int i = 1; i <= 120; i++) {
            columns.add("detail_" + i);
        }
        TableInfo payment = table("payment", null, columns, List.of());
        TableInfo method = table("payment_method", null, List.of("name", "provider"), List.of());
        SchemaSnapshot s = new SchemaSnapshot(List.of(payment, method), Instant.now());
        // room for the wide table in full and nothing else, or for both tables compactly
        int budget = PromptTokens.count(ONE_SCHEMA.line(payment)) + 5;

        LinkedSchema linked = new SchemaLinker(budget).link("payment totals", s);

        assertThat(linked.tables()).extracting(TableInfo::name).containsExactly("payment", "payment_method");
        assertThat(linked.estimatedTokens()).isLessThanOrEqualTo(budget);
    }

    @Test
    void aTableWhoseFullLineCostsMoreThanATwelfthOfTheBudgetWaitsForTheOthersToBeIn() {
        List<TableInfo> others = new ArrayList<>();
        for (String kind : List.of("card", "term", "plan", "batch", "refund", "fee", "gateway", "token", "mandate")) {
            others.add(table("payment_" + kind, null, List.of("note"), List.of()));
        }
        int briefOthers = 0;
        for (TableInfo t : others) {
            briefOthers += PromptTokens.count(ONE_SCHEMA.compactLine(t, java.util.Set.of(), java.util.Map.of())) + 1;
        }
        // a payment table whose full line costs between a twelfth and a fifth of a budget that holds every table
        // briefly and not the payment table in full besides
        for (int width = 1; width <= 60; width++) {
            List<String> columns = new ArrayList<>();
            for (int i = 1; i <= width; i++) {
                columns.add("detail_" + i);
            }
            TableInfo payment = table("payment", null, columns, List.of());
            int brief = PromptTokens.count(ONE_SCHEMA.compactLine(payment, java.util.Set.of(), java.util.Map.of()));
            int extra = PromptTokens.count(ONE_SCHEMA.line(payment)) - brief;
            int budget = brief + 1 + briefOthers + extra - 1;
            if (12 * extra <= budget || 5 * extra > budget) {
                continue;
            }
            List<TableInfo> tables = new ArrayList<>(others);
            tables.add(0, payment);
            SchemaSnapshot s = new SchemaSnapshot(tables, Instant.now());

            LinkedSchema linked = linesOnly(budget).link("payment totals", s);

            assertThat(linked.tables()).as("every payment table, briefly").hasSize(tables.size());
            assertThat(linked.text()).doesNotContain("detail_" + width);
            assertThat(linked.estimatedTokens()).isLessThanOrEqualTo(budget);
            return;
        }
        throw new AssertionError("no width puts the full line between a twelfth and a fifth of the budget");
    }

    /** The question's words as the linker reads them against the three hundred tables of {@link #bigSchema()}. */
    private static SchemaLinker.QuestionTerms termsOf(String question) {
        return termsOf(question, bigSchema());
    }

    private static SchemaLinker.QuestionTerms termsOf(String question, SchemaSnapshot schema) {
        TableScorer scorer = new TableScorer(schema, true);
        return SchemaLinker.QuestionTerms.of(
                question,
                "",
                Lexicon.get(),
                scorer::knows,
                scorer::namesTables,
                (w, english) -> java.util.Set.of(),
                w -> java.util.Set.of());
    }

    @Test
    void thePartsOfANameInSeveralPartsHaveNoSensesOfTheirOwn() {
        SchemaLinker.QuestionTerms terms = termsOf("How many devices have we got at DM-Scranton? And in Germany?");

        SchemaLinker.Term dm = terms.terms().get(terms.termOf("dm"));
        assertThat(dm.related()).as("'DM' of DM-Scranton is no decimetre").isEmpty();
        assertThat(dm.broader()).as("nor a unit or a disease").isEmpty();
        assertThat(terms.terms().get(terms.termOf("germany")).broader())
                .as("a name of one word still finds the kind of thing it is")
                .contains("country");
    }

    @Test
    void aPhraseIsKeptAsItsLastWordWhenTheSchemaUsesThatWord() {
        String question = "What is the latest exchange rate we have for the euro?";
        List<TableInfo> tables = new ArrayList<>(bigSchema().tables());
        tables.add(table("currency_rate", null, List.of("currency_id", "rate", "rate_date"), List.of()));
        tables.add(table("part", null, List.of("name", "kind_of_part", "price"), List.of()));

        SchemaLinker.QuestionTerms terms = termsOf(question, new SchemaSnapshot(tables, Instant.now()));

        assertThat(terms.termOf("rate"))
                .as("an exchange rate is kept as a rate")
                .isNotNegative();
        assertThat(terms.terms().get(terms.termOf("rate")).related())
                .as("the phrase's own senses go with it")
                .contains("exchangerate", "exchange");
        assertThat(termsOf(question).termOf("rate"))
                .as("where no name says rate, the phrase stays one thing")
                .isNegative();
        assertThat(termsOf("Which parts are kind of expensive?", new SchemaSnapshot(tables, Instant.now()))
                        .termOf("of"))
                .as("a phrase ending in a small word is no such thing")
                .isNegative();
    }

    @Test
    void theRightOfRightNowStressesTheTimeAndNamesNothing() {
        assertThat(termsOf("Who has overdue books right now?").termOf("right")).isNegative();
        assertThat(termsOf("Who has overdue books right now?").termOf("now")).isNotNegative();
        assertThat(termsOf("Which users have the right to approve refunds?").termOf("right"))
                .as("a right granted is a thing a schema keeps")
                .isNotNegative();
    }

    @Test
    void theBudgetLeftGoesToTheRestOfTheChosenTablesSchema() {
        // films are rows of "title" and people rows of "name": no word of the question reaches either, and no key is
        // declared or implied (movie_id, person_id name no table)
        List<TableInfo> tables = new ArrayList<>(bigSchema().tables().subList(4, 300));
        tables.add(keyed("imdb", "title", List.of("id"), List.of("id", "title", "production_year"), List.of()));
        tables.add(keyed("imdb", "name", List.of("id"), List.of("id", "name", "gender"), List.of()));
        tables.add(keyed(
                "imdb",
                "cast_info",
                List.of("id"),
                List.of("id", "movie_id", "person_id", "role_id", "nr_order"),
                List.of()));
        tables.add(keyed("imdb", "keyword", List.of("id"), List.of("id", "keyword"), List.of()));
        SchemaSnapshot s = new SchemaSnapshot(tables, Instant.now());
        String question = "Which actors appear in the most movies?";

        List<String> filled = new SchemaLinker(1500)
                .link(question, s).tables().stream()
                        .map(TableInfo::qualifiedName)
                        .toList();
        assertThat(filled).contains("imdb.cast_info", "imdb.title", "imdb.name", "imdb.keyword");
        assertThat(filled.subList(0, 4))
                .as("the chosen table's schema before the others")
                .allMatch(name -> name.startsWith("imdb."));
        java.util.Set<SchemaLinker.Stage> noFill = java.util.EnumSet.allOf(SchemaLinker.Stage.class);
        noFill.remove(SchemaLinker.Stage.FILL);
        assertThat(new SchemaLinker(1500, noFill).link(question, s).tables())
                .extracting(TableInfo::qualifiedName)
                .contains("imdb.cast_info")
                .doesNotContain("imdb.name", "imdb.keyword");
    }

    @Test
    void aNameNoLabelHoldsBringsTheNearestTableOfNamesWithItsBridge() {
        // performers' names are never read, so "Penelope Guiness" matches nothing and no question word leads to the
        // performer or casting tables: only the name says the question needs them
        List<TableInfo> tables = new ArrayList<>(bigSchema().tables().subList(4, 300));
        tables.add(table("film", null, List.of("title", "release_year"), List.of()));
        tables.add(table("performer", null, List.of("first_name", "last_name"), List.of()));
        tables.add(table(
                "casting",
                null,
                List.of("film_id", "performer_id"),
                List.of(fk("film_id", "film"), fk("performer_id", "performer"))));
        SchemaSnapshot s = new SchemaSnapshot(tables, Instant.now());
        assertThat(new SchemaLinker(200)
                        .link("How many films has Penelope Guiness made?", s)
                        .tables())
                .extracting(TableInfo::name)
                .contains("film", "casting", "performer");
        assertThat(new SchemaLinker(200)
                        .link("How many films came out in 2005?", s)
                        .tables())
                .extracting(TableInfo::name)
                .doesNotContain("performer");
    }

    @Test
    void aNameCutShortMeetsTheWholeWordOfTheQuestion() {
        List<TableInfo> t = new ArrayList<>(bigSchema().tables().subList(4, 300));
        t.add(table("minifigs", null, List.of("fig_num", "name", "num_parts"), List.of()));
        t.add(table("sets", null, List.of("set_num", "name", "year"), List.of()));
        SchemaSnapshot s = new SchemaSnapshot(t, Instant.now());
        assertThat(new SchemaLinker(200)
                        .link("how many minifigures are there?", s)
                        .tables())
                .extracting(TableInfo::name)
                .first()
                .isEqualTo("minifigs");
    }

    @Test
    void aWordTheQuestionClipsMeetsTheWholeWordOfTheSchema() {
        List<TableInfo> t = new ArrayList<>(bigSchema().tables().subList(4, 300));
        t.add(table("repository", null, List.of("name", "default_branch"), List.of()));
        t.add(table("report", null, List.of("title", "generated_at"), List.of()));
        t.add(table(
                "package_path",
                null,
                List.of("package_name", "path", "repository_id"),
                List.of(fk("repository_id", "repository"))));
        SchemaSnapshot s = new SchemaSnapshot(t, Instant.now());
        assertThat(new SchemaLinker(200)
                        .link("how many repos have no default branch?", s)
                        .tables())
                .extracting(TableInfo::name)
                .first()
                .isEqualTo("repository");
        assertThat(new SchemaLinker(200)
                        .link("which repos have the most reports?", s)
                        .tables())
                .extracting(TableInfo::name)
                .contains("repository", "report");
    }

    @Test
    void aWordInCapitalsIsCutShortThoughAColumnKeepsItShortToo() {
        // Coursemology's way: lesson plan items carry base_exp, the points students earn are in their own table
        List<TableInfo> t = new ArrayList<>(bigSchema().tables().subList(4, 300));
        t.add(table("students", null, List.of("name", "email"), List.of()));
        t.add(table("lesson_plan_items", null, List.of("title", "base_exp", "bonus_exp"), List.of()));
        t.add(table("experience_points_records", null, List.of("points_awarded", "reason"), List.of()));
        SchemaSnapshot s = new SchemaSnapshot(t, Instant.now());
        assertThat(new SchemaLinker(200)
                        .link("top 10 students by total EXP", s)
                        .tables()
                        .subList(0, 3))
                .extracting(TableInfo::name)
                .contains("experience_points_records");
        assertThat(new SchemaLinker(200)
                        .link("top 10 students by total exp", s)
                        .tables()
                        .subList(0, 3))
                .as("lower case, exp is the word the columns use: the points' table is only filled in")
                .extracting(TableInfo::name)
                .doesNotContain("experience_points_records");
    }

    @Test
    void namesCutShortByBadlyNamedSchemasMeetTheWordsOfTheQuestion() {
        List<TableInfo> t = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            t.add(keyed(
                    "ops",
                    "batch_" + i,
                    List.of("id"),
                    List.of("id", "payload", "loaded_at", "row_status"),
                    List.of()));
        }
        t.add(keyed(
                "public",
                "nutr_def",
                List.of("nutr_no"),
                List.of("nutr_no", "units", "tagname", "nutrdesc"),
                List.of()));
        t.add(keyed("public", "src_cd", List.of("src_cd"), List.of("src_cd", "srccd_desc"), List.of()));
        t.add(keyed("public", "cat_box", List.of("id"), List.of("id", "label"), List.of()));
        SchemaSnapshot s = new SchemaSnapshot(t, Instant.now());
        TableScorer scorer = new TableScorer(s, true);
        java.util.function.Predicate<String> english = w -> Lexicon.get().frequency(w) >= 0;
        assertThat(scorer.abbreviations("nutrient", english)).contains("nutr");
        assertThat(scorer.abbreviations("source", english)).contains("src");
        assertThat(scorer.abbreviations("category", english))
                .as("'cat' is a word of its own")
                .doesNotContain("cat");
        assertThat(new SchemaLinker(200)
                        .link("which nutrients come from each source?", s)
                        .tables())
                .extracting(TableInfo::name)
                .contains("nutr_def", "src_cd");
    }

    @Test
    void aWhoQuestionBringsTheNamesOfThePeopleAChosenTableOnlyPointsAt() {
        List<TableInfo> t = new ArrayList<>(bigSchema().tables().subList(4, 300));
        t.add(table("employees", null, List.of("first_name", "last_name", "hire_date"), List.of()));
        t.add(table("departments", null, List.of("dept_name"), List.of()));
        t.add(table(
                "dept_manager",
                null,
                List.of("emp_no", "dept_no", "from_date"),
                List.of(fk("emp_no", "employees"), fk("dept_no", "departments"))));
        SchemaSnapshot s = new SchemaSnapshot(t, Instant.now());
        assertThat(new SchemaLinker(200).link("who is the dept manager?", s).tables())
                .extracting(TableInfo::name)
                .contains("dept_manager", "employees");
    }

    /**
     * A code-review tool that links rows by ids of its own (author_phid, reviewer_phid) and declares no key: nothing
     * joins its reviews to its users, so only the question's asking about people can bring the table of them.
     */
    private static SchemaSnapshot keylessTracker() {
        List<TableInfo> t = new ArrayList<>(bigSchema().tables().subList(4, 300));
        t.add(table("user", null, List.of("phid", "user_name", "real_name", "is_disabled"), List.of()));
        t.add(table("revision", null, List.of("phid", "title", "author_phid", "status", "date_created"), List.of()));
        t.add(table("reviewer", null, List.of("revision_phid", "reviewer_phid", "state"), List.of()));
        t.add(table("build_log", null, List.of("build_phid", "user_name", "message"), List.of()));
        return new SchemaSnapshot(t, Instant.now());
    }

    @Test
    void aQuestionAboutPeopleBringsTheSchemasTableOfPeopleWhenNoKeyLeadsThere() {
        SchemaLinker linker = new SchemaLinker(200);
        assertThat(linker.link("Who put up the most revisions this year?", keylessTracker())
                        .tables())
                .extracting(TableInfo::name)
                .contains("revision", "user")
                .as("a log that keeps who did something is not where people are kept")
                .doesNotContain("build_log");
        assertThat(linker.link("How many revisions is Priya Raman waiting on?", keylessTracker())
                        .tables())
                .extracting(TableInfo::name)
                .contains("revision", "user");
        assertThat(linker.link("Which authors have revisions still open?", keylessTracker())
                        .tables())
                .extracting(TableInfo::name)
                .contains("revision", "user");
        assertThat(linker.link("How many revisions were opened this year?", keylessTracker())
                        .tables())
                .extracting(TableInfo::name)
                .as("nothing about people")
                .doesNotContain("user");
    }

    /** A CRM whose contacts meet their companies only through a link table, as SugarCRM's do. */
    private static SchemaSnapshot crm() {
        List<TableInfo> t = new ArrayList<>(bigSchema().tables().subList(4, 300));
        t.add(table("contacts", null, List.of("first_name", "last_name", "email", "date_entered"), List.of()));
        t.add(table("accounts", null, List.of("name", "industry", "billing_city"), List.of()));
        t.add(table(
                "accounts_contacts",
                null,
                List.of("account_id", "contact_id"),
                List.of(fk("account_id", "accounts"), fk("contact_id", "contacts"))));
        return new SchemaSnapshot(t, Instant.now());
    }

    @Test
    void aCompanyTheQuestionNamesOrAsksAboutBringsTheSchemasTableOfCompanies() {
        SchemaLinker linker = new SchemaLinker(200);
        assertThat(linker.link("List the contacts we have at Contoso with their email", crm())
                        .tables())
                .extracting(TableInfo::name)
                .contains("contacts", "accounts");
        assertThat(linker.link("Which of our client companies are in banking?", crm())
                        .tables())
                .extracting(TableInfo::name)
                .contains("accounts");
        assertThat(linker.link("How many contacts were entered last week?", crm())
                        .tables())
                .extracting(TableInfo::name)
                .as("no company in the question")
                .doesNotContain("accounts");
    }

    @Test
    void aCompanyBroughtInForTheQuestionComesWithTheLinkToWhatItAsksAbout() {
        // no key declared (a MySQL port): the keys are read from the names, and every table points at the user who
        // entered it and the campaign that brought it in, so an account meets its contacts through those as well
        List<TableInfo> t = new ArrayList<>();
        t.add(keyless("users", "user_name", "first_name", "last_name"));
        t.add(keyless("campaigns", "name", "created_by", "budget"));
        for (String part : List.of("calls", "meetings", "notes", "tasks", "leads", "cases", "bugs", "documents")) {
            t.add(keyless(part, "name", "description", "created_by", "campaign_id", "date_entered"));
        }
        t.add(keyless("contacts", "first_name", "last_name", "phone_work", "created_by", "campaign_id"));
        t.add(keyless("accounts", "name", "industry", "created_by", "campaign_id"));
        t.add(keyless("accounts_contacts", "contact_id", "account_id", "deleted"));
        SchemaSnapshot s = new SchemaSnapshot(t, Instant.now());
        assertThat(linesOnly(150)
                        .link("Who do we know at Globex? Names and phone numbers please", s)
                        .tables())
                .extracting(TableInfo::name)
                .contains("contacts", "accounts", "accounts_contacts");
    }

    @Test
    void whoIsInAGroupBringsThePeopleItsMembershipsPointAtNotTheOnesWhoEnteredThem() {
        // every row says which console user added it; who is in a group is another table of users
        List<TableInfo> t = new ArrayList<>();
        t.add(table("x_portal_user", null, List.of("first_name", "last_name", "email", "added_by_id"), List.of()));
        t.add(table(
                "x_user",
                null,
                List.of("user_name", "descr", "status", "added_by_id"),
                List.of(fk("added_by_id", "x_portal_user"))));
        t.add(table(
                "x_group",
                null,
                List.of("group_name", "descr", "group_type", "added_by_id"),
                List.of(fk("added_by_id", "x_portal_user"))));
        t.add(table(
                "x_group_users",
                null,
                List.of("group_name", "p_group_id", "user_id", "added_by_id"),
                List.of(fk("added_by_id", "x_portal_user"), fk("p_group_id", "x_group"), fk("user_id", "x_user"))));
        for (String part : List.of(
                "x_group_module_perm",
                "x_policy_ref_group",
                "x_role_ref_group",
                "x_security_zone_ref_group",
                "x_policy_item_group_perm",
                "x_group_groups",
                "x_audit_map",
                "x_perm_map")) {
            t.add(table(
                    part,
                    null,
                    List.of("group_id", "group_name", "is_allowed", "perm_type", "added_by_id", "upd_by_id"),
                    List.of(fk("group_id", "x_group"), fk("added_by_id", "x_portal_user"))));
        }
        SchemaSnapshot s = new SchemaSnapshot(t, Instant.now());
        assertThat(linesOnly(220)
                        .link("who's in the finance-analysts group?", s)
                        .tables())
                .extracting(TableInfo::name)
                .contains("x_group_users", "x_user");
    }

    /** A table of a CRM that declares no foreign keys, keyed by {@code id}. */
    private static TableInfo keyless(String name, String... columns) {
        List<String> all = new ArrayList<>(List.of("id"));
        all.addAll(List.of(columns));
        return keyed("crm", name, List.of("id"), all, List.of());
    }

    @Test
    void aRoleNoTableIsNamedForBringsTheSchemasTableOfOrganisations() {
        // a lab's clients are organisations; its samples meet them only through a link table
        List<TableInfo> t = new ArrayList<>(bigSchema().tables().subList(4, 300));
        t.add(table("sample", null, List.of("accession_number", "received_date", "status"), List.of()));
        t.add(table("organization", null, List.of("name", "city", "is_active"), List.of()));
        t.add(table(
                "sample_organization",
                null,
                List.of("sample_id", "organization_id", "type_of_organization"),
                List.of(fk("sample_id", "sample"), fk("organization_id", "organization"))));
        SchemaSnapshot s = new SchemaSnapshot(t, Instant.now());
        SchemaLinker linker = new SchemaLinker(200);
        assertThat(linker.link("Top 10 clients by number of samples received this year", s)
                        .tables())
                .extracting(TableInfo::name)
                .contains("sample", "organization");
        assertThat(linker.link("How many samples were received this year?", s).tables())
                .extracting(TableInfo::name)
                .doesNotContain("organization");
    }

    @Test
    void aLookupWhoseNamesAreKeptPerLanguageComesWithThem() {
        // a status row holds only a colour: what it is called lives in its translations, which declare no key back
        List<TableInfo> t = new ArrayList<>(bigSchema().tables().subList(4, 300));
        t.add(table("states", null, List.of("color", "sort_order"), List.of()));
        t.add(table(
                "bookings",
                null,
                List.of("guest_id", "state_id", "date_from", "date_to"),
                List.of(fk("state_id", "states"))));
        t.add(table("state_translations", null, List.of("state_id", "locale", "name"), List.of()));
        SchemaSnapshot s = new SchemaSnapshot(t, Instant.now());
        assertThat(new SchemaLinker(200)
                        .link("How many bookings are still awaiting payment?", s)
                        .tables())
                .extracting(TableInfo::name)
                .contains("bookings", "states", "state_translations");
    }

    @Test
    void unitsSoldAreAQuantityOfOrderLinesNotAUnitOfMeasure() {
        List<TableInfo> t = new ArrayList<>(bigSchema().tables().subList(4, 300));
        t.add(table("units", null, List.of("unit", "description"), List.of()));
        t.add(table("articles", null, List.of("name", "unit_id"), List.of(fk("unit_id", "units"))));
        t.add(table("order_details", null, List.of("order_id", "article_id", "quantity", "price"), List.of()));
        SchemaSnapshot s = new SchemaSnapshot(t, Instant.now());
        assertThat(new SchemaLinker(200)
                        .link("top 10 bestsellers by units sold in 2026", s)
                        .tables())
                .extracting(TableInfo::name)
                .contains("order_details");
    }

    @Test
    void withoutLabelsNothingTellsHorrorIsACategory() {
        java.util.EnumSet<SchemaLinker.Stage> noValues = java.util.EnumSet.allOf(SchemaLinker.Stage.class);
        noValues.remove(SchemaLinker.Stage.VALUES);
        LinkedSchema linked = new SchemaLinker(300, noValues).link("Which actors played in horror movies?", filmShop());
        assertThat(linked.tables()).extracting(TableInfo::name).doesNotContain("category");
    }

    @Test
    void aQuestionForAnAmountGetsTheLinesOfTheOrdersItFinds() {
        List<TableInfo> tables = new ArrayList<>(bigSchema().tables().subList(4, 300));
        tables.add(table("employees", null, List.of("first_name", "last_name"), List.of()));
        tables.add(
                table("orders", null, List.of("employee_id", "order_date"), List.of(fk("employee_id", "employees"))));
        tables.add(new TableInfo(
                "public",
                "order_details",
                false,
                Optional.empty(),
                List.of(
                        new ColumnInfo("order_id", "integer", false, Optional.empty(), List.of()),
                        new ColumnInfo("product_id", "integer", false, Optional.empty(), List.of()),
                        new ColumnInfo("quantity", "smallint", false, Optional.empty(), List.of()),
                        new ColumnInfo("unit_price", "real", false, Optional.empty(), List.of())),
                List.of("order_id", "product_id"),
                List.of(fk("order_id", "orders")),
                2000));
        SchemaSnapshot s = new SchemaSnapshot(tables, Instant.now());
        assertThat(new SchemaLinker(300)
                        .link("Which employees sold the most in 1997?", s)
                        .tables())
                .extracting(TableInfo::name)
                .contains("employees", "orders", "order_details");
        java.util.EnumSet<SchemaLinker.Stage> noLines = java.util.EnumSet.allOf(SchemaLinker.Stage.class);
        noLines.remove(SchemaLinker.Stage.DETAIL_LINES);
        assertThat(new SchemaLinker(300, noLines)
                        .link("Which employees sold the most in 1997?", s)
                        .tables())
                .extracting(TableInfo::name)
                .as("nothing else in the question leads to the lines")
                .doesNotContain("order_details");
    }

    @Test
    void aBriefLineKeepsOnlyTheKeysToTablesThePromptShows() {
        TableInfo customers = table("customers", null, List.of("name"), List.of());
        TableInfo orders = table(
                "orders",
                null,
                List.of("customer_id", "carrier_id", "status"),
                List.of(fk("customer_id", "customers"), fk("carrier_id", "carriers")));

        assertThat(ONE_SCHEMA.compactLine(orders, Set.of(), Map.of("public.customers", customers)))
                .as("the carrier is not shown; the customer is, with id as its primary key; keys go untyped")
                .isEqualTo("orders(id PK, customer_id→customers, …)");
        assertThat(ONE_SCHEMA.compactLine(orders, Set.of("status"), Map.of()))
                .isEqualTo("orders(id PK, status text, …)");
        assertThat(ONE_SCHEMA.compactLine(orders, Set.of("customer_id"), Map.of("public.customers", customers)))
                .as("a key the question matched keeps its type, as any column it matched does")
                .isEqualTo("orders(id PK, customer_id text→customers, …)");
        assertThat(ONE_SCHEMA.line(orders, Map.of("public.customers", customers)))
                .as("a whole line keeps every column, and arrows only for the joins the prompt can show")
                .isEqualTo("orders(id int PK, customer_id text→customers, carrier_id text, status text) ~1000 rows");
    }

    @Test
    void aBriefLineWritesTwoOfItsManyKeysToOneTableUnlessTheQuestionNamesAnother() {
        TableInfo users = table("users", null, List.of("name"), List.of());
        TableInfo realm = table(
                "realm",
                null,
                List.of("owner_id", "can_invite_group_id", "can_delete_message_group_id", "created_by", "status"),
                List.of(
                        fk("owner_id", "users"),
                        fk("can_invite_group_id", "users"),
                        fk("can_delete_message_group_id", "users"),
                        fk("created_by", "users")));
        Map<String, TableInfo> shown = Map.of("public.users", users);

        assertThat(ONE_SCHEMA.compactLine(realm, Set.of(), shown))
                .as("one key joins as well as four; the plainest two are written")
                .isEqualTo("realm(id PK, owner_id→users, created_by→users, …)");
        assertThat(ONE_SCHEMA.compactLine(realm, Set.of("can_delete_message_group_id"), shown))
                .as("the one the question matched is written too")
                .isEqualTo("realm(id PK, owner_id→users, can_delete_message_group_id text→users, created_by→users, …)");
        assertThat(ONE_SCHEMA.line(realm, shown))
                .as("a whole line keeps them all")
                .contains("can_invite_group_id");
    }

    @Test
    void keysToTablesThePromptLeavesOutGiveTheirRoomToMoreTablesAndEveryJoinShownStaysVisible() {
        List<TableInfo> tables = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            String part = "part_" + i;
            parts.add(part);
            List<ForeignKey> keys = new ArrayList<>();
            List<String> columns = new ArrayList<>(List.of("name"));
            for (String kind : List.of("maker", "site", "unit")) {
                String lookup = kind + "_" + i;
                tables.add(table(lookup, null, List.of("code"), List.of()));
                columns.add(kind + "_id");
                keys.add(fk(kind + "_id", lookup));
            }
            tables.add(table(part, null, columns, keys));
        }
        SchemaSnapshot s = new SchemaSnapshot(tables, Instant.now());

        LinkedSchema linked = linesOnly(360).link("list every part", s);

        assertThat(linked.tables())
                .extracting(TableInfo::name)
                .as("each part's line without its keys to lookups the prompt leaves out: all twelve fit")
                .containsAll(parts);
        assertThat(linked.estimatedTokens()).isLessThanOrEqualTo(360);
        Set<String> shown = new java.util.HashSet<>();
        linked.tables().forEach(t -> shown.add(t.name()));
        java.util.regex.Pattern arrows = java.util.regex.Pattern.compile("→([a-z_0-9]+)(\\.?)");
        for (String line : linked.text().split("\n")) {
            java.util.regex.Matcher arrow = arrows.matcher(line);
            while (arrow.find()) {
                if (line.contains("…") || arrow.group(2).isEmpty()) {
                    assertThat(shown)
                            .as("a brief line's key, or one written without its column, joins a shown table: " + line)
                            .contains(arrow.group(1));
                }
            }
        }
        for (TableInfo t : linked.tables()) {
            String line = linked.text()
                    .lines()
                    .filter(l -> l.startsWith(t.name() + "("))
                    .findFirst()
                    .orElseThrow();
            for (ForeignKey key : t.foreignKeys()) {
                if (shown.contains(key.targetTable())) {
                    assertThat(line).as("a join between two shown tables").contains("→" + key.targetTable());
                }
            }
        }
    }

    @Test
    void aBriefLineWrittenBeforeTheTableItJoinsIsWrittenAgainWithThatJoin() {
        List<TableInfo> tables = new ArrayList<>();
        tables.add(table("maker", null, List.of("code"), List.of()));
        List<String> wide = new ArrayList<>(List.of("maker_id"));
        for (int i = 1; i <= 60; i++) {
            wide.add("detail_" + i);
        }
        for (int i = 1; i <= 4; i++) {
            tables.add(table("part_" + i, null, wide, List.of(fk("maker_id", "maker"))));
        }
        SchemaSnapshot s = new SchemaSnapshot(tables, Instant.now());

        LinkedSchema linked = new SchemaLinker(120).link("list every part", s);

        assertThat(linked.tables()).extracting(TableInfo::name).contains("maker", "part_1");
        assertThat(linked.text().lines().filter(l -> l.startsWith("part_")))
                .as("each part was written before the maker it points at was in; the join is there in the end")
                .isNotEmpty()
                .allMatch(l -> l.contains("maker_id→maker") || l.contains("maker_id text→maker"));
    }

    @Test
    void howATypeIsStoredIsLeftOutOfThePrompt() {
        assertThat(SchemaPrompt.shortType("timestamp(0) without time zone")).isEqualTo("timestamp");
        assertThat(SchemaPrompt.shortType("timestamp(6) with time zone")).isEqualTo("timestamptz");
        assertThat(SchemaPrompt.shortType("time(3) without time zone")).isEqualTo("time");
        // four tokens on every such column, and no query is written differently for them
        assertThat(SchemaPrompt.shortType("numeric(12,3)")).isEqualTo("numeric");
        assertThat(SchemaPrompt.shortType("numeric(10)")).isEqualTo("numeric");
        assertThat(SchemaPrompt.shortType("character(1)")).isEqualTo("char");
        assertThat(SchemaPrompt.shortType("character varying(20)")).isEqualTo("text");
        assertThat(SchemaPrompt.shortType("numeric")).isEqualTo("numeric");
        assertThat(SchemaPrompt.shortType("character(1)[]"))
                .as("an array stays one")
                .isEqualTo("character(1)[]");
    }

    @Test
    void theRoomLeftWhenTheJoinsAreWrittenGoesToMoreTables() {
        List<TableInfo> tables = new ArrayList<>();
        tables.add(table("maker", null, List.of("code"), List.of()));
        for (int i = 1; i <= 30; i++) {
            tables.add(table("part_" + i, null, List.of("name", "maker_id"), List.of(fk("maker_id", "maker"))));
        }
        for (int i = 1; i <= 30; i++) {
            tables.add(table("log_" + i, null, List.of("line"), List.of()));
        }
        SchemaSnapshot s = new SchemaSnapshot(tables, Instant.now());

        LinkedSchema linked = linesOnly(150).link("list every part", s);

        assertThat(linked.estimatedTokens())
                .as(
                        "making room for the joins left a gap; it goes to more tables: within two short lines of the budget")
                .isBetween(130, 150);
    }

    /**
     * Names that split into many tokens, the kind four characters a token undercounts (an ERP's {@code llx_c_*},
     * {@code xq_fk_vb}): the prompt is within the budget in real tokens, and still uses most of it.
     */
    @Test
    void aSchemaOfCodeNamesIsLinkedWithinTheBudgetInRealTokens() {
        List<TableInfo> tables = new ArrayList<>();
        tables.add(table("zq_cust", "customers", List.of("zq_nm", "zq_ctry_cd"), List.of()));
        tables.add(table("zq_ord", "orders", List.of("zq_cust_id", "zq_st_cd"), List.of(fk("zq_cust_id", "zq_cust"))));
        for (int i = 0; i < 200; i++) {
            tables.add(table(
                    "xq_" + Integer.toString(i * 7919, 36) + "_vb",
                    null,
                    List.of("qx_k9_" + i, "vb_zz_" + i, "kq_tt_" + i),
                    i > 0
                            ? List.of(fk("qx_k9_" + i, "xq_" + Integer.toString((i - 1) * 7919, 36) + "_vb"))
                            : List.of()));
        }
        SchemaSnapshot schema = new SchemaSnapshot(tables, Instant.now());
        for (int budget : List.of(300, 800, 1500)) {
            LinkedSchema linked = new SchemaLinker(budget).link("orders per customer country", schema);
            int real = PromptTokens.count(linked.text());
            assertThat(real).as("budget %d", budget).isLessThanOrEqualTo(budget);
            assertThat(linked.estimatedTokens()).isEqualTo(real);
            assertThat(real).as("budget %d", budget).isGreaterThan(budget * 8 / 10);
            assertThat((linked.text().length() + 3) / 4)
                    .as("four characters a token would have let this prompt grow past the budget")
                    .isLessThan(real);
        }
    }
}
