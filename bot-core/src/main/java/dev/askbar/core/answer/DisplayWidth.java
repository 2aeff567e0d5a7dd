package dev.askbar.core.answer;

/**
 * How many terminal columns text takes: East-Asian wide characters and emoji take two, combining marks,
 * zero-width joiners and variation selectors none. Without this a table with "山田" or "🚀" drifts out of line.
 */
final class DisplayWidth {
    private DisplayWidth() {
    }

    static int of(String s) {
        int width = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            width += of(cp);
            i += Character.charCount(cp);
        }
        return width;
    }

    static int of(int cp) {
        if (cp == 0x200D || (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF) || cp == 0x200B
                || (cp >= 0x1F3FB && cp <= 0x1F3FF)) {
            return 0;
        }
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT
                || type == Character.CONTROL) {
            return 0;
        }
        return wide(cp) ? 2 : 1;
    }

    private static boolean wide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F)
                || (cp >= 0x2E80 && cp <= 0x303E)
                || (cp >= 0x3041 && cp <= 0x33FF)
                || (cp >= 0x3400 && cp <= 0x4DBF)
                || (cp >= 0x4E00 && cp <= 0x9FFF)
                || (cp >= 0xA000 && cp <= 0xA4CF)
                || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF)
                || (cp >= 0xFE30 && cp <= 0xFE4F)
                || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6)
                || (cp >= 0x1F300 && cp <= 0x1F64F)
                || (cp >= 0x1F900 && cp <= 0x1F9FF)
                || (cp >= 0x1F680 && cp <= 0x1F6FF)
                || (cp >= 0x1FA70 && cp <= 0x1FAFF)
                || (cp >= 0x2600 && cp <= 0x26FF && Character.isIdeographic(cp))
                || (cp >= 0x20000 && cp <= 0x3FFFD);
    }

    /** Cuts text to at most {@code max} columns, ending with an ellipsis when it was cut. */
    static String truncate(String s, int max) {
        if (of(s) <= max) {
            return s;
        }
        StringBuilder sb = new StringBuilder();
        int width = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int w = of(cp);
            if (width + w > max - 1) {
                break;
            }
            sb.appendCodePoint(cp);
            width += w;
            i += Character.charCount(cp);
        }
        return sb.append('…').toString();
    }

    static String pad(String s, int width, boolean right) {
        int gap = Math.max(0, width - of(s));
        return right ? " ".repeat(gap) + s : s + " ".repeat(gap);
    }
}
