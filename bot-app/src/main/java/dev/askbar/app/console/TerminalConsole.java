package dev.askbar.app.console;

import dev.askbar.core.engine.Answer;
import dev.askbar.core.engine.ProgressListener;
import dev.askbar.core.engine.Question;
import dev.askbar.core.engine.QueryEngine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Questions typed at a prompt, answered one after another until end of input or {@code quit}. */
public final class TerminalConsole {
    private final QueryEngine engine;
    private final InputStream in;
    private final PrintStream out;
    private final boolean interactive;

    public TerminalConsole(QueryEngine engine, InputStream in, PrintStream out, boolean interactive) {
        this.engine = engine;
        this.in = in;
        this.out = out;
        this.interactive = interactive;
    }

    public void run() throws IOException {
        out.println("AskBar — ask a question about the data in " + String.join(", ", engine.catalog().schemas())
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
            if (interactive) {
                out.println("… thinking");
            }
            Answer answer = engine.answer(Question.fromTerminal(line), new ProgressListener() {
                @Override
                public void sqlReady(String sql) {
                    if (interactive) {
                        out.println("… running the query");
                    }
                }
            });
            out.println();
            TerminalAnswer.print(answer, out);
        }
    }
}
