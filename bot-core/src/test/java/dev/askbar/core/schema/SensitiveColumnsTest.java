package dev.askbar.core.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SensitiveColumnsTest {

    @Test
    void camelCaseNamesAreReadWordByWord() {
        for (String column :
                new String[] {"mobileNumber", "sessionId", "userPin", "taxId", "homeStreet", "loginName"}) {
            assertThat(SensitiveColumns.isSensitive(column, "text", Optional.empty()))
                    .as(column)
                    .isTrue();
        }
    }

    @Test
    void snakeCaseAndRunTogetherNamesStillAre() {
        assertThat(SensitiveColumns.isSensitive("mobile_number", "text", Optional.empty()))
                .isTrue();
        assertThat(SensitiveColumns.isSensitive("passwordhash", "text", Optional.empty()))
                .isTrue();
    }

    @Test
    void labelsAreNot() {
        for (String column : new String[] {"productName", "status", "genre", "countryName", "orderStatus"}) {
            assertThat(SensitiveColumns.isSensitive(column, "text", Optional.empty()))
                    .as(column)
                    .isFalse();
        }
    }
}
