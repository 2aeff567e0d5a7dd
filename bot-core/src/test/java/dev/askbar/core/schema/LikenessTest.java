package dev.askbar.core.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LikenessTest {
    @Test
    void theSameWordsInAnotherOrderAreAlike() {
        assertThat(Likeness.of("orders per customer").to("Which customers placed the orders?"))
                .as("order and customer shared, placed only in the second")
                .isCloseTo(2.0 / 3, within(1e-9));
        assertThat(Likeness.of("orders per customer").to("customer orders")).isEqualTo(1.0);
    }

    @Test
    void aWordSaidOtherwiseCountsHalfOfOneBothUse() {
        // rented shared (1), movie and film one sense (1/2): 1.5 of 2 + 2 - 1.5 words
        assertThat(Likeness.of("rented movies").to("rented films")).isCloseTo(0.6, within(1e-9));
        assertThat(Likeness.of("suspended accounts").to("account suspensions"))
                .as("a word derived from the other")
                .isCloseTo(0.6, within(1e-9));
        // one word each, related: 1/2 of 1 + 1 - 1/2
        assertThat(Likeness.of("coupon").to("voucher")).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(Likeness.of("fertiliser").to("fertilizer"))
                .as("spelt otherwise")
                .isCloseTo(1.0 / 3, within(1e-9));
    }

    @Test
    void unrelatedQuestionsShareNothing() {
        assertThat(Likeness.of("newsletter subscribers").to("tax rates by region"))
                .isZero();
        assertThat(Likeness.of("").to("tax rates")).isZero();
        assertThat(Likeness.of("how many are there?").to("tax rates"))
                .as("stopwords only")
                .isZero();
    }

    @Test
    void numbersAndCodesMatchOnlyAsWritten() {
        assertThat(Likeness.of("orders in 2024").to("orders in 2023")).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(Likeness.of("coupon SUMMER10").to("coupon SUMMER10")).isEqualTo(1.0);
    }
}
