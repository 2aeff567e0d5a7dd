package dev.askbar.core.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ForeignWordsTest {

    @Test
    void aWordOfAnotherLanguageMeansItsEnglishWordInTheSingularAndThePlural() {
        assertThat(ForeignWords.meaningOf("usuario")).containsExactly("user");
        assertThat(ForeignWords.meaningOf("usuarios")).containsExactly("user");
        assertThat(ForeignWords.meaningOf("perfiles")).containsExactly("profile");
        assertThat(ForeignWords.meaningOf("factures")).containsExactly("invoice");
        assertThat(ForeignWords.meaningOf("fatture")).containsExactly("invoice");
        assertThat(ForeignWords.meaningOf("rechnungen")).containsExactly("invoice");
        assertThat(ForeignWords.meaningOf("kunden")).containsExactly("customer");
        assertThat(ForeignWords.meaningOf("mensagens")).containsExactly("message");
    }

    @Test
    void aWordListedUnderTwoEnglishWordsMeansBoth() {
        assertThat(ForeignWords.meaningOf("estado")).containsExactlyInAnyOrder("status", "state");
        assertThat(ForeignWords.parse(List.of("# comment", "status: estado", "state: estado etat", "no separator")))
                .isEqualTo(Map.of("estado", Set.of("status", "state"), "etat", Set.of("state")));
    }

    @Test
    void anEnglishWordMeansWhatItSaysInEnglishEvenWhenListed() {
        // "lager" (German: stock) and "journal" (French: log) are listed, and English words met in English text too
        assertThat(ForeignWords.meaningOf("lager")).isEmpty();
        assertThat(ForeignWords.meaningOf("journal")).isEmpty();
        // borrowed words English dictionaries hold but English text never uses are read in their own language
        assertThat(ForeignWords.meaningOf("ligne")).containsExactly("line");
        assertThat(ForeignWords.meaningOf("marque")).containsExactly("brand");
        // English plurals and verb forms are not taken for foreign words their letters happen to spell
        assertThat(ForeignWords.meaningOf("courses")).isEmpty();
        assertThat(ForeignWords.meaningOf("bureaus")).isEmpty();
        assertThat(ForeignWords.meaningOf("visited")).isEmpty();
        assertThat(ForeignWords.meaningOf("order")).isEmpty();
    }

    @Test
    void namesInAnotherLanguageAddTheEnglishWordsTheyMean() {
        assertThat(IdentifierWords.of("tusuario_perfil")).contains("usuario", "user", "perfil", "profile");
        assertThat(IdentifierWords.of("tgrupo")).contains("grupo", "group");
        assertThat(IdentifierWords.of("tagente")).contains("agente", "agent");
        assertThat(IdentifierWords.of("paiementcharge")).contains("paiement", "payment", "charge");
        assertThat(IdentifierWords.of("kundennummer")).contains("customer", "number");
        assertThat(IdentifierWords.of("lineasfacturascli")).contains("line", "invoice");
    }

    @Test
    void anEnglishReadingOfANameComesFirst() {
        // Spanish calle (street), Italian mappe (maps) and French visite are spelt inside these, but they are English
        assertThat(IdentifierWords.of("called")).doesNotContain("calle", "street");
        // three unread letters beside an English word are an abbreviation more often than a foreign word
        assertThat(IdentifierWords.of("pretax")).doesNotContain("pret", "loan");
        assertThat(IdentifierWords.of("autoreg")).doesNotContain("autore", "author");
        assertThat(IdentifierWords.of("mapped")).contains("map").doesNotContain("mappe");
        assertThat(IdentifierWords.of("salesorderdetail")).containsExactly("sales", "order", "detail");
        assertThat(IdentifierWords.of("first_visited_at")).doesNotContain("visite");
    }

    @Test
    void anEnglishQuestionReachesTablesNamedInSpanish() {
        assertThat(linked("Which profiles does the user jdoe have, and in which groups?"))
                .contains("public.tusuario", "public.tusuario_perfil", "public.tperfil", "public.tgrupo");
        assertThat(linked("Which agents are in the Web servers group?")).contains("public.tagente", "public.tgrupo");
    }

    @Test
    void aSpanishQuestionReachesTablesNamedInEnglish() {
        List<String> tables = new SchemaLinker(700)
                .link("¿Cuántos pedidos se hicieron en cada país?", englishShop()).tables().stream()
                        .map(TableInfo::qualifiedName)
                        .toList();
        // the budget is filled with the rest either way; the tables the question is about come first
        assertThat(tables.subList(0, 2)).containsExactlyInAnyOrder("public.sales_order", "public.country");
    }

    @Test
    void nameColumnsInAnotherLanguageHoldNames() {
        for (String name : List.of("nome", "nombre_comercial", "nom_societe", "nombrecliente", "sobrenome", "titulo")) {
            assertThat(column(name).holdsNames()).as(name).isTrue();
        }
        for (String name : List.of("nomina", "nomenclatura", "nominal", "numero", "nome_id")) {
            assertThat(column(name).holdsNames()).as(name).isFalse();
        }
        assertThat(column("nombre").isNameOrTitle()).isTrue();
    }

    @Test
    void askingForNamesReachesThePersonTableOfASchemaInPortuguese() {
        // a student is a physical person (fisica), who is a person (pessoa) with the name
        List<TableInfo> t = new ArrayList<>();
        t.add(table("pessoa", List.of("idpes", "nome", "email", "tipo"), List.of()));
        t.add(table("fisica", List.of("idpes", "data_nasc", "sexo"), List.of(fk("idpes", "pessoa"))));
        t.add(table("aluno", List.of("ref_idpes", "ativo"), List.of(fk("ref_idpes", "fisica"))));
        t.add(table("turma", List.of("nm_turma", "ano"), List.of()));
        t.add(table(
                "matricula",
                List.of("ref_cod_aluno", "ref_cod_turma", "ano"),
                List.of(fk("ref_cod_aluno", "aluno"), fk("ref_cod_turma", "turma"))));
        for (String w : List.of("audit", "archive", "cache", "queue", "token", "plugin", "widget", "layout")) {
            for (int i = 0; i < 6; i++) {
                t.add(table(
                        w + "_" + i,
                        List.of(w + "_ref", "student_note", "class_code", "payload", "created_at", "updated_at"),
                        List.of()));
            }
        }
        List<String> tables = new SchemaLinker(700)
                        .link(
                                "Give me the names of the students in class 5A this year.",
                                new SchemaSnapshot(t, Instant.now()))
                        .tables()
                        .stream()
                        .map(TableInfo::qualifiedName)
                        .toList();
        // the rest of the budget is filled with noise either way; the question's tables come first
        assertThat(tables.subList(0, 5))
                .containsExactlyInAnyOrder(
                        "public.aluno", "public.matricula", "public.turma", "public.fisica", "public.pessoa");
    }

    @Test
    void aGlossaryLineReadsAWordEnglishAlsoUsesInTheSchemasLanguage() {
        // German "lager" (stock) is English beer, so only the glossary says what it means here
        List<TableInfo> t = new ArrayList<>();
        t.add(table("artikel", List.of("nummer", "bezeichnung"), List.of()));
        t.add(table("lager", List.of("artikel", "menge"), List.of(fk("artikel", "artikel"))));
        for (String w : List.of("audit", "archive", "cache", "queue", "token", "plugin", "widget", "layout")) {
            for (int i = 0; i < 6; i++) {
                t.add(table(w + "_" + i, List.of(w + "_ref", "stock_note", "article_code", "payload"), List.of()));
            }
        }
        SchemaSnapshot schema = new SchemaSnapshot(t, Instant.now());
        String question = "How much stock is there of each article?";
        Vocabulary glossary = Vocabulary.parse(List.of("stock: lager"));
        assertThat(new SchemaLinker(700)
                        .link(question, schema, glossary)
                        .tables()
                        .subList(0, 2))
                .extracting(TableInfo::qualifiedName)
                .containsExactlyInAnyOrder("public.artikel", "public.lager");
    }

    @Test
    void inASchemaWrittenInGermanAWordEnglishAlsoUsesIsReadInGerman() {
        // lager is stock in German and beer in English: the rest of the schema's names say which
        List<TableInfo> t = new ArrayList<>();
        t.add(table("artikel", List.of("nummer", "bezeichnung"), List.of()));
        t.add(table("lager", List.of("artikel", "menge"), List.of(fk("artikel", "artikel"))));
        for (String german : List.of(
                "adresse", "auftrag", "rechnung", "lieferschein", "projekt", "mitarbeiter", "bestellung", "kunde")) {
            t.add(table(german, List.of("nummer", "datum", "betrag"), List.of()));
        }
        for (String w : List.of("audit", "archive", "cache", "queue", "token", "plugin")) {
            for (int i = 0; i < 3; i++) {
                t.add(table(w + "_" + i, List.of(w + "_ref", "stock_note", "article_code", "payload"), List.of()));
            }
        }
        SchemaSnapshot german = new SchemaSnapshot(t, Instant.now());
        assertThat(ForeignWords.namedInOtherLanguage(
                        german.tables().stream().map(TableInfo::name).toList()))
                .isTrue();
        assertThat(new SchemaLinker(700)
                        .link("How much stock is there of each article?", german)
                        .tables()
                        .subList(0, 2))
                .extracting(TableInfo::qualifiedName)
                .containsExactlyInAnyOrder("public.artikel", "public.lager");
        // an English schema with a few borrowed names is not taken for a German one
        assertThat(ForeignWords.namedInOtherLanguage(List.of(
                        "customer", "orders", "order_line", "product", "module", "grand_prix", "invoice", "payment")))
                .isFalse();
    }

    private static ColumnInfo column(String name) {
        return new ColumnInfo(name, "text", true, Optional.empty(), List.of());
    }

    private static List<String> linked(String question) {
        return new SchemaLinker(700)
                .link(question, monitoring()).tables().stream()
                        .map(TableInfo::qualifiedName)
                        .toList();
    }

    /** A monitoring system named in Spanish, with a leading "t" on every table, among English-named plumbing. */
    private static SchemaSnapshot monitoring() {
        List<TableInfo> t = new ArrayList<>();
        t.add(table("tusuario", List.of("id_usuario", "fullname", "email"), List.of()));
        t.add(table("tgrupo", List.of("id_grupo", "nombre", "parent"), List.of()));
        t.add(table("tperfil", List.of("id_perfil", "name", "agent_edit", "user_management"), List.of()));
        t.add(table(
                "tusuario_perfil",
                List.of("id_up", "id_usuario", "id_perfil", "id_grupo"),
                List.of(fk("id_usuario", "tusuario"), fk("id_perfil", "tperfil"), fk("id_grupo", "tgrupo"))));
        t.add(table("tsesion", List.of("id_sesion", "id_usuario", "ip_origen", "utimestamp"), List.of()));
        t.add(table("tagente", List.of("id_agente", "nombre", "direccion", "id_grupo"), List.of()));
        for (String w : List.of(
                "audit", "archive", "cache", "queue", "token", "plugin", "widget", "layout", "snapshot", "job")) {
            for (int i = 0; i < 6; i++) {
                t.add(table(
                        w + "_" + i,
                        // the question's English words, in columns: without the Spanish names' meanings these win
                        List.of(w + "_ref", "user_agent", "profile_note", "group_label", "session_key", "payload"),
                        List.of()));
            }
        }
        return new SchemaSnapshot(t, Instant.now());
    }

    private static SchemaSnapshot englishShop() {
        List<TableInfo> t = new ArrayList<>();
        t.add(table("country", List.of("code", "name"), List.of()));
        t.add(table("address", List.of("street", "city", "country_id"), List.of(fk("country_id", "country"))));
        t.add(table("customer", List.of("name", "address_id"), List.of(fk("address_id", "address"))));
        t.add(table(
                "sales_order",
                List.of("customer_id", "ship_address_id", "placed_at"),
                List.of(fk("customer_id", "customer"), fk("ship_address_id", "address"))));
        // a busier corner of the schema, which a question whose words mean nothing here would be given
        t.add(table("warehouse", List.of("label", "region"), List.of()));
        t.add(table("supplier", List.of("label", "warehouse_id"), List.of(fk("warehouse_id", "warehouse"))));
        t.add(table(
                "stock_item",
                List.of("sku", "supplier_id", "warehouse_id"),
                List.of(fk("supplier_id", "supplier"), fk("warehouse_id", "warehouse"))));
        t.add(table(
                "stock_move",
                List.of("item_id", "from_id", "to_id", "moved_at"),
                List.of(fk("item_id", "stock_item"), fk("from_id", "warehouse"), fk("to_id", "warehouse"))));
        t.add(table(
                "stock_count",
                List.of("item_id", "warehouse_id", "counted"),
                List.of(fk("item_id", "stock_item"), fk("warehouse_id", "warehouse"))));
        for (String w : List.of("audit", "archive", "cache", "queue", "token", "plugin", "widget", "layout")) {
            for (int i = 0; i < 6; i++) {
                t.add(table(
                        w + "_" + i,
                        List.of(
                                w + "_ref",
                                "order_note",
                                "country_code",
                                "payload",
                                "created_by",
                                "updated_by",
                                "created_at",
                                "updated_at",
                                "warehouse_id",
                                "supplier_id"),
                        List.of(fk("warehouse_id", "warehouse"), fk("supplier_id", "supplier"))));
            }
        }
        return new SchemaSnapshot(t, Instant.now());
    }

    private static TableInfo table(String name, List<String> columns, List<ForeignKey> fks) {
        List<ColumnInfo> cols = new ArrayList<>();
        cols.add(new ColumnInfo("id", "integer", false, Optional.empty(), List.of()));
        for (String c : columns) {
            cols.add(new ColumnInfo(c, c.startsWith("id_") ? "integer" : "text", true, Optional.empty(), List.of()));
        }
        return new TableInfo("public", name, false, Optional.empty(), cols, List.of("id"), fks, 1000);
    }

    private static ForeignKey fk(String column, String target) {
        return new ForeignKey(List.of(column), "public", target, List.of("id"));
    }
}
