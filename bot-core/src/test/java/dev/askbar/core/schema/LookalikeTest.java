package dev.askbar.core.schema;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LookalikeTest {

    @Test
    void cognatesAndTyposLookAlike() {
        assertThat(Lookalike.similar("categoria", "category")).isTrue();
        assertThat(Lookalike.similar("departement", "department")).isTrue();
        assertThat(Lookalike.similar("produkt", "product")).isTrue();
        assertThat(Lookalike.similar("custmer", "customer")).isTrue();
    }

    @Test
    void differentWordsDoNot() {
        assertThat(Lookalike.similar("shipper", "shopper")).isTrue(); // one letter apart: the price of catching typos
        assertThat(Lookalike.similar("invoice", "inventory")).isFalse();
        assertThat(Lookalike.similar("product", "production")).isFalse();
        assertThat(Lookalike.similar("order", "order")).isFalse();
        assertThat(Lookalike.similar("customer", "costume")).isFalse();
    }
}
