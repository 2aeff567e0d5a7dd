package dev.askbar.app.ops;

/**
 * Untrusted text (a chat user's question, the model's SQL, a Discord server's name) made safe to print on an
 * operator's terminal: one line, no control sequences, no invisible format characters (an escape sequence could
 * redraw what the reader sees, a bidi override could reorder it).
 */
public final class PrintableText {
    private PrintableText() {}

    public static String oneLine(String untrusted) {
        return untrusted
                .replaceAll("\\s+", " ")
                .replaceAll("[\\p{Cc}\\p{Cf}]", "\uFFFD")
                .strip();
    }
}
