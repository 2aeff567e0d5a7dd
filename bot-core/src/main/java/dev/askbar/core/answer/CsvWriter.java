package dev.askbar.core.answer;

import dev.askbar.core.sql.QueryResult;
import dev.askbar.core.sql.ResultColumn;
import dev.askbar.core.sql.ValueKind;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/** RFC 4180 CSV in UTF-8: CRLF line ends, a header row, values machine-readable (no grouping), NULL as an empty field. */
public final class CsvWriter {
    private static final Pattern FORMULA = Pattern.compile("^([=+@\\t\\r]|-[^0-9.\\s])");
    private CsvWriter() {
    }

    public static byte[] write(QueryResult result) {
        StringBuilder sb = new StringBuilder();
        List<ResultColumn> columns = result.columns();
        for (int c = 0; c < columns.size(); c++) {
            sb.append(c == 0 ? "" : ",").append(field(columns.get(c).name()));
        }
        sb.append("\r\n");
        for (List<Object> row : result.rows()) {
            for (int c = 0; c < row.size(); c++) {
                String v = value(row.get(c));
                if (columns.get(c).kind() == ValueKind.TEXT && FORMULA.matcher(v).find()) {
                    // a spreadsheet would run "=HYPERLINK(...)" from someone's data; a leading quote keeps it text
                    v = "'" + v;
                }
                sb.append(c == 0 ? "" : ",").append(field(v));
            }
            sb.append("\r\n");
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String value(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof BigDecimal d) {
            return d.toPlainString();
        }
        return v.toString();
    }

    static String field(String s) {
        if (s.isEmpty()) {
            return s;
        }
        boolean quote = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0
                || Character.isWhitespace(s.charAt(0)) || Character.isWhitespace(s.charAt(s.length() - 1));
        return quote ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}
