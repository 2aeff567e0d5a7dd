package dev.askbar.slack;

import java.util.regex.Pattern;

/**
 * Text as Slack takes and gives it. Slack sends {@code &}, {@code <} and {@code >} in command and event text as
 * {@code &amp;}, {@code &lt;}, {@code &gt;}: {@link #decode} undoes that once on the way in, and {@link #escape} does
 * it once on the way out, so a hostile value can never form a ping ({@code <!channel>}) or a masked link. Code
 * blocks are kept closed: a value cannot contain three backticks in a row. Shortening never splits a surrogate pair
 * or an escape.
 */
final class SlackText {
    static final String ELLIPSIS = "…";
    private static final String FENCE = "```";
    // a zero-width space after every backtick that another follows: no run of two, so no fence and no ``code``
    private static final Pattern BACKTICK_RUN = Pattern.compile("`(?=`)");

    private SlackText() {}

    /**
     * Slack's own three entities (https://docs.slack.dev/messaging/formatting-message-text#escaping), and no run of
     * backticks: three of them would open a code block that swallows the rest of the message.
     */
    static String escape(String s) {
        String entities = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        return entities.indexOf("``") < 0
                ? entities
                : BACKTICK_RUN.matcher(entities).replaceAll("`\u200B");
    }

    /** Incoming command or event text as the person typed it; {@code &amp;} last, so "&amp;lt;" stays "&lt;". */
    static String decode(String s) {
        return s == null ? "" : s.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    /** Inline code for an untrusted value: no backtick survives to end it early. */
    static String inlineCode(String s) {
        return "`" + escape(s).replace("`", "ʼ") + "`";
    }

    /** At most {@code max} UTF-16 units; a shortened text ends with "…". */
    static String shorten(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        return cut(s, max - ELLIPSIS.length()) + ELLIPSIS;
    }

    /** A prefix of at most {@code max} units that ends neither inside a surrogate pair nor inside an {@code &...;} escape. */
    static String cut(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int end = Math.max(0, max);
        if (end > 0 && Character.isHighSurrogate(s.charAt(end - 1))) {
            end--;
        }
        int amp = s.lastIndexOf('&', end - 1);
        if (amp >= 0 && amp >= end - 5 && s.indexOf(';', amp) >= end) {
            end = amp;
        }
        return s.substring(0, end);
    }

    /**
     * Monospace text in a code block of at most {@code max} units in all, escaped and unable to close the block early;
     * when it does not fit, whole lines are kept and a last line says how many were left out.
     */
    static String codeBlock(String text, int max) {
        String escaped = escape(text.strip());
        int room = max - 2 * FENCE.length() - 2;
        if (escaped.length() <= room) {
            return FENCE + "\n" + escaped + "\n" + FENCE;
        }
        String[] lines = escaped.split("\n", -1);
        StringBuilder kept = new StringBuilder();
        int shown = 0;
        for (String line : lines) {
            String note = "\n" + ELLIPSIS + " " + (lines.length - shown) + " more lines";
            if (kept.length() + line.length() + 1 + note.length() > room) {
                break;
            }
            kept.append(shown == 0 ? "" : "\n").append(line);
            shown++;
        }
        if (shown == 0) {
            kept.append(cut(lines[0], room - 40)).append(ELLIPSIS);
            shown = 1;
        }
        int hidden = lines.length - shown;
        if (hidden > 0) {
            kept.append("\n")
                    .append(ELLIPSIS)
                    .append(" ")
                    .append(hidden)
                    .append(hidden == 1 ? " more line" : " more lines");
        }
        return FENCE + "\n" + kept + "\n" + FENCE;
    }
}
