package dev.askbar.core.answer;

import static dev.askbar.core.answer.Results.col;
import static dev.askbar.core.answer.Results.row;
import static org.assertj.core.api.Assertions.assertThat;

import dev.askbar.core.engine.Answer;
import dev.askbar.core.engine.Question;
import dev.askbar.core.engine.Timings;
import dev.askbar.core.sql.QueryResult;
import dev.askbar.core.sql.ValueKind;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AnswerViewTest {

    static Answer answer(String question, QueryResult result) {
        return new Answer(
                new Question(question, "u", "test", Optional.empty()),
                Optional.of("SELECT 1"),
                Optional.of(result),
                Optional.of("Summary."),
                Optional.empty(),
                Optional.of("groq"),
                Optional.of("llama-3.3-70b-versatile"),
                Optional.of("gsk_…a1b2"),
                new Timings(300, 20, 250, 840),
                false,
                Optional.of(7L));
    }

    @Test
    void aSingleValueIsABigNumberNotATable() {
        AnswerView v = AnswerView.of(
                answer("how many orders?", Results.of(List.of(col("orders", ValueKind.INTEGER)), row(13327L))),
                TextTable.Style.phone());
        assertThat(v.bigNumber()).contains(new AnswerView.BigNumber("13,327", "orders"));
        assertThat(v.table()).isEmpty();
        assertThat(v.chartPng()).isEmpty();
        assertThat(v.footer().text()).isEqualTo("groq · llama-3.3-70b-versatile · 1 row · 0.84 s");
    }

    @Test
    void aBigResultGetsTheCsvAndASuitedOneGetsAChart() {
        AnswerView v = AnswerView.of(answer("orders by category", ChartTest.byCategory(25)), TextTable.Style.phone());
        assertThat(v.table().orElseThrow()).contains("more rows (CSV attached)");
        assertThat(v.csv()).isPresent();
        assertThat(v.chartPng()).isPresent();
        AnswerView small =
                AnswerView.of(answer("orders by category", ChartTest.byCategory(3)), TextTable.Style.phone());
        assertThat(small.csv()).isEmpty();
    }
}
