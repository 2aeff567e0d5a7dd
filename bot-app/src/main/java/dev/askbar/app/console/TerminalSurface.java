package dev.askbar.app.console;

import dev.askbar.core.answer.AnswerView;
import dev.askbar.core.answer.TextTable;
import dev.askbar.core.engine.Answer;
import dev.askbar.core.platform.AnswerSurface;
import java.io.PrintStream;
import java.util.Optional;

/**
 * The terminal as an answer surface: stages as "… Running the query…" lines when someone is watching, the table as
 * soon as the rows are in, the summary below it when it arrives, and a failure as one "✗" line.
 */
public final class TerminalSurface implements AnswerSurface {
    private final PrintStream out;
    private final PrintStream failures;
    private final String failurePrefix;
    private final boolean interactive;
    private final boolean hintFiles;
    private boolean rowsPrinted;
    private Optional<Answer> last = Optional.empty();

    /** For the console: failures are part of the conversation, on the same stream. */
    public TerminalSurface(PrintStream out, boolean interactive, boolean hintFiles) {
        this(out, out, "✗ ", interactive, hintFiles);
    }

    private TerminalSurface(
            PrintStream out, PrintStream failures, String failurePrefix, boolean interactive, boolean hintFiles) {
        this.out = out;
        this.failures = failures;
        this.failurePrefix = failurePrefix;
        this.interactive = interactive;
        this.hintFiles = hintFiles;
    }

    /** For {@code askbar ask}: the answer on standard output, a failure as one "askbar: …" line on standard error. */
    public static TerminalSurface forCommand(PrintStream out, PrintStream err, boolean hintFiles) {
        return new TerminalSurface(out, err, "askbar: ", false, hintFiles);
    }

    @Override
    public void progress(String stage) {
        if (interactive) {
            out.println("… " + stage);
        }
    }

    @Override
    public void answered(Answer answer, Optional<String> archiveId, boolean summaryPending) {
        AnswerView view = AnswerView.of(answer, TextTable.Style.terminal());
        if (!rowsPrinted) {
            out.println();
            TerminalAnswer.printRows(view, out, hintFiles);
            rowsPrinted = true;
        }
        if (!summaryPending) {
            TerminalAnswer.printSummary(view, out);
            last = Optional.of(answer);
        }
        out.flush();
    }

    @Override
    public void failed(String sentence) {
        // a sentence can quote the database's error message
        failures.println(failurePrefix + TerminalText.safe(sentence));
    }

    /** The finished answer, once there is one (for saving its files). */
    public Optional<Answer> answer() {
        return last;
    }
}
