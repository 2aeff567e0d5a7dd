package dev.askbar.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.askbar.core.engine.Answer;
import dev.askbar.core.engine.Question;
import dev.askbar.core.engine.Timings;
import dev.askbar.core.sql.QueryResult;
import dev.askbar.core.sql.ResultColumn;
import dev.askbar.core.sql.ValueKind;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TerminalTextTest {
    private static final String CLEAR_SCREEN = "\u001b[2J";
    private static final String TITLE = "\u001b]0;pwned\u0007";
    private static final String CSI_8BIT = "\u009b31m";
    private static final String BIDI_OVERRIDE = "\u202e";

    @Test
    void controlAndFormatCharactersBecomeReplacementCharactersWhileLinesStay() {
        assertThat(TerminalText.safe("a" + CLEAR_SCREEN + "b")).isEqualTo("a\uFFFD[2Jb");
        assertThat(TerminalText.safe(TITLE)).isEqualTo("\uFFFD]0;pwned\uFFFD");
        assertThat(TerminalText.safe(CSI_8BIT + "red")).isEqualTo("\uFFFD31mred");
        assertThat(TerminalText.safe("abc" + BIDI_OVERRIDE + "fed")).isEqualTo("abc\uFFFDfed");
        assertThat(TerminalText.safe("total\rfake")).isEqualTo("total\uFFFDfake");
        assertThat(TerminalText.safe("SELECT 1\r\nFROM t\n\tWHERE x")).isEqualTo("SELECT 1\nFROM t\n    WHERE x");
        assertThat(TerminalText.safe("Zoë 山田 — 12 €")).isEqualTo("Zoë 山田 — 12 €");
    }

    @Test
    void noEscapeFromTheModelOrTheDatabaseReachesTheOperatorsTerminal() {
        ResultColumn name = new ResultColumn("name", "text", ValueKind.TEXT);
        ResultColumn orders = new ResultColumn("orders", "int8", ValueKind.INTEGER);
        QueryResult result = new QueryResult(
                List.of(name, orders),
                List.of(List.of("Ann" + CLEAR_SCREEN, 3L), List.of("Bob" + TITLE + BIDI_OVERRIDE, 2L)),
                false);
        Answer answer = new Answer(
                new Question("orders per customer", "operator", "terminal", Optional.empty()),
                Optional.of("SELECT name, count(*) AS orders -- " + CSI_8BIT + "\nFROM orders GROUP BY name"),
                Optional.of(result),
                Optional.of("Ann leads." + CLEAR_SCREEN + "\rAll good."),
                Optional.empty(),
                Optional.of("groq"),
                Optional.of("llama-3.3-70b-versatile"),
                Optional.of("gsk_…a1b2"),
                new Timings(300, 20, 250, 840),
                false,
                Optional.empty());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TerminalAnswer.print(answer, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String printed = bytes.toString(StandardCharsets.UTF_8);

        assertThat(printed).contains("Ann", "Bob", "Ann leads.", "All good.", "FROM orders GROUP BY name");
        assertThat(printed.chars()
                        .filter(c ->
                                c != '\n' && (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT)))
                .as("control or format characters printed")
                .isEmpty();
    }
}
