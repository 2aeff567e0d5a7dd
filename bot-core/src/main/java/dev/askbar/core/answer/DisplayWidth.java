package dev.askbar.core.answer;

/**
 * How many monospace columns text occupies in a chat code block or terminal.
 *
 * <p>Counting chars or code points misaligns tables as soon as a cell holds Chinese or an emoji:
 * those take two columns, combining accents take none, and a ZWJ family emoji is one glyph.
 * Text is walked as clusters (a base character plus what attaches to it), which is also where
 * cutting is safe. East Asian "ambiguous" characters (such as {@code …}) count as one column, as
 * they do in every non-CJK locale. The wide ranges are the Unicode 15 East Asian Wide/Fullwidth
 * blocks and the emoji blocks, coarsened to whole blocks where that changes nothing in practice.
 */
final class DisplayWidth {

    private static final int ZWJ = 0x200D;
    private static final int EMOJI_PRESENTATION = 0xFE0F;

    private DisplayWidth() {}

    static int of(String text) {
        int width = 0;
        int i = 0;
        while (i < text.length()) {
            int end = clusterEnd(text, i);
            width += clusterWidth(text, i, end);
            i = end;
        }
        return width;
    }

    /**
     * The longest prefix that fits {@code maxWidth} columns, with {@code …} when something was cut.
     * Never splits a cluster, so no orphan accent or half a flag.
     */
    static String cut(String text, int maxWidth) {
        if (of(text) <= maxWidth) {
            return text;
        }
        if (maxWidth <= 0) {
            return "";
        }
        int budget = maxWidth - 1;
        int width = 0;
        int i = 0;
        while (i < text.length()) {
            int end = clusterEnd(text, i);
            int w = clusterWidth(text, i, end);
            if (width + w > budget) {
                break;
            }
            width += w;
            i = end;
        }
        return text.substring(0, i) + "…";
    }

    static String truncate(String text, int maxWidth) {
        return cut(text, maxWidth);
    }

    static String pad(String text, int width, boolean right) {
        return right ? padLeft(text, width) : padRight(text, width);
    }

    static String padRight(String text, int width) {
        return text + " ".repeat(Math.max(0, width - of(text)));
    }

    static String padLeft(String text, int width) {
        return " ".repeat(Math.max(0, width - of(text))) + text;
    }

