package dev.askbar.core.answer;

import dev.askbar.core.sql.QueryResult;
import dev.askbar.core.sql.ResultColumn;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/**
 * RFC 4180 CSV in UTF-8: CRLF line ends, a header row, values machine-readable (no grouping), NULL as an empty field.
 *
 * <p>Every field, header included and whatever its column type, that a spreadsheet could read as a formula gets a
 * leading apostrophe: column names come from the model's SQL and values from anyone's data.
 */
public final class CsvWriter {
    /**
     * What spreadsheets start a formula with (=, +, -, @, also their full-width forms, tab and CR), possibly after
     * blanks; a sign followed by a plain number is the one harmless case and stays as it is.
     */
    private static final Pattern FORMULA_START =
            Pattern.compile("^[\\s\\u3000]*[=+\\-@\\uFF1D\\uFF0B\\uFF0D\\uFF20\\t\\r]");

    private static final Pattern PLAIN_NUMBER = Pattern.compile("^[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?$");

    private CsvWriter() {}

    public static byte[] write(QueryResult result) {
        StringBuilder sb = new StringBuilder();
        List<ResultColumn> columns = result.columns();
        for (int c = 0; c < columns.size(); c++) {
            sb.append(c == 0 ? "" : ",").append(field(inert(columns.get(c).name())));
        }
        sb.append("\r\n");
        for (List<Object> row : result.rows()) {
            for (int c = 0; c < row.size(); c++) {
                sb.append(c == 0 ? "" : ",").append(field(inert(value(row.get(c)))));
            }
            sb.append("\r\n");
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A spreadsheet would run "=HYPERLINK(...)" from someone's data; a leading apostrophe keeps it text. */
    static String inert(String s) {
        return FORMULA_START.matcher(s).find() && !PLAIN_NUMBER.matcher(s).matches() ? "'" + s : s;
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
        boolean quote = s.indexOf(',') >= 0
                || s.indexOf('"') >= 0
                || s.indexOf('\n') >= 0
                || s.indexOf('\r') >= 0
                || Character.isWhitespace(s.charAt(0))
                || Character.isWhitespace(s.charAt(s.length() - 1));
        return quote ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}
