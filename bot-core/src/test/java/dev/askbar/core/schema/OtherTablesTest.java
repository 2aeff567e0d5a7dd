package dev.askbar.core.schema;

import static dev.askbar.core.schema.SchemaLinkerTest.bigSchema;
import static dev.askbar.core.schema.SchemaLinkerTest.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.askbar.core.llm.PromptTokens;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class OtherTablesTest {
    private static final String QUESTION = "Which customers ordered the most products?";

    @Test
    void aBigSchemaNamesTheTablesItHasNoRoomToDescribeWithinTheBudget() {
        LinkedSchema linked = new SchemaLinker(1500).link(QUESTION, bigSchema());

        assertThat(linked.estimatedTokens()).isLessThanOrEqualTo(1500);
        assertThat(linked.tables()).extracting(TableInfo::name).contains("customers", "orders", "products");
        assertThat(linked.named()).isNotEmpty().doesNotContainAnyElementsOf(linked.tables());
        String names = linked.text().substring(linked.text().indexOf("\nOther tables, names only"));
        assertThat(names)
                .contains("reply NEED and their names, e.g. NEED "
                        + linked.named().get(0).name());
        List<String> listed = namesListed(linked.text(), "public");
        for (TableInfo t : linked.named()) {
            assertThat(listed).contains(t.name());
        }
    }

    @Test
    void aChosenTableTheLinesHadNoRoomForIsNamedBeforeAnyOther() {
        // a payment points at sixty lookups the question's words all reach: all are chosen, and far fewer lines fit
        // than that
        List<TableInfo> tables = new ArrayList<>(bigSchema().tables().subList(4, 300));
        List<String> columns = new ArrayList<>(List.of("amount", "paid_at"));
        List<ForeignKey> keys = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            tables.add(table("lookup_" + i, null, List.of("name", "paid_status"), List.of()));
            columns.add("lookup_" + i + "_id");
            keys.add(SchemaLinkerTest.fk("lookup_" + i + "_id", "lookup_" + i));
        }
        tables.add(table("payment", null, columns, keys));
        LinkedSchema linked =
                new SchemaLinker(500).link("How much was paid last month?", new SchemaSnapshot(tables, Instant.now()));

        List<String> described = linked.tables().stream().map(TableInfo::name).toList();
        List<String> named = linked.named().stream().map(TableInfo::name).toList();
        assertThat(described).contains("payment").hasSizeLessThan(61);
        assertThat(named)
                .as("more lookups are left out than the names' share holds: they are all it names")
                .isNotEmpty()
                .allMatch(n -> n.startsWith("lookup_"));
    }

    /** The names the prompt's list writes under {@code schema}, those it writes in a first word's braces in full. */
    private static List<String> namesListed(String prompt, String schema) {
        String names = prompt.substring(prompt.indexOf("\nOther tables, names only"));
        List<String> out = new ArrayList<>();
        names.lines().filter(l -> l.startsWith(schema + ": ")).forEach(l -> {
            Matcher m = LISTED.matcher(l.substring(schema.length() + 2));
            while (m.find()) {
                if (m.group(1) == null) {
                    out.add(m.group(3));
                } else {
                    for (String rest : m.group(2).split(", ")) {
                        out.add(m.group(1) + rest);
                    }
                }
            }
        });
        return out;
    }

    /** One item of a names line: a first word and its names' rests in braces, or one name. */
    private static final Pattern LISTED = Pattern.compile("([^\\s,{]+_)\\{([^}]*)}|([^\\s,{}]+)");

    @Test
    void namesSharingAFirstWordAreWrittenItOnceForFewerTokens() {
        LinkedSchema linked = new SchemaLinker(1500).link(QUESTION, bigSchema());

        String text = linked.text();
        String line =
                text.lines().filter(l -> l.startsWith("public: ")).findFirst().orElseThrow();
        assertThat(line).startsWith("public: audit_{archive_");
        assertThat(namesListed(text, "public"))
                .containsExactlyInAnyOrderElementsOf(
                        linked.named().stream().map(TableInfo::name).toList());
        String whole = "public: "
                + String.join(", ", linked.named().stream().map(TableInfo::name).toList());
        assertThat(PromptTokens.count(line))
                .as("a tenth fewer tokens than the same names written whole")
                .isLessThan(PromptTokens.count(whole) * 9 / 10);
        assertThat(linked.estimatedTokens()).isLessThanOrEqualTo(1500);
    }

    @Test
    void aReplyMayAskForANameWrittenInBracesByItsRest() {
        LinkedSchema linked = new SchemaLinker(1500).link(QUESTION, bigSchema());
        TableInfo a = linked.named().get(2);

        assertThat(OtherTables.askedFor("NEED " + a.name().substring("audit_".length()), linked))
                .containsExactly(a);
        assertThat(OtherTables.askedFor("NEED archive_100000, lines", linked)).isEmpty();
    }

    @Test
    void aFirstWordIsWhatComesBeforeTheFirstUnderscoreOfAnUnquotedName() {
        assertThat(OtherTables.prefixOf("oc_order")).isEqualTo("oc_");
        assertThat(OtherTables.prefixOf("dcim_site_asns")).isEqualTo("dcim_");
        assertThat(OtherTables.prefixOf("_order")).isEmpty();
        assertThat(OtherTables.prefixOf("order_")).isEmpty();
        assertThat(OtherTables.prefixOf("orders")).isEmpty();
        assertThat(OtherTables.prefixOf("\"Oc_Order\"")).isEmpty();
    }

    @Test
    void theNamesOfSeveralSchemasTakeALineEachWithTheSchemaWrittenOnce() {
        List<TableInfo> tables = new ArrayList<>(bigSchema().tables());
        for (String schema : List.of("hr", "Billing")) {
            for (int i = 0; i < 60; i++) {
                TableInfo t = table("ledger_page_" + i, null, List.of("amount", "memo"), List.of());
                tables.add(new TableInfo(
                        schema, t.name(), false, t.comment(), t.columns(), t.primaryKey(), List.of(), 10));
            }
        }
        SchemaSnapshot schema = new SchemaSnapshot(tables, Instant.now());

        LinkedSchema linked = new SchemaLinker(1500).link(QUESTION, schema);

        String names = linked.text().substring(linked.text().indexOf("\nOther tables, names only") + 1);
        List<String> heads =
                names.lines().skip(1).map(l -> l.substring(0, l.indexOf(": "))).toList();
        assertThat(heads).doesNotHaveDuplicates().isSubsetOf("public", "hr", "\"Billing\"");
        assertThat(linked.named())
                .as("the list holds every table of every schema it has a line for")
                .allMatch(t -> namesListed(linked.text(), SchemaPrompt.sqlName(t.schema()))
                        .contains(t.name()));
        assertThat(linked.estimatedTokens()).isLessThanOrEqualTo(1500);
    }

    @Test
    void aReplyAsksForThePromptsTablesItWritesAsTheListDoesOrInFull() {
        LinkedSchema linked = new SchemaLinker(1500).link(QUESTION, bigSchema());
        TableInfo a = linked.named().get(0);
        TableInfo b = linked.named().get(1);
        TableInfo described = linked.tables().get(0);

        assertThat(OtherTables.askedFor("NEED " + a.name() + ", public." + b.name(), linked))
                .containsExactlyInAnyOrder(a, b);
        assertThat(OtherTables.askedFor("NEED \"" + a.name() + "\"", linked)).containsExactly(a);
        assertThat(OtherTables.askedFor("NEED " + described.name() + ", pg_authid, " + a.name() + "_x", linked))
                .as("only the prompt's tables, by their whole name: one whose line may have been brief, no catalog")
                .containsExactly(described);
    }

    @Test
    void withoutTheNamesStageThePromptDescribesMoreAndNamesNothing() {
        EnumSet<SchemaLinker.Stage> stages = EnumSet.allOf(SchemaLinker.Stage.class);
        stages.remove(SchemaLinker.Stage.NAMES);
        LinkedSchema described = new SchemaLinker(1500, stages).link(QUESTION, bigSchema());
        LinkedSchema named = new SchemaLinker(1500).link(QUESTION, bigSchema());

        assertThat(described.named()).isEmpty();
        assertThat(described.text()).doesNotContain("Other tables");
        assertThat(described.tables()).hasSizeGreaterThan(named.tables().size());
        assertThat(named.tables().size() + named.named().size())
                .as("a name costs less than the briefest line")
                .isGreaterThan(described.tables().size());
    }

    @Test
    void aSchemaWithFewTablesLeftOutNamesThemAllAndDescribesWithTheRestOfTheShare() {
        List<TableInfo> tables = new ArrayList<>(bigSchema().tables().subList(0, 40));
        SchemaSnapshot schema = new SchemaSnapshot(tables, Instant.now());
        SchemaLinker linker =
                new SchemaLinker(PromptTokens.count(SchemaPrompt.of(schema).render(tables)) - 60);

        LinkedSchema linked = linker.link(QUESTION, schema);

        assertThat(linked.whole()).isFalse();
        assertThat(linked.tables().size() + linked.named().size()).isEqualTo(40);
        assertThat(linked.named()).hasSizeLessThan(5);
    }

    @Test
    void whenEveryTableFitsInBriefTheShareSetAsideForNamesGoesBackToTheLines() {
        List<TableInfo> tables = new ArrayList<>();
        List<ColumnInfo> columns = new ArrayList<>();
        columns.add(new ColumnInfo("id", "integer", false, Optional.empty(), List.of()));
        for (String c : List.of("name", "title", "label", "code", "description", "note")) {
            columns.add(new ColumnInfo(c, "text", true, Optional.empty(), List.of()));
        }
        for (int i = 0; i < 30; i++) {
            tables.add(new TableInfo(
                    "public", "warehouse_bin_" + i, false, Optional.empty(), columns, List.of("id"), List.of(), 10));
        }
        SchemaSnapshot schema = new SchemaSnapshot(tables, Instant.now());
        int budget = PromptTokens.count(SchemaPrompt.of(schema).render(tables)) - 240;

        LinkedSchema linked = new SchemaLinker(budget).link("which customers ordered?", schema);

        assertThat(linked.whole()).isFalse();
        assertThat(linked.named()).isEmpty();
        assertThat(linked.tables())
                .hasSameSizeAs(SchemaLinkerTest.linesOnly(budget)
                        .link("which customers ordered?", schema)
                        .tables());
    }

    @Test
    void whatTheNamesLeaveOfTheirShareDescribesMoreOnlyWhenTheFillIsOn() {
        List<TableInfo> tables = new ArrayList<>(bigSchema().tables().subList(0, 40));
        SchemaSnapshot schema = new SchemaSnapshot(tables, Instant.now());
        int budget = PromptTokens.count(SchemaPrompt.of(schema).render(tables)) - 60;
        EnumSet<SchemaLinker.Stage> noFill = EnumSet.allOf(SchemaLinker.Stage.class);
        noFill.remove(SchemaLinker.Stage.FILL);
        EnumSet<SchemaLinker.Stage> noFillNoNames = EnumSet.copyOf(noFill);
        noFillNoNames.remove(SchemaLinker.Stage.NAMES);

        LinkedSchema withNames = new SchemaLinker(budget, noFill).link(QUESTION, schema);
        LinkedSchema without = new SchemaLinker(budget, noFillNoNames).link(QUESTION, schema);

        assertThat(withNames.named()).isNotEmpty();
        assertThat(without.tables()).containsAll(withNames.tables());
    }

    @Test
    void askingToSeeANamedTableWritesItWholeAmongTheLinesAndTakesItOffTheNames() {
        SchemaSnapshot schema = bigSchema();
        SchemaPrompt prompt = SchemaPrompt.of(schema);
        LinkedSchema linked = new SchemaLinker(1500).link(QUESTION, schema);
        TableInfo asked = linked.named().get(3);
        TableInfo brief = linked.tables().stream()
                .filter(t -> !prompt.showsWhole(linked.text(), t))
                .findFirst()
                .orElseThrow();

        LinkedSchema shown = OtherTables.describing(linked, List.of(asked, brief), schema);

        String text = shown.text();
        int names = text.indexOf("\nOther tables, names only");
        assertThat(text.indexOf(prompt.line(asked))).isBetween(0, names);
        assertThat(prompt.showsWhole(text, brief)).isTrue();
        assertThat(text.lines().filter(l -> prompt.isLineOf(l, brief))).hasSize(1);
        assertThat(shown.tables()).contains(asked, brief);
        assertThat(shown.named()).doesNotContain(asked).hasSize(linked.named().size() - 1);
        assertThat(namesListed(text, "public"))
                .doesNotContain(asked.name())
                .contains(linked.named().get(0).name());
    }

    @Test
    void onlyAReplyThatStartsWithTheWordAsksToSee() {
        assertThat(OtherTables.asksToSee("NEED public.audit_archive_7")).isTrue();
        assertThat(OtherTables.asksToSee("  NEED public.a, public.b\n")).isTrue();
        assertThat(OtherTables.asksToSee("SELECT 'NEED' AS x")).isFalse();
        assertThat(OtherTables.asksToSee("UNANSWERABLE: NEED more data")).isFalse();
    }

    @Test
    void aSmallSchemaThatFitsHasNoNames() {
        SchemaSnapshot small =
                new SchemaSnapshot(List.of(table("customers", null, List.of("name"), List.of())), Instant.now());
        assertThat(new SchemaLinker(1500).link(QUESTION, small).named()).isEmpty();
    }
}
