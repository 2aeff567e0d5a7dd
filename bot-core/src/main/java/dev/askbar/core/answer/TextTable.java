package dev.askbar.core.answer;

import dev.askbar.core.sql.QueryResult;
import dev.askbar.core.sql.ResultColumn;
import java.util.ArrayList;
import java.util.List;

/**
 * A result as a monospace table that fits a width: numbers right-aligned, long cells cut with "…", columns
 * that do not fit dropped from the right with a note, rows capped with a note. Widths are display widths,
 * so Chinese text and emoji stay aligned.
 */
public final class TextTable {
    private static final String GAP = "  ";
    private static final int MIN_COLUMN = 4;
    private static final int MAX_COLUMN = 40;

    /**
     * @param width   columns available (60 suits a phone, 120 a terminal)
     * @param maxRows rows shown before "… N more rows"
     */
    public record Style(int width, int maxRows) {
        public static Style phone() {
            return new Style(60, 15);
        }

        public static Style chat() {
            return new Style(80, 20);
        }

        public static Style terminal() {
            return new Style(120, 40);
        }
    }

    /**
     * @param text           the table, lines joined with \n, ending without a newline
     * @param shownRows      rows in the text
     * @param hiddenRows     rows left out (more exist in the CSV)
     * @param droppedColumns columns that did not fit
     */
    public record Rendered(String text, int shownRows, int hiddenRows, List<String> droppedColumns) {
        public boolean complete() {
            return hiddenRows == 0 && droppedColumns.isEmpty();
        }
    }

    private TextTable() {}

    public static Rendered render(QueryResult result, Style style) {
        return render(result, style, "");
    }

    /** {@code moreRowsHint} ends the "… N more rows" note, e.g. " (CSV attached)". */
    public static Rendered render(QueryResult result, Style style, String moreRowsHint) {
        if (result.isEmpty()) {
            return new Rendered("(no rows)", 0, 0, List.of());
        }
        List<ResultColumn> columns = result.columns();
        int rows = Math.min(style.maxRows(), result.rowCount());
        String[][] cells = new String[rows + 1][columns.size()];
        int[] natural = new int[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            cells[0][c] = columns.get(c).name();
            natural[c] = DisplayWidth.of(cells[0][c]);
            for (int r = 0; r < rows; r++) {
                cells[r + 1][c] = CellFormat.format(
                        result.rows().get(r).get(c), columns.get(c).kind());
                natural[c] = Math.max(natural[c], DisplayWidth.of(cells[r + 1][c]));
            }
            natural[c] = Math.min(natural[c], MAX_COLUMN);
        }
        int[] widths = fit(natural, style.width());
        int shown = 0;
        while (shown < widths.length && widths[shown] > 0) {
            shown++;
        }
        StringBuilder sb = new StringBuilder();
        for (int r = 0; r <= rows; r++) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < shown; c++) {
                boolean right = columns.get(c).kind().isNumeric();
                String cell = DisplayWidth.truncate(cells[r][c], widths[c]);
                line.append(c == 0 ? "" : GAP)
                        .append(c == shown - 1 && !right ? cell : DisplayWidth.pad(cell, widths[c], right));
            }
            sb.append(line).append('\n');
            if (r == 0) {
                for (int c = 0; c < shown; c++) {
                    sb.append(c == 0 ? "" : GAP).append("─".repeat(widths[c]));
                }
                sb.append('\n');
            }
        }
        int hidden = result.rowCount() - rows;
        if (hidden > 0 || result.truncated()) {
            sb.append("… ")
                    .append(hidden)
                    .append(result.truncated() ? "+" : "")
                    .append(hidden == 1 ? " more row" : " more rows")
                    .append(moreRowsHint)
                    .append('\n');
        }
        List<String> dropped = new ArrayList<>();
        for (int c = shown; c < columns.size(); c++) {
            dropped.add(columns.get(c).name());
        }
        if (!dropped.isEmpty()) {
            sb.append('(')
                    .append(dropped.size())
                    .append(dropped.size() == 1 ? " more column" : " more columns")
                    .append(" not shown: ")
                    .append(String.join(", ", dropped))
                    .append(")\n");
        }
        return new Rendered(sb.toString().stripTrailing(), rows, hidden, dropped);
    }

    /**
     * Column widths within the budget: every column at its natural width if they fit; otherwise the widest
     * are narrowed (never below a few characters), and if still too wide, columns are dropped from the right.
     * A width of 0 means dropped.
     */
    static int[] fit(int[] natural, int budget) {
        int n = natural.length;
        int[] w = natural.clone();
        for (int keep = n; keep >= 1; keep--) {
            int[] trial = new int[n];
            System.arraycopy(w, 0, trial, 0, keep);
            int total = GAP.length() * (keep - 1);
            for (int c = 0; c < keep; c++) {
                total += trial[c];
            }
            while (total > budget) {
                int widest = -1;
                for (int c = 0; c < keep; c++) {
                    if (trial[c] > MIN_COLUMN && (widest < 0 || trial[c] > trial[widest])) {
                        widest = c;
                    }
                }
                if (widest < 0) {
                    break;
                }
                trial[widest]--;
                total--;
            }
            // a column squeezed to a stub says nothing; better to drop one and keep the rest readable
            boolean readable = true;
            for (int c = 0; c < keep; c++) {
                if (trial[c] < Math.min(natural[c], 8)) {
                    readable = false;
                }
            }
            if (total <= budget && (readable || keep == 1)) {
                return trial;
            }
        }
        int[] one = new int[n];
        one[0] = Math.min(natural[0], budget);
        return one;
    }
}
