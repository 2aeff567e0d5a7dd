package dev.askbar.core.schema;

import dev.askbar.core.fixtures.ShopDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SchemaCatalogTest {
    static ShopDatabase shop;

    @BeforeAll
    static void setUp() {
        shop = ShopDatabase.create("catalog");
    }

    @AfterAll
    static void tearDown() {
        shop.close();
    }

    @Test
    void readsTablesColumnsKeysCommentsAndCommonValues() {
        SchemaSnapshot s = new SchemaCatalog(shop.reader(), List.of("public"), Duration.ofMinutes(1), Clock.systemUTC()).refresh();
        assertThat(s.tables()).extracting(TableInfo::qualifiedName).containsExactly("public.customers", "public.orders");
        TableInfo orders = s.table("public", "orders").orElseThrow();
        assertThat(orders.primaryKey()).containsExactly("id");
        assertThat(orders.foreignKeys()).containsExactly(new ForeignKey(List.of("customer_id"), "public", "customers", List.of("id")));
        ColumnInfo status = orders.columns().stream().filter(c -> c.name().equals("status")).findFirst().orElseThrow();
        assertThat(status.comment()).contains("placed, shipped, delivered or cancelled");
        assertThat(status.sampleValues()).containsExactlyInAnyOrder("placed", "shipped", "delivered", "cancelled");
        assertThat(s.table("public", "customers").orElseThrow().comment()).contains("People and companies who bought at least once");
        assertThat(orders.rowEstimate()).isEqualTo(120);
    }

    @Test
    void showsOnlyWhatTheRoleMayRead() {
        shop.database().execute("CREATE TABLE public.salaries (id int PRIMARY KEY, amount int)");
        SchemaSnapshot s = new SchemaCatalog(shop.reader(), List.of("public"), Duration.ofMinutes(1), Clock.systemUTC()).refresh();
        assertThat(s.tables()).extracting(TableInfo::name).doesNotContain("salaries");
    }

    @Test
    void promptFormIsCompactAndCarriesKeysValuesAndComments() {
        SchemaSnapshot s = new SchemaCatalog(shop.reader(), List.of("public"), Duration.ofMinutes(1), Clock.systemUTC()).refresh();
        String prompt = SchemaPrompt.render(s.tables());
        assertThat(prompt.lines()).hasSize(2);
        assertThat(prompt).contains("public.orders(id int PK, customer_id int→customers.id")
                .contains("status text{")
                .contains("-- People and companies who bought at least once");
    }

    @Test
    void fingerprintChangesWhenAColumnDoes() {
        SchemaCatalog catalog = new SchemaCatalog(shop.reader(), List.of("public"), Duration.ofMinutes(1), Clock.systemUTC());
        String before = catalog.refresh().fingerprint();
        shop.database().execute("ALTER TABLE public.customers ADD COLUMN vip boolean");
        assertThat(catalog.refresh().fingerprint()).isNotEqualTo(before);
        shop.database().execute("ALTER TABLE public.customers DROP COLUMN vip");
    }
}
