package dev.askbar.core.answer;

import static dev.askbar.core.answer.Results.col;
import static dev.askbar.core.answer.Results.row;
import static org.assertj.core.api.Assertions.assertThat;

import dev.askbar.core.sql.QueryResult;
import dev.askbar.core.sql.ValueKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextTableTest {

    @Test
    void numbersAreRightAlignedWithThousandsSeparatorsAndMoneyKeepsTwoDecimals() {
        QueryResult r = Results.of(
                List.of(
                        col("product", ValueKind.TEXT),
                        col("sold", ValueKind.INTEGER),
                        col("revenue", ValueKind.DECIMAL)),
                row("Mug", 1234567L, new BigDecimal("18240.50")),
                row("Spoon", -3L, new BigDecimal("3.20")));
        String text = TextTable.render(r, TextTable.Style.terminal()).text();
        assertThat(text)
                .contains("1,234,567")
                .contains("18,240.50")
                .contains("3.20")
                .contains("-3");
        List<String> lines = text.lines().toList();
        assertThat(lines.get(2)).endsWith("18,240.50");
        assertThat(lines.get(3)).endsWith("     3.20");
    }

    @Test
    void hugeNumbersStayExact() {
        QueryResult r = Results.of(
                List.of(col("name", ValueKind.TEXT), col("big", ValueKind.DECIMAL), col("ratio", ValueKind.FLOAT)),
                row("a", new BigDecimal("123456789012345678901234567890"), 0.000123456),
                row("b", new BigDecimal("-0.5"), 1234567.891));
        String text = TextTable.render(r, TextTable.Style.terminal()).text();
        assertThat(text)
                .contains("123,456,789,012,345,678,901,234,567,890")
                .contains("-0.5")
                .contains("0.0001")
                .contains("1,234,568");
        assertThat(text).doesNotContain("E+").doesNotContain("E-");
    }

    @Test
    void datesTimestampsZonesBooleansAndNullsReadWell() {
        QueryResult r = Results.of(
                List.of(
                        col("day", ValueKind.DATE),
                        col("at", ValueKind.TIMESTAMP),
                        col("zoned", ValueKind.TIMESTAMP_TZ),
                        col("ok", ValueKind.BOOLEAN),
                        col("note", ValueKind.TEXT)),
                row(
                        LocalDate.of(2025, 3, 1),
                        LocalDateTime.of(2025, 3, 1, 14, 5),
                        OffsetDateTime.parse("2025-03-01T14:05:09+02:00"),
                        true,
                        null),
                row(null, null, OffsetDateTime.parse("2025-03-01T12:00:00Z"), false, "x"));
        String text = TextTable.render(r, TextTable.Style.terminal()).text();
        assertThat(text)
                .contains("2025-03-01")
                .contains("2025-03-01 14:05")
                .contains("2025-03-01 14:05:09 +02:00")
                .contains("2025-03-01 12:00 UTC")
                .contains("yes")
                .contains("no")
                .contains("∅");
    }

    @Test
    void chineseAndEmojiStayAlignedByDisplayWidth() {
        QueryResult r = Results.of(
                List.of(col("name", ValueKind.TEXT), col("city", ValueKind.TEXT), col("n", ValueKind.INTEGER)),
                row("山田 太郎", "東京", 12L),
                row("Zoë Müller", "Berlin", 7L),
                row("🚀 Rocket", "Kraków", 1234L),
                row("👩‍💻 dev", "Zürich", 5L));
        String text = TextTable.render(r, TextTable.Style.terminal()).text();
        List<Integer> widths = text.lines().map(DisplayWidth::of).distinct().toList();
        assertThat(widths).as(text).hasSize(1);
    }

    @Test
    void longCellsAreCutWithAnEllipsis() {
        QueryResult r = Results.of(
                List.of(col("id", ValueKind.INTEGER), col("comment", ValueKind.TEXT)),
                row(1L, "x".repeat(300)),
                row(2L, "short"));
        String text = TextTable.render(r, TextTable.Style.phone()).text();
        assertThat(text).contains("…");
        assertThat(text.lines().mapToInt(DisplayWidth::of).max().orElseThrow()).isLessThanOrEqualTo(60);
    }

    @Test
    void columnsThatDoNotFitAreDroppedFromTheRightWithANote() {
        List<dev.askbar.core.sql.ResultColumn> cols = new ArrayList<>();
        Object[] cells = new Object[14];
        for (int i = 0; i < 14; i++) {
            cols.add(col("column_number_" + i, ValueKind.TEXT));
            cells[i] = "value " + i;
        }
        TextTable.Rendered t = TextTable.render(Results.of(cols, cells), TextTable.Style.phone());
        assertThat(t.droppedColumns()).isNotEmpty().endsWith("column_number_13");
        assertThat(t.text()).contains("more columns not shown: ");
        assertThat(t.text()
                        .lines()
                        .filter(l -> !l.startsWith("("))
                        .mapToInt(DisplayWidth::of)
                        .max()
                        .orElseThrow())
                .isLessThanOrEqualTo(60);
    }

    @Test
    void tenThousandRowsAreCappedWithANote() {
        List<List<Object>> rows = new ArrayList<>();
        for (long i = 0; i < 10_000; i++) {
            rows.add(Arrays.asList("row " + i, i));
        }
        QueryResult r = new QueryResult(List.of(col("name", ValueKind.TEXT), col("n", ValueKind.INTEGER)), rows, false);
        TextTable.Rendered t = TextTable.render(r, TextTable.Style.phone(), " (CSV attached)");
        assertThat(t.shownRows()).isEqualTo(15);
        assertThat(t.hiddenRows()).isEqualTo(9_985);
        assertThat(t.text()).endsWith("… 9985 more rows (CSV attached)");
    }

    @Test
    void arraysAndJsonAreShownOnOneLine() {
        QueryResult r = Results.of(
                List.of(col("tags", ValueKind.ARRAY), col("doc", ValueKind.JSON)),
                row("{a,b}", "{\"k\": 1,\n \"v\": [1,2]}"));
        String text = TextTable.render(r, TextTable.Style.terminal()).text();
        assertThat(text).contains("{a,b}").contains("{\"k\": 1,  \"v\": [1,2]}");
        assertThat(text.lines().count()).isEqualTo(3);
    }

    @Test
    void zeroRowsSaySo() {
        QueryResult r = Results.of(List.of(col("a", ValueKind.TEXT)));
        assertThat(TextTable.render(r, TextTable.Style.phone()).text()).isEqualTo("(no rows)");
    }
}
