package dev.askbar.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.askbar.core.fixtures.EngineFixture;
import dev.askbar.testkit.ChatCall;
import dev.askbar.testkit.GroqResponses;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TerminalConsoleTest {
    private EngineFixture f;

    @AfterEach
    void close() {
        if (f != null) {
            f.close();
        }
    }

    @Test
    void pipedQuestionsPrintTheTableThenTheSummary() throws Exception {
        f = new EngineFixture("console-piped");
        f.sqlFor("how many customers", "SELECT count(*) AS n FROM public.customers");
        f.summaryFor("how many customers", "There are 4 customers.");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new TerminalConsole(f.engine)
                .run(
                        new ByteArrayInputStream("how many customers\nquit\n".getBytes(StandardCharsets.UTF_8)),
                        new PrintStream(out, true, StandardCharsets.UTF_8));
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("There are 4 customers.");
        assertThat(text.indexOf("SELECT count(*)"))
                .as("rows and SQL come before the summary")
                .isLessThan(text.indexOf("There are 4 customers."));
    }

    @Test
    void ctrlCCancelsTheQuestionInProgressAndKeepsTheConsoleAndItsHistory(@TempDir Path home) throws Exception {
        f = new EngineFixture("console-cancel");
        CountDownLatch asked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        f.groq.when(call -> call.task() == ChatCall.Task.SQL && call.user().contains("slow one"))
                .respond(call -> {
                    asked.countDown();
                    try {
                        release.await(20, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return GroqResponses.completion(call.model(), "```sql\nSELECT 1 AS late\n```");
                });
        f.sqlFor("how many customers", "SELECT count(*) AS n FROM public.customers");
        PipedOutputStream keys = new PipedOutputStream();
        PipedInputStream in = new PipedInputStream(keys);
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        Path history = home.resolve("history");
        try (Terminal terminal = TerminalBuilder.builder()
                .system(false)
                .streams(in, screen)
                .type("dumb")
                .build()) {
            CompletableFuture<Void> console =
                    CompletableFuture.runAsync(() -> new TerminalConsole(f.engine).run(terminal, Optional.of(history)));
            keys.write("the slow one\n".getBytes(StandardCharsets.UTF_8));
            keys.flush();
            assertThat(asked.await(20, TimeUnit.SECONDS)).isTrue();
            terminal.raise(Terminal.Signal.INT);
            keys.write("how many customers\nquit\n".getBytes(StandardCharsets.UTF_8));
            keys.flush();
            console.get(30, TimeUnit.SECONDS);
            release.countDown();
        }
        String text = screen.toString(StandardCharsets.UTF_8);
        assertThat(text).contains(TerminalConsole.CANCELLED);
        assertThat(text).doesNotContain("late");
        assertThat(text).contains("SELECT count(*)");
        assertThat(Files.readString(history)).contains("the slow one").contains("how many customers");
    }
}
