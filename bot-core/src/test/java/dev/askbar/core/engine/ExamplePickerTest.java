package dev.askbar.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.askbar.core.engine.ExampleSource.Example;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExamplePickerTest {
    private static Example example(String question) {
        return new Example(question, "SELECT 1");
    }

    @Test
    void aQuestionAskedInOtherWordsFindsItsApprovedExample() {
        Example spend = example("How much did we spend with each supplier on fertiliser in 2024?");
        Example parcels = example("Which parcels have never been worked on?");
        // only 2024 is written the same (plain overlap 1/7, below the line); fertilizer is spelt otherwise
        assertThat(ExamplePicker.pick("What did we pay each vendor for fertilizer in 2024?", List.of(parcels, spend)))
                .containsExactly(spend);
    }

    @Test
    void theMostAlikeComeFirstAndAtMostThree() {
        Example exact = example("open invoices per customer");
        Example close = example("open invoices per customer in Europe");
        Example closer = example("open invoices of each customer");
        Example far = example("open invoices per customer by region, currency, sales rep and payment terms");
        Example unrelated = example("warehouse stock by product");
        List<Example> picked =
                ExamplePicker.pick("open invoices per customer", List.of(far, unrelated, close, exact, closer));

        assertThat(picked).hasSize(ExamplePicker.MAX).startsWith(exact).doesNotContain(unrelated, far);
    }

    @Test
    void nothingIsPickedForAQuestionSharingNoWordOrOnlyOneByChance() {
        List<Example> approved = List.of(
                example("Which newsletter subscribers never placed an order?"),
                example("Which warehouses in California stock the most garden furniture?"));
        assertThat(ExamplePicker.pick("What tax rates do we charge in California?", approved))
                .as("California alone is shared")
                .isEmpty();
        assertThat(ExamplePicker.pick("", approved)).isEmpty();
    }
}
