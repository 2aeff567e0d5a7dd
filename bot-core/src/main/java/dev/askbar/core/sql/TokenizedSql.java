package dev.askbar.core.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A statement split into tokens the way PostgreSQL's own lexer splits it.
 *
 * <p>Every later decision depends on agreeing with the server about where code ends and literals or
 * comments begin: if we thought {@code 'a\'} continued a string while PostgreSQL ended it there, the
 * text after it would run unseen. So this lexer follows PostgreSQL's rules (standard conforming
 * strings, {@code E''} escapes, dollar quoting, nested block comments) rather than JSqlParser's, and
 * JSqlParser only ever sees {@link #sanitised()}: the same code with every comment blanked and every
 * literal replaced by {@code 's'}, so the two parsers cannot disagree about literal boundaries.
 */
final class TokenizedSql {

    enum Kind {
        WORD,
        QUOTED,
        STRING,
        NUMBER,
        PARAM,
        SYMBOL,
        OPERATOR
    }

    /**
     * {@code text} is lower-cased for words, unescaped for quoted identifiers, raw otherwise; {@code start}/{@code
     * end} locate it in the source, {@code cleanStart}/{@code cleanEnd} in {@link #sanitised()}.
     */
    record Token(Kind kind, String text, int start, int end, int cleanStart, int cleanEnd) {
        boolean isWord(String word) {
            return kind == Kind.WORD && text.equals(word);
        }

        boolean isSymbol(char c) {
            return kind == Kind.SYMBOL && text.length() == 1 && text.charAt(0) == c;
        }

        boolean isName() {
            return kind == Kind.WORD || kind == Kind.QUOTED;
        }
    }

    private static final String OPERATOR_CHARS = "+-*/<>=~!@#%^&|`?";
    private static final String SYMBOL_CHARS = "()[]{},;.:";

    private final String source;
    private final List<Token> tokens = new ArrayList<>();
    private final StringBuilder sanitised = new StringBuilder();
    private String problem;
    private int pos;

    private TokenizedSql(String source) {
        this.source = source;
    }

    static TokenizedSql of(String sql) {
        TokenizedSql t = new TokenizedSql(sql);
        t.run();
        return t;
    }

    List<Token> tokens() {
        return tokens;
    }

    String sanitised() {
        return sanitised.toString();
    }

    /** Why the text cannot be read with certainty (an unterminated literal, an escaped identifier...). */
    Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    private void run() {
        while (pos < source.length() && problem == null) {
            char c = source.charAt(pos);
            char next = pos + 1 < source.length() ? source.charAt(pos + 1) : '\0';
            if (" \t\n\r\f\u000B".indexOf(c) >= 0) {
                sanitised.append(c);
                pos++;
            } else if (c == '-' && next == '-') {
                lineComment();
            } else if (c == '/' && next == '*') {
                blockComment();
            } else if (c == '\'') {
                standardString(pos);
            } else if ((c == 'e' || c == 'E') && next == '\'') {
                escapeString();
            } else if ("bBxXnN".indexOf(c) >= 0 && next == '\'') {
                pos++;
                standardString(pos - 1);
            } else if ((c == 'u' || c == 'U') && next == '&') {
                unicodeEscaped();
            } else if (c == '"') {
                quotedIdentifier();
            } else if (c == '$') {
                dollar();
            } else if (isIdentifierStart(c)) {
                word();
            } else if (Character.isDigit(c) || (c == '.' && Character.isDigit(next))) {
                number();
            } else if (SYMBOL_CHARS.indexOf(c) >= 0) {
                if (c == ':' && next == ':') {
                    add(Kind.OPERATOR, "::", pos, pos + 2);
                    pos += 2;
                } else {
                    add(Kind.SYMBOL, String.valueOf(c), pos, pos + 1);
                    pos++;
                }
            } else if (OPERATOR_CHARS.indexOf(c) >= 0) {
                operator();
            } else {
                problem = "an unexpected character '" + c + "'";
            }
        }
    }

    private void add(Kind kind, String text, int start, int end) {
        int clean = sanitised.length();
        sanitised.append(source, start, end);
        tokens.add(new Token(kind, text, start, end, clean, sanitised.length()));
    }

    private void literal(int start, int end) {
        int clean = sanitised.length();
        sanitised.append("'s'");
        tokens.add(new Token(Kind.STRING, source.substring(start, end), start, end, clean, sanitised.length()));
        // The space keeps two adjacent literals from fusing into one with an embedded quote.
        sanitised.append(' ');
    }

    private void lineComment() {
        int end = pos;
        while (end < source.length() && source.charAt(end) != '\n' && source.charAt(end) != '\r') {
            end++;
        }
        sanitised.append(' ');
        pos = end;
    }

    private void blockComment() {
        // PostgreSQL nests block comments; a lexer that does not would resume "code" too early.
        int depth = 0;
        int i = pos;
        while (i < source.length()) {
            if (source.startsWith("/*", i)) {
                depth++;
                i += 2;
            } else if (source.startsWith("*/", i)) {
                depth--;
                i += 2;
                if (depth == 0) {
                    sanitised.append(' ');
                    pos = i;
                    return;
                }
            } else {
                i++;
            }
        }
        problem = "an unterminated comment";
    }

    private void standardString(int start) {
        int i = pos + 1;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == '\'') {
                if (source.charAt(i - 1) == '\\') {
                    // With standard_conforming_strings off the server would read \' as an escaped
                    // quote and the literal would end somewhere else; we cannot know the setting.
                    problem = "a backslash before a quote in a string, which servers read differently";
                    return;
                }
                if (i + 1 < source.length() && source.charAt(i + 1) == '\'') {
                    i += 2;
                    continue;
                }
                literal(start, i + 1);
                pos = i + 1;
                return;
            }
            i++;
        }
        problem = "an unterminated string";
    }

    private void escapeString() {
        int start = pos;
        int i = pos + 2;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == '\'') {
                if (i + 1 < source.length() && source.charAt(i + 1) == '\'') {
                    i += 2;
                    continue;
                }
                literal(start, i + 1);
                pos = i + 1;
                return;
            } else {
                i++;
            }
        }
        problem = "an unterminated string";
    }

    private void unicodeEscaped() {
        char after = pos + 2 < source.length() ? source.charAt(pos + 2) : '\0';
        if (after == '\'') {
            pos += 2;
            standardString(pos - 2);
        } else if (after == '"') {
            // U&"..." can spell any name in escapes (U&"pg\005fsleep"); no analytic query needs it.
            problem = "a Unicode-escaped identifier";
        } else {
            word();
        }
    }

    private void quotedIdentifier() {
        int start = pos;
        StringBuilder name = new StringBuilder();
        int i = pos + 1;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == '"') {
                if (i + 1 < source.length() && source.charAt(i + 1) == '"') {
                    name.append('"');
                    i += 2;
                    continue;
                }
                int clean = sanitised.length();
                if (name.chars().allMatch(ch -> ch >= ' ' && ch != '"' && ch != '\\')) {
                    sanitised.append(source, start, i + 1);
                } else {
                    // JSqlParser may treat a backslash or doubled quote differently; hand it a name
                    // with no special characters so it cannot end the identifier elsewhere.
                    sanitised.append("\"q").append(tokens.size()).append('"');
                }
                tokens.add(new Token(Kind.QUOTED, name.toString(), start, i + 1, clean, sanitised.length()));
                pos = i + 1;
                return;
            }
            name.append(c);
            i++;
        }
        problem = "an unterminated quoted identifier";
    }

    private void dollar() {
        int i = pos + 1;
        if (i < source.length() && Character.isDigit(source.charAt(i))) {
            while (i < source.length() && Character.isDigit(source.charAt(i))) {
                i++;
            }
            add(Kind.PARAM, source.substring(pos, i), pos, i);
            pos = i;
            return;
        }
        while (i < source.length() && isIdentifierPart(source.charAt(i)) && source.charAt(i) != '$') {
            i++;
        }
        if (i >= source.length() || source.charAt(i) != '$') {
            problem = "a stray '$'";
            return;
        }
        String tag = source.substring(pos, i + 1);
        int close = source.indexOf(tag, i + 1);
        if (close < 0) {
            problem = "an unterminated dollar-quoted string";
            return;
        }
        literal(pos, close + tag.length());
        pos = close + tag.length();
    }

    private void word() {
        int start = pos;
        int i = pos;
        while (i < source.length() && isIdentifierPart(source.charAt(i))) {
            i++;
        }
        int clean = sanitised.length();
        sanitised.append(source, start, i);
        tokens.add(new Token(
                Kind.WORD, source.substring(start, i).toLowerCase(Locale.ROOT), start, i, clean, sanitised.length()));
        pos = i;
    }

    private void number() {
        // Digits, one fraction, one exponent, radix prefixes and underscores; letters after that
        // start a new token, as in older servers, so "1pg_sleep" cannot hide a name inside a number.
        int start = pos;
        int i = pos;
        if (source.startsWith("0x", i)
                || source.startsWith("0X", i)
                || source.startsWith("0o", i)
                || source.startsWith("0O", i)
                || source.startsWith("0b", i)
                || source.startsWith("0B", i)) {
            i += 2;
            while (i < source.length()
                    && (Character.isLetterOrDigit(source.charAt(i)) && source.charAt(i) < 128
                            || source.charAt(i) == '_')) {
                i++;
            }
        } else {
            i = digits(i);
            if (i < source.length() && source.charAt(i) == '.' && !source.startsWith("..", i)) {
                i = digits(i + 1);
            }
            if (i < source.length() && (source.charAt(i) == 'e' || source.charAt(i) == 'E')) {
                int j = i + 1;
                if (j < source.length() && (source.charAt(j) == '+' || source.charAt(j) == '-')) {
                    j++;
                }
                if (j < source.length() && Character.isDigit(source.charAt(j))) {
                    i = digits(j);
                }
            }
        }
        add(Kind.NUMBER, source.substring(start, i), start, i);
        pos = i;
    }

    private int digits(int from) {
        int i = from;
        while (i < source.length() && (Character.isDigit(source.charAt(i)) || source.charAt(i) == '_')) {
            i++;
        }
        return i;
    }

    private void operator() {
        int start = pos;
        int i = pos;
        while (i < source.length()
                && OPERATOR_CHARS.indexOf(source.charAt(i)) >= 0
                && !source.startsWith("--", i)
                && !source.startsWith("/*", i)) {
            i++;
        }
        add(Kind.OPERATOR, source.substring(start, i), start, i);
        pos = i;
    }

    private static boolean isIdentifierStart(char c) {
        return c == '_' || (c < 128 && Character.isLetter(c)) || c >= 128;
    }

    private static boolean isIdentifierPart(char c) {
        return isIdentifierStart(c) || (c < 128 && Character.isDigit(c)) || c == '$';
    }
}
