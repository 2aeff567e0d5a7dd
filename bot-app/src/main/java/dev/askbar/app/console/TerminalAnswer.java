package dev.askbar.app.console;

import dev.askbar.core.answer.AnswerView;
import dev.askbar.core.answer.TextTable;
import dev.askbar.core.engine.Answer;
import dev.askbar.core.platform.Sentences;
import java.io.PrintStream;

/**
 * An answer as the terminal shows it: the figure or an aligned table, the SQL and a footer as soon as the rows are
 * in, then the summary when it arrives.
 */
public final class TerminalAnswer {
    private TerminalAnswer() {}

    /** The whole answer at once (a batch, or a failure). */
    public static AnswerView print(Answer answer, PrintStream out) {
        return print(answer, out, true);
    }

    /** @param hintFiles say how to get the chart and CSV when the answer has them (not when they are being saved) */
    public static AnswerView print(Answer answer, PrintStream out, boolean hintFiles) {
        AnswerView view = AnswerView.of(answer, TextTable.Style.terminal());
        if (view.error().isPresent()) {
            out.println("✗ " + TerminalText.safe(view.error().get().message()));
            view.sql().ifPresent(sql -> out.println("\nSQL tried:\n" + indent(sql)));
            return view;
        }
        printRows(view, out, hintFiles);
        printSummary(view, out);
        return view;
    }

    /** The rows part: figure or table, SQL, footer, and how to save the chart or CSV. */
    static void printRows(AnswerView view, PrintStream out, boolean hintFiles) {
        view.bigNumber().ifPresent(big -> out.println(TerminalText.safe("  " + big.value() + "  " + big.label())));
        view.table().ifPresent(table -> out.println(TerminalText.safe(table)));
        view.sql().filter(sql -> !sql.isBlank()).ifPresent(sql -> out.println("\n" + indent(sql)));
        out.println();
        out.println(TerminalText.safe(view.footer().text()));
        if (hintFiles && (view.chartPng().isPresent() || view.csv().isPresent())) {
            String what = view.chartPng().isPresent() && view.csv().isPresent()
                    ? "a chart and the full result as CSV"
                    : view.chartPng().isPresent() ? "a chart" : "the full result as CSV";
            boolean both = view.chartPng().isPresent() && view.csv().isPresent();
            out.println("(this answer has " + what + ": askbar ask --out DIR \"…\" saves " + (both ? "them)" : "it)"));
        }
    }

    static void printSummary(AnswerView view, PrintStream out) {
        out.println();
        out.println(view.summary()
                .filter(s -> !s.isBlank())
                .map(s -> TerminalText.safe(s.strip()))
                .orElse("(" + Sentences.NO_SUMMARY + ")"));
    }

    private static String indent(String sql) {
        return "  " + TerminalText.safe(sql).replace("\n", "\n  ");
    }
}
