package dev.askbar.discord;

/**
 * Untrusted text (LLM summaries, database values, error texts, the echoed question) made inert for Discord's
 * markdown: it shows as typed, but no masked link {@code [text](url)} or bare URL is clickable, no {@code <@id>},
 * {@code <#id>}, {@code <t:…>} or {@code @everyone} is a mention, and no heading, quote, list or spoiler appears.
 *
 * <p>Discord's parser (simple-markdown) drops a backslash before any ASCII punctuation and shows the character
 * itself, so a backslash before every character that can start markdown is safe and invisible. Inside code blocks
 * backslashes show literally, so code blocks are guarded by {@link DiscordLimits#codeBlock} instead.
 */
final class DiscordMarkdown {
    /** Characters that open or close markdown, links, mentions, timestamps, emoji or escapes. */
    private static final String SPECIAL = "\\*_~`|>#-[]()<@";

    private DiscordMarkdown() {}

    static String escape(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isBidiControl(c)) {
                // a right-to-left override makes "gnp.exe" read as "exe.png": show nothing rather than deceive
                continue;
            }
            // a colon only links as part of "scheme://", so only that one is escaped
            if (SPECIAL.indexOf(c) >= 0 || (c == ':' && text.startsWith("//", i + 1))) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /** Embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069), which reorder what follows. */
    static boolean isBidiControl(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }

    /** For code blocks: the text as is, minus bidi controls (a code block shows them too). */
    static String withoutBidiControls(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            if (!isBidiControl(text.charAt(i))) {
                out.append(text.charAt(i));
            }
        }
        return out.toString();
    }
}
