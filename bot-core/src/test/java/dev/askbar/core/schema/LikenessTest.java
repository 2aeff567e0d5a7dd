package dev.askbar.core.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LikenessTest {
    @Test
    void theSameWordsInAnotherOrderAreAlike() {
        assertThat(Likeness.of("orders per customer", "Which customers placed the orders?"))
                .as("order and customer shared, placed only in the second")
                .isCloseTo(2.0 / 3, within(1e-9));
        assertThat(Likeness.of("orders per customer", "customer orders")).isEqualTo(1.0);
    }

    @Test
    void aWordSaidOtherwiseCountsHalfOfOneBothUse() {
        // rented shared (1), movie and film one sense (1/2): 1.5 of 2 + 2 - 1.5 words
        assertThat(Likeness.of("rented movies", "rented films")).isCloseTo(0.6, within(1e-9));
        assertThat(Likeness.of("suspended accounts", "account suspensions"))
                .as("a word derived from the other")
                .isCloseTo(0.6, within(1e-9));
    }

    @Test
    void unrelatedQuestionsShareNothing() {
        assertThat(Likeness.of("newsletter subscribers", "tax rates by region")).isZero();
        assertThat(Likeness.of("", "tax rates")).isZero();
        assertThat(Likeness.of("how many are there?", "tax rates"))
                .as("stopwords only")
                .isZero();
    }

    @Test
    void numbersAndCodesMatchOnlyAsWritten() {
        assertThat(Likeness.of("orders in 2024", "orders in 2023")).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(Likeness.of("coupon SUMMER10", "coupon SUMMER10")).isEqualTo(1.0);
    }
}
