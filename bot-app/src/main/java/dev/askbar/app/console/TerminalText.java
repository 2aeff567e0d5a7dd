package dev.askbar.app.console;

import java.util.regex.Pattern;

/**
 * Text from the model or the database made safe to print on the operator's terminal: control characters (ESC, which
 * starts colour, cursor and title sequences; BEL; the 8-bit CSI) and invisible format characters (bidi overrides that
 * reorder what is shown) become {@code �}. Line breaks stay, since tables and SQL span lines, and a tab becomes
 * spaces; a lone carriage return does not stay, since it lets a value overwrite what was printed before it.
 */
final class TerminalText {
    private static final Pattern UNSAFE = Pattern.compile("[\\p{Cc}\\p{Cf}&&[^\\n]]");

    private TerminalText() {}

    static String safe(String untrusted) {
        String lines = untrusted.replace("\r\n", "\n").replace("\t", "    ");
        return UNSAFE.matcher(lines).replaceAll("\uFFFD");
    }
}
