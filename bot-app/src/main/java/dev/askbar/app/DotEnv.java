package dev.askbar.app;

import dev.askbar.core.config.ConfigException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * An optional {@code .env} file, read by the usual dotenv rules (those of docker compose and python-dotenv):
 * {@code KEY=value} lines with an optional {@code export } prefix; {@code #} starts a comment at the start of a
 * line or after whitespace in an unquoted value; double quotes allow escapes ({@code \n \t \r \" \\ \$}) and
 * line breaks; single quotes are literal; an unterminated quote is one configuration error naming the line.
 * Values are never echoed in an error, since they are mostly secrets. Variables already in the process
 * environment win, as with docker compose. No {@code ${VAR}} expansion.
 */
final class DotEnv {
    private static final Pattern KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_.]*");

    private DotEnv() {}

    static Map<String, String> merge(Map<String, String> processEnv, List<Path> candidates) {
        Map<String, String> merged = new HashMap<>();
        for (Path candidate : candidates) {
            if (Files.isRegularFile(candidate)) {
                merged.putAll(parse(candidate));
                break;
            }
        }
        merged.putAll(processEnv);
        return merged;
    }

    static Map<String, String> parse(Path file) {
        try {
            return parse(
                    Files.readString(file, StandardCharsets.UTF_8),
                    file.getFileName().toString());
        } catch (IOException e) {
            throw new ConfigException(
                    file.toString(), "cannot be read (" + e.getClass().getSimpleName() + "); check its permissions");
        }
    }

    /** @param name the file's name, for errors such as ".env line 3: …" */
    static Map<String, String> parse(String text, String name) {
        return new Scanner(text.replace("\r\n", "\n"), name).entries();
    }

    /** Walks the text once; a quoted value may run over several lines, so this is not line by line. */
    private static final class Scanner {
        private final String text;
        private final String name;
        private int pos;
        private int line = 1;

        Scanner(String text, String name) {
            this.text = text.startsWith("\uFEFF") ? text.substring(1) : text;
            this.name = name;
        }

        Map<String, String> entries() {
            Map<String, String> values = new LinkedHashMap<>();
            while (pos < text.length()) {
                skipBlanks();
                if (pos >= text.length()) {
                    break;
                }
                if (peek() == '\n') {
                    next();
                    continue;
                }
                if (peek() == '#') {
                    skipToLineEnd();
                    continue;
                }
                int startLine = line;
                String rawKey = readUntil('=');
                if (rawKey.startsWith("export ") || rawKey.startsWith("export\t")) {
                    rawKey = rawKey.substring(7);
                }
                String key = rawKey.strip();
                if (pos >= text.length() || peek() != '=' || !KEY.matcher(key).matches()) {
                    throw error(startLine, "is not KEY=value (a variable name, '=', then the value)");
                }
                next();
                values.put(key, value(key, startLine));
            }
            return values;
        }

        private String value(String key, int startLine) {
            skipBlanks();
            if (pos >= text.length() || peek() == '\n') {
                return "";
            }
            char c = peek();
            if (c == '"' || c == '\'') {
                next();
                String v = c == '"' ? doubleQuoted(key, startLine) : singleQuoted(key, startLine);
                afterClosingQuote(key);
                return v;
            }
            StringBuilder v = new StringBuilder();
            while (pos < text.length() && peek() != '\n') {
                char ch = next();
                // an unquoted '#' starts a comment only after whitespace: A=abc#def keeps its '#'
                if (ch == '#' && (v.isEmpty() || Character.isWhitespace(v.charAt(v.length() - 1)))) {
                    skipToLineEnd();
                    break;
                }
                v.append(ch);
            }
            return v.toString().strip();
        }

        private String doubleQuoted(String key, int startLine) {
            StringBuilder v = new StringBuilder();
            while (pos < text.length()) {
                char ch = next();
                if (ch == '"') {
                    return v.toString();
                }
                if (ch == '\\' && pos < text.length()) {
                    char e = next();
                    switch (e) {
                        case 'n' -> v.append('\n');
                        case 't' -> v.append('\t');
                        case 'r' -> v.append('\r');
                        case '"', '\\', '$', '\'' -> v.append(e);
                        case '\n' -> {} // a backslash at the end of a line continues it
                        default -> v.append('\\').append(e);
                    }
                    continue;
                }
                v.append(ch);
            }
            throw error(startLine, "opens a double quote for " + key + " that is never closed; add the closing \"");
        }

        private String singleQuoted(String key, int startLine) {
            int close = text.indexOf('\'', pos);
            if (close < 0) {
                throw error(startLine, "opens a single quote for " + key + " that is never closed; add the closing '");
            }
            String v = text.substring(pos, close);
            while (pos <= close) {
                next();
            }
            return v;
        }

        /** After a closing quote only blanks and a comment may follow on that line. */
        private void afterClosingQuote(String key) {
            int at = line;
            skipBlanks();
            if (pos < text.length() && peek() == '#') {
                skipToLineEnd();
            } else if (pos < text.length() && peek() != '\n') {
                throw error(
                        at, "has text after the closing quote of " + key + "; put it inside the quotes or after a #");
            }
        }

        private String readUntil(char stop) {
            StringBuilder s = new StringBuilder();
            while (pos < text.length() && peek() != stop && peek() != '\n') {
                s.append(next());
            }
            return s.toString();
        }

        private void skipBlanks() {
            while (pos < text.length() && (peek() == ' ' || peek() == '\t')) {
                pos++;
            }
        }

        private void skipToLineEnd() {
            while (pos < text.length() && peek() != '\n') {
                pos++;
            }
        }

        private char peek() {
            return text.charAt(pos);
        }

        private char next() {
            char c = text.charAt(pos++);
            if (c == '\n') {
                line++;
            }
            return c;
        }

        private ConfigException error(int atLine, String problem) {
            return new ConfigException(name + " line " + atLine, problem);
        }
    }
}
