package dev.askbar.app.console;

import dev.askbar.core.engine.Question;
import dev.askbar.core.engine.QueryEngine;
import dev.askbar.core.platform.AnswerArchive;
import dev.askbar.core.platform.AnswerSession;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Questions typed at a prompt, answered one after another until end of input or {@code quit}. */
public final class TerminalConsole {
    private final QueryEngine engine;
    private final InputStream in;
    private final PrintStream out;
    private final boolean interactive;
    // the terminal has no buttons; the session still files answers by id, so keep only a few
    private final AnswerArchive archive = new AnswerArchive(Duration.ofMinutes(10), 8L << 20);

    public TerminalConsole(QueryEngine engine, InputStream in, PrintStream out, boolean interactive) {
        this.engine = engine;
        this.in = in;
        this.out = out;
        this.interactive = interactive;
    }

    public void run() throws IOException {
        out.println("AskBar — ask a question about the data in " + String.join(", ", engine.schemas())
                + " (type 'quit' to leave).");
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        while (true) {
            if (interactive) {
                out.print("\naskbar> ");
                out.flush();
            }
            String line = reader.readLine();
            if (line == null || line.strip().equalsIgnoreCase("quit") || line.strip().equalsIgnoreCase("exit")) {
                return;
            }
            if (line.isBlank()) {
                continue;
            }
            AnswerSession.run(engine, archive, Question.fromTerminal(line), new TerminalSurface(out, interactive, true));
        }
    }
}
