package dev.askbar.slack;

/**
 * Text as Slack accepts it: {@code &}, {@code <} and {@code >} escaped (otherwise Slack reads them as links and
 * mentions), and shortened to a field's limit without splitting a surrogate pair or an escape.
 */
final class SlackText {
    static final String ELLIPSIS = "…";

    private SlackText() {
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
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
     * Monospace text in a code block of at most {@code max} units in all, escaped; when it does not fit, whole lines
     * are kept and a last line says how many were left out.
     */
    static String codeBlock(String text, int max) {
        String escaped = escape(text.strip());
        String fence = "```";
        int room = max - 2 * fence.length() - 2;
        if (escaped.length() <= room) {
            return fence + "\n" + escaped + "\n" + fence;
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
            kept.append("\n").append(ELLIPSIS).append(" ").append(hidden).append(hidden == 1 ? " more line" : " more lines");
        }
        return fence + "\n" + kept + "\n" + fence;
    }
}
