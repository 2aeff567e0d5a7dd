package dev.askbar.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.askbar.core.config.ConfigException;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The usual dotenv rules, as a table: what a line in .env means. */
class DotEnvTest {

    static Stream<Arguments> values() {
        return Stream.of(
                arguments("A=abc", "abc"),
                arguments("A = abc ", "abc"),
                arguments("A=", ""),
                arguments("A=abc # note", "abc"),
                arguments("A=abc#def", "abc#def"),
                arguments("A=#not a value", ""),
                arguments("A=\"abc\" # note", "abc"),
                arguments("A=\"abc # not a comment\"", "abc # not a comment"),
                arguments("A='abc' # note", "abc"),
                arguments("A=\"line1\\nline2\"", "line1\nline2"),
                arguments("A=\"tab\\there\"", "tab\there"),
                arguments("A=\"say \\\"hi\\\"\"", "say \"hi\""),
                arguments("A=\"back\\\\slash\"", "back\\slash"),
                arguments("A=\"cost \\$5\"", "cost $5"),
                arguments("A='literal \\n $HOME \"x\"'", "literal \\n $HOME \"x\""),
                arguments("A=\"first\nsecond\"", "first\nsecond"),
                arguments("export A=abc", "abc"),
                arguments("export A=\"abc\"", "abc"),
                arguments("A=gsk_abc=def==", "gsk_abc=def=="),
                arguments("A=  spaced value  ", "spaced value"),
                arguments("A=\"  kept  \"", "  kept  "),
                arguments("A=$HOME", "$HOME"),
                arguments("A=\"\"", ""),
                arguments("A=üñí 🚀", "üñí 🚀"));
    }

    @ParameterizedTest(name = "{0} -> [{1}]")
    @MethodSource("values")
    void aLineMeansWhatDotenvSays(String line, String expected) {
        assertThat(DotEnv.parse(line + "\n", ".env")).containsEntry("A", expected);
    }

    static Stream<Arguments> errors() {
        return Stream.of(
                arguments(
                        "B=1\nA=\"unterminated\nC=3\n", ".env line 2 opens a double quote for A that is never closed"),
                arguments("A='open", ".env line 1 opens a single quote for A that is never closed"),
                arguments("# comment\n\nA=\"abc\" tail", ".env line 3 has text after the closing quote of A"),
                arguments("just some words", ".env line 1 is not KEY=value"),
                arguments("1A=x", ".env line 1 is not KEY=value"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("errors")
    void aBrokenLineIsOneConfigErrorNamingTheLineNeverTheValue(String text, String message) {
        assertThatThrownBy(() -> DotEnv.parse(text, ".env"))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(message)
                .hasMessageNotContaining("unterminated")
                .hasMessageNotContaining("tail")
                .hasMessageNotContaining("open\n");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("values")
    void windowsLineEndingsAndCommentsAroundChangeNothing(String line, String expected) {
        String file =
                "# AskBar settings\r\n\r\n   # indented comment\r\n" + line.replace("\n", "\r\n") + "\r\nZ=last\r\n";
        Map<String, String> parsed = DotEnv.parse(file, ".env");
        assertThat(parsed)
                .containsEntry("A", expected)
                .containsEntry("Z", "last")
                .hasSize(2);
    }
}
