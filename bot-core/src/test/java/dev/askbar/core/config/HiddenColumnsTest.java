package dev.askbar.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HiddenColumnsTest {

    @Test
    void aColumnPatternHidesThatColumnInEveryTable() {
        HiddenColumns hidden = HiddenColumns.parse("*.password");
        assertThat(hidden.hides("public", "users", "password")).isTrue();
        assertThat(hidden.hides("sales", "Staff", "PASSWORD")).isTrue();
        assertThat(hidden.hides("public", "users", "password_hint")).isFalse();
        assertThat(hidden.hidesTable("public", "users")).isFalse();
    }

    @Test
    void aSchemaPatternHidesEveryTableInIt() {
        HiddenColumns hidden = HiddenColumns.parse("hr.*");
        assertThat(hidden.hidesTable("hr", "salaries")).isTrue();
        assertThat(hidden.hides("hr", "salaries", "amount")).isTrue();
        assertThat(hidden.hidesTable("public", "orders")).isFalse();
        assertThat(hidden.hides("public", "orders", "total")).isFalse();
    }

    @Test
    void globsAndThreePartPatternsAndSingleNamesWork() {
        HiddenColumns hidden = HiddenColumns.parse(" sales.people.*_email , ssn,, *.*token* ");
        assertThat(hidden.hides("sales", "people", "work_email")).isTrue();
        assertThat(hidden.hides("crm", "people", "work_email")).isFalse();
        assertThat(hidden.hides("any", "thing", "ssn")).isTrue();
        assertThat(hidden.hides("any", "sessions", "refresh_token_at")).isTrue();
    }

    @Test
    void blankMeansNothingHidden() {
        assertThat(HiddenColumns.parse("  ").isEmpty()).isTrue();
        assertThat(HiddenColumns.parse(null).hides("a", "b", "c")).isFalse();
    }

    @Test
    void aMalformedPatternIsRefusedWithTheOffendingText() {
        assertThatThrownBy(() -> HiddenColumns.parse("*.password, a.b.c.d"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'a.b.c.d'");
        assertThatThrownBy(() -> HiddenColumns.parse("hr.;drop"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("hr.;drop");
    }
}
