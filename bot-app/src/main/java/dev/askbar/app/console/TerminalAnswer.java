package dev.askbar.app.console;

import dev.askbar.core.engine.Answer;
import dev.askbar.core.sql.QueryResult;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** An answer as the terminal shows it: summary, aligned table, the SQL, and a footer. */
public final class TerminalAnswer {
    private static final int MAX_ROWS = 40;

    private TerminalAnswer() {
    }

    public static void print(Answer answer, PrintStream out) {
        if (answer.error().isPresent()) {
            out.println("✗ " + answer.error().get().message());
            answer.sql().ifPresent(sql -> out.println("\nSQL tried:\n" + indent(sql)));
            return;
        }
        out.println(answer.summary().orElse("(summary unavailable)"));
        out.println();
        answer.result().ifPresent(r -> out.print(table(r)));
        answer.sql().ifPresent(sql -> out.println("\n" + indent(sql)));
        out.println();
        out.println(footer(answer));
    }

    static String footer(Answer answer) {
        int rows = answer.result().map(QueryResult::rowCount).orElse(0);
        boolean truncated = answer.result().map(QueryResult::truncated).orElse(false);
        return String.join(" · ", answer.provider().orElse("?"), answer.model().orElse("?"),
                rows + (truncated ? "+" : "") + (rows == 1 ? " row" : " rows"),
                String.format(Locale.ROOT, "%.2f s", answer.timings().totalMs() / 1000.0));
    }

    static String table(QueryResult r) {
        if (r.isEmpty()) {
            return "(no rows)\n";
        }
        int n = r.columns().size();
        int[] width = new int[n];
        List<String[]> cells = new ArrayList<>();
        String[] header = new String[n];
        for (int i = 0; i < n; i++) {
            header[i] = r.columns().get(i).name();
            width[i] = header[i].length();
        }
        for (int row = 0; row < Math.min(MAX_ROWS, r.rowCount()); row++) {
            String[] line = new String[n];
            for (int i = 0; i < n; i++) {
                Object v = r.rows().get(row).get(i);
                line[i] = v == null ? "∅" : v.toString();
                width[i] = Math.max(width[i], line[i].length());
            }
            cells.add(line);
        }
        StringBuilder sb = new StringBuilder();
        appendRow(sb, header, width, r);
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "" : "  ").append("─".repeat(width[i]));
        }
        sb.append('\n');
        cells.forEach(line -> appendRow(sb, line, width, r));
        if (r.rowCount() > MAX_ROWS) {
            sb.append("… ").append(r.rowCount() - MAX_ROWS).append(" more rows\n");
        }
        return sb.toString();
    }

    private static void appendRow(StringBuilder sb, String[] cells, int[] width, QueryResult r) {
        for (int i = 0; i < cells.length; i++) {
            String pad = " ".repeat(width[i] - cells[i].length());
            boolean right = r.columns().get(i).kind().isNumeric();
            sb.append(i == 0 ? "" : "  ").append(right ? pad + cells[i] : cells[i] + (i == cells.length - 1 ? "" : pad));
        }
        sb.append('\n');
    }

    private static String indent(String sql) {
        return "  " + sql.replace("\n", "\n  ");
    }
}