    /** End index (exclusive) of the cluster starting at {@code start}. */
    static int clusterEnd(String text, int start) {
        int first = text.codePointAt(start);
        int i = start + Character.charCount(first);
        if (isRegionalIndicator(first) && i < text.length() && isRegionalIndicator(text.codePointAt(i))) {
            // A pair of regional indicators is one flag.
            return i + Character.charCount(text.codePointAt(i));
        }
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (cp == ZWJ) {
                i += Character.charCount(cp);
                if (i < text.length()) {
                    // The character after a joiner is drawn inside the same glyph.
                    i += Character.charCount(text.codePointAt(i));
                }
            } else if (attaches(cp)) {
                i += Character.charCount(cp);
            } else {
                break;
            }
        }
        return i;
    }

    private static int clusterWidth(String text, int start, int end) {
        int first = text.codePointAt(start);
        if (isRegionalIndicator(first)) {
            return 2;
        }
        int base = baseWidth(first);
        if (base == 1
                && text.indexOf(EMOJI_PRESENTATION, start) >= 0
                && text.indexOf(EMOJI_PRESENTATION, start) < end) {
            // U+2764 U+FE0F (red heart) and friends: text symbols asked to draw as emoji.
            return 2;
        }
        return base;
    }

    /** Code points drawn on top of the previous character rather than beside it. */
    private static boolean attaches(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK
                || type == Character.ENCLOSING_MARK
                || (cp >= 0xFE00 && cp <= 0xFE0F) // variation selectors
                || (cp >= 0x1F3FB && cp <= 0x1F3FF) // skin-tone modifiers
                || (cp >= 0xE0020 && cp <= 0xE007F); // emoji tag sequences (subdivision flags)
    }

    private static int baseWidth(int cp) {
        if (cp == 0 || Character.isISOControl(cp)) {
            return 0;
        }
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK
                || type == Character.ENCLOSING_MARK
                || (type == Character.FORMAT && cp != 0x00AD)) {
            return 0;
        }
        return isWide(cp) ? 2 : 1;
    }

    private static boolean isRegionalIndicator(int cp) {
        return cp >= 0x1F1E6 && cp <= 0x1F1FF;
    }

    private static boolean isWide(int cp) {
        if (cp < 0x1100) {
            return false;
        }
        return in(cp, 0x1100, 0x115F) // Hangul Jamo initials
                || in(cp, 0x231A, 0x231B)
                || in(cp, 0x2329, 0x232A)
                || in(cp, 0x23E9, 0x23EC)
                || cp == 0x23F0
                || cp == 0x23F3
                || in(cp, 0x25FD, 0x25FE)
                || in(cp, 0x2614, 0x2615)
                || in(cp, 0x2648, 0x2653)
                || cp == 0x267F
                || cp == 0x2693
                || cp == 0x26A1
                || in(cp, 0x26AA, 0x26AB)
                || in(cp, 0x26BD, 0x26BE)
                || in(cp, 0x26C4, 0x26C5)
                || cp == 0x26CE
                || cp == 0x26D4
                || cp == 0x26EA
                || in(cp, 0x26F2, 0x26F3)
                || cp == 0x26F5
                || cp == 0x26FA
                || cp == 0x26FD
                || cp == 0x2705
                || in(cp, 0x270A, 0x270B)
                || cp == 0x2728
                || cp == 0x274C
                || cp == 0x274E
                || in(cp, 0x2753, 0x2755)
                || cp == 0x2757
                || in(cp, 0x2795, 0x2797)
                || cp == 0x27B0
                || cp == 0x27BF
                || in(cp, 0x2B1B, 0x2B1C)
                || cp == 0x2B50
                || cp == 0x2B55
                || in(cp, 0x2E80, 0x303E) // CJK radicals, punctuation, ideographic space
                || in(cp, 0x3041, 0x33FF) // kana, bopomofo, CJK compatibility
                || in(cp, 0x3400, 0x4DBF) // CJK extension A
                || in(cp, 0x4E00, 0x9FFF) // CJK unified ideographs
                || in(cp, 0xA000, 0xA4CF) // Yi
                || in(cp, 0xA960, 0xA97F)
                || in(cp, 0xAC00, 0xD7A3) // Hangul syllables
                || in(cp, 0xF900, 0xFAFF) // CJK compatibility ideographs
                || in(cp, 0xFE10, 0xFE19)
                || in(cp, 0xFE30, 0xFE6F)
                || in(cp, 0xFF00, 0xFF60)
                || in(cp, 0xFFE0, 0xFFE6) // fullwidth forms
                || in(cp, 0x16FE0, 0x16FE4)
                || in(cp, 0x17000, 0x18CFF)
                || in(cp, 0x1B000, 0x1B2FF)
                || cp == 0x1F004
                || cp == 0x1F0CF
                || cp == 0x1F18E
                || in(cp, 0x1F191, 0x1F19A)
                || in(cp, 0x1F200, 0x1F2FF)
                || in(cp, 0x1F300, 0x1F64F) // pictographs and emoticons
                || in(cp, 0x1F680, 0x1F6FF) // transport and map symbols
                || in(cp, 0x1F7E0, 0x1F7F0)
                || in(cp, 0x1F900, 0x1F9FF)
                || in(cp, 0x1FA70, 0x1FAFF)
                || in(cp, 0x20000, 0x2FFFD)
                || in(cp, 0x30000, 0x3FFFD);
    }

    private static boolean in(int cp, int from, int to) {
        return cp >= from && cp <= to;
    }
}
