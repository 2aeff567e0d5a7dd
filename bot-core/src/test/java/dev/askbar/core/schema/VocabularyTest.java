package dev.askbar.core.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class VocabularyTest {

    @Test
    void termsWithAColonOrAnEqualsSignGiveTheirMeaningWhenAQuestionUsesThem() {
        Vocabulary v = Vocabulary.parse(List.of(
                "# comment",
                "supplier: vendor",
                "- active customer = ordered in the last 90 days",
                "a line without a separator"));
        assertThat(v.meaningsIn("Which suppliers are late?")).contains("vendor");
        assertThat(v.meaningsIn("How many active customers?")).contains("ordered in the last 90 days");
        assertThat(v.meaningsIn("How many customers?")).isBlank();
    }

    @Test
    void aTermMatchesWholeWordsOnly() {
        Vocabulary v = Vocabulary.parse(List.of("rep: salesperson"));
        assertThat(v.meaningsIn("top reps")).contains("salesperson");
        assertThat(v.meaningsIn("repeat customers")).isBlank();
    }

    @Test
    void theBuiltInListConnectsGeneralBusinessWordsThatWordNetDoesNot() {
        assertThat(Vocabulary.builtIn().meaningsIn("our suppliers")).contains("vendor");
        // shops keep brands as manufacturers (PrestaShop, OpenCart, nopCommerce, Magento)
        assertThat(Vocabulary.builtIn().meaningsIn("Which brands sell best?")).contains("manufacturer");
    }
}
