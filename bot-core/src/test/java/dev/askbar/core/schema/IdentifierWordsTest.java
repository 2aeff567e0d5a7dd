package dev.askbar.core.schema;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdentifierWordsTest {

    @Test
    void snakeAndCamelCaseSplitAtTheirSeparators() {
        assertThat(IdentifierWords.of("order_lines")).containsExactly("order", "lines");
        assertThat(IdentifierWords.of("SalesOrderDetail")).containsExactly("sales", "order", "detail");
        assertThat(IdentifierWords.of("HTTPRequestLog")).containsExactly("http", "request", "log");
    }

    @Test
    void runTogetherLowerCaseNamesAreSegmentedIntoEnglishWords() {
        assertThat(IdentifierWords.of("salesorderdetail")).containsExactly("sales", "order", "detail");
        assertThat(IdentifierWords.of("productcategory")).containsExactly("product", "category");
        assertThat(IdentifierWords.of("scrapreason")).containsExactly("scrap", "reason");
        assertThat(IdentifierWords.of("purchaseorderdetail")).containsExactly("purchase", "order", "detail");
        assertThat(IdentifierWords.of("businessentityid")).containsExactly("business", "entity", "id");
        assertThat(IdentifierWords.of("stateprovince")).containsExactly("state", "province");
    }

    @Test
    void unknownLettersStayTogetherBesideTheWordsAroundThemAndTheNameStaysWhole() {
        assertThat(IdentifierWords.of("rowguid")).containsExactly("rowguid", "row", "guid");
        assertThat(IdentifierWords.of("kreditor")).startsWith("kreditor");
    }

    @Test
    void aNameThatIsAWordStaysWholeAndAlsoGivesItsCommonParts() {
        assertThat(IdentifierWords.of("salesperson")).containsExactly("salesperson", "sales", "person");
        assertThat(IdentifierWords.of("category")).containsExactly("category");
        assertThat(IdentifierWords.of("inventory")).containsExactly("inventory");
    }

    @Test
    void abbreviationsAddTheWordTheyStandFor() {
        assertThat(IdentifierWords.of("orderqty")).containsExactly("order", "qty", "quantity");
        assertThat(IdentifierWords.of("sales_ytd")).contains("sales", "ytd", "year");
        // "admin" is in no dictionary, so the letters around it once read as "snmpifad", "min"
        assertThat(IdentifierWords.of("snmpifadminstatus")).contains("admin", "administrator", "status");
    }
}
