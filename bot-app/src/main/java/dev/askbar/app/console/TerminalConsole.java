package dev.askbar.app.console;

import dev.askbar.core.engine.QueryEngine;
import dev.askbar.core.engine.Question;
import dev.askbar.core.platform.AnswerArchive;
import dev.askbar.core.platform.AnswerSession;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;

/**
 * Questions typed at a prompt, answered one after another until end of input or {@code quit}. At a real terminal
 * the prompt has line editing and a history kept across runs, and Ctrl-C cancels the question being answered
 * rather than AskBar; piped input is read line by line.
 */
public final class TerminalConsole {
    static final String CANCELLED = "(cancelled; ask another question, or type quit)";

    private final QueryEngine engine;
    // the terminal has no buttons; the session still files answers by id, so keep only a few
    private final AnswerArchive archive = new AnswerArchive(Duration.ofMinutes(10), 8L << 20);

    public TerminalConsole(QueryEngine engine) {
        this.engine = engine;
    }

    private String greeting() {
        return "AskBar — ask a question about the data in " + String.join(", ", engine.schemas())
                + " (type 'quit' to leave).";
    }

    /** Piped or scripted input: one question per line, no prompt. */
    public void run(InputStream in, PrintStream out) throws IOException {
        out.println(greeting());
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        while ((line = reader.readLine()) != null && !isQuit(line)) {
            if (!line.isBlank()) {
                AnswerSession.run(engine, archive, Question.fromTerminal(line), new TerminalSurface(out, false, true));
            }
        }
    }

    /**
     * A person at a terminal: line editing, history in {@code history} (when given), and Ctrl-C while a question is
     * worked on abandons that question and returns to the prompt.
     */
    public void run(Terminal terminal, Optional<Path> history) {
        PrintStream out = new PrintStream(terminal.output(), true, StandardCharsets.UTF_8);
        LineReaderBuilder builder =
                LineReaderBuilder.builder().terminal(terminal).appName("askbar");
        history.ifPresent(file -> builder.variable(LineReader.HISTORY_FILE, file));
        LineReader reader = builder.build();
        out.println(greeting());
        ExecutorService answering = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "console-answer");
            t.setDaemon(true);
            return t;
        });
        try {
            while (true) {
                String line;
                try {
                    line = reader.readLine("\naskbar> ");
                } catch (UserInterruptException e) {
                    continue; // Ctrl-C at the prompt clears the line, as shells do
                } catch (EndOfFileException e) {
                    return;
                }
                if (isQuit(line)) {
                    return;
                }
                if (!line.isBlank()) {
                    answer(line, terminal, out, answering);
                }
            }
        } finally {
            answering.shutdownNow();
            try {
                reader.getHistory().save();
            } catch (IOException e) {
                out.println("(could not save the history: " + e.getMessage() + ")");
            }
        }
    }

    private void answer(String line, Terminal terminal, PrintStream out, ExecutorService answering) {
        CancellableSurface surface = new CancellableSurface(new TerminalSurface(out, true, true));
        Future<?> work =
                answering.submit(() -> AnswerSession.run(engine, archive, Question.fromTerminal(line), surface));
        Terminal.SignalHandler previous = terminal.handle(Terminal.Signal.INT, signal -> {
            surface.cancel();
            work.cancel(true);
        });
        try {
            work.get();
        } catch (CancellationException e) {
            out.println(CANCELLED);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            out.println("✗ " + dev.askbar.core.platform.Sentences.FAILED);
        } finally {
            terminal.handle(Terminal.Signal.INT, previous);
        }
    }

    private static boolean isQuit(String line) {
        String s = line.strip();
        return s.equalsIgnoreCase("quit") || s.equalsIgnoreCase("exit");
    }
}
