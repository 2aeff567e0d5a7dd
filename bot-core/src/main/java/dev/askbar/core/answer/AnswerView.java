package dev.askbar.core.answer;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.askbar.core.engine.Answer;
import dev.askbar.core.engine.AnswerError;
import dev.askbar.core.sql.QueryResult;
import java.time.Duration;
import java.util.Optional;

/**
 * An answer ready to show anywhere: each adapter maps these parts onto its own message format.
 *
 * @param bigNumber a one-row, one-column result shown as a figure instead of a 1×1 table
 * @param table     the result as monospace text within the style's width, empty for a big number or an error
 * @param chartPng  present when the result's shape suits a chart
 * @param csv       present when the table does not show every row and column
 * @param error     one sentence for the asker when there is no result
 */
public record AnswerView(
        String question,
        Optional<String> summary,
        Optional<BigNumber> bigNumber,
        Optional<String> table,
        Optional<byte[]> chartPng,
        Optional<byte[]> csv,
        Optional<String> sql,
        Footer footer,
        Optional<AnswerError> error) {

    /**
     * Charts by result, compared by identity: an answer is shown twice (rows first, then with its summary) over the
     * same result, and drawing a chart is most of an answer's CPU (half of it under load, profiled).
     */
    private static final Cache<QueryResult, Optional<byte[]>> CHARTS = Caffeine.newBuilder()
            .weakKeys()
            .maximumSize(256)
            .expireAfterWrite(Duration.ofMinutes(10))
            .build();

    /** A single value and what it measures, e.g. "13,327" and "orders". */
    public record BigNumber(String value, String label) {}

    public static AnswerView of(Answer answer, TextTable.Style style) {
        int rows = answer.result().map(QueryResult::rowCount).orElse(0);
        boolean truncated = answer.result().map(QueryResult::truncated).orElse(false);
        Footer footer = new Footer(
                answer.provider(),
                answer.model(),
                rows,
                truncated,
                answer.cached(),
                Duration.ofMillis(answer.timings().totalMs()));
        String question =
                answer.question().text() == null ? "" : answer.question().text().strip();
        if (answer.result().isEmpty()) {
            return new AnswerView(
                    question,
                    answer.summary(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    answer.sql(),
                    footer,
                    answer.error());
        }
        QueryResult result = answer.result().get();
        if (result.isSingleValue()) {
            Object v = result.rows().get(0).get(0);
            String value = CellFormat.format(v, result.columns().get(0).kind());
            BigNumber big = new BigNumber(value, result.columns().get(0).name().replace('_', ' '));
            return new AnswerView(
                    question,
                    answer.summary(),
                    Optional.of(big),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    answer.sql(),
                    footer,
                    answer.error());
        }
        TextTable.Rendered table = TextTable.render(result, style, " (CSV attached)");
        Optional<byte[]> csv =
                table.complete() && !result.truncated() ? Optional.empty() : Optional.of(CsvWriter.write(result));
        Optional<byte[]> chart = CHARTS.get(
                result, r -> ChartPlanner.plan(question, r).map(plan -> ChartRenderer.render(question, r, plan)));
        return new AnswerView(
                question,
                answer.summary(),
                Optional.empty(),
                Optional.of(table.text()),
                chart,
                csv,
                answer.sql(),
                footer,
                answer.error());
    }
}
