package dev.askbar.core.answer;

import static dev.askbar.core.answer.Results.col;
import static dev.askbar.core.answer.Results.row;
import static org.assertj.core.api.Assertions.assertThat;

import dev.askbar.core.sql.QueryResult;
import dev.askbar.core.sql.ValueKind;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

    @Test
    void quotesWhatRfc4180SaysAndKeepsValuesMachineReadable() {
        QueryResult r = Results.of(
                List.of(
                        col("name", ValueKind.TEXT),
                        col("amount", ValueKind.DECIMAL),
                        col("at", ValueKind.TIMESTAMP_TZ)),
                row("Müller, Zoë", new BigDecimal("1234567.50"), OffsetDateTime.parse("2025-03-01T14:05:00+02:00")),
                row("say \"hi\"\nthere", null, null),
                row("山田 🚀", new BigDecimal("-0.5"), null));
        String csv = new String(CsvWriter.write(r), StandardCharsets.UTF_8);
        assertThat(csv)
                .isEqualTo("name,amount,at\r\n"
                        + "\"Müller, Zoë\",1234567.50,2025-03-01T14:05+02:00\r\n"
                        + "\"say \"\"hi\"\"\nthere\",,\r\n"
                        + "山田 🚀,-0.5,\r\n");
    }

    @Test
    void spreadsheetFormulasInTextStayText() {
        QueryResult r = Results.of(
                List.of(col("note", ValueKind.TEXT), col("n", ValueKind.INTEGER)),
                row("=HYPERLINK(\"http://evil\")", -5L),
                row("-minus sign text", 1L),
                row("-12", 2L));
        String csv = new String(CsvWriter.write(r), StandardCharsets.UTF_8);
        assertThat(csv)
                .contains("\"'=HYPERLINK(\"\"http://evil\"\")\",-5")
                .contains("'-minus sign text,1")
                .contains("\r\n-12,2");
    }

    @Test
    void everyRowOfALargeResultIsInTheCsv() {
        List<List<Object>> rows = new ArrayList<>();
        for (long i = 0; i < 10_000; i++) {
            rows.add(Arrays.asList(i, "r" + i));
        }
        String csv = new String(
                CsvWriter.write(
                        new QueryResult(List.of(col("i", ValueKind.INTEGER), col("s", ValueKind.TEXT)), rows, false)),
                StandardCharsets.UTF_8);
        assertThat(csv.split("\r\n")).hasSize(10_001);
    }

    @Test
    void formulaGuardCoversHeadersEveryColumnTypeAndSignsBeforeAnythingButAPlainNumber() {
        QueryResult r = Results.of(
                List.of(
                        col("=HYPERLINK(\"http://evil\")", ValueKind.TEXT),
                        col("+cmd", ValueKind.JSON),
                        col("@sum", ValueKind.ARRAY),
                        col("n", ValueKind.OTHER),
                        col("f", ValueKind.FLOAT)),
                row("-1+2", "+1)*cmd", "@SUM(A1)", "-2 days", -1.5e10),
                row("+12", "-12.50", "\t=1", "\uFF1D1+1", Double.NEGATIVE_INFINITY),
                row(" =1+1", "-", "\r=2", "+.5", 3.0));

        List<String> lines = List.of(new String(CsvWriter.write(r), StandardCharsets.UTF_8).split("\r\n"));

        assertThat(lines.get(0)).isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\")\",'+cmd,'@sum,n,f");
        assertThat(lines.get(1)).isEqualTo("'-1+2,'+1)*cmd,'@SUM(A1),'-2 days,-1.5E10");
        assertThat(lines.get(2)).isEqualTo("+12,-12.50,'\t=1,'\uFF1D1+1,'-Infinity");
        assertThat(lines.get(3)).isEqualTo("' =1+1,'-,\"'\r=2\",+.5,3.0");
    }
}
