package dev.askbar.discord;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What Discord's markdown would make live in a text: a model of its parser (simple-markdown) good enough to say
 * whether anything pings, links, or escapes its code block. A backslash before ASCII punctuation makes that
 * character plain; inside a code block nothing is live, and a block ends at the next three backticks.
 */
final class DiscordInertText {
    private static final Pattern MASKED_LINK = Pattern.compile("\\[[^\\]]*\\]\\(");
    private static final Pattern AUTOLINK = Pattern.compile("(?i)(https?|steam)://");
    private static final Pattern MENTION = Pattern.compile("<(@[!&]?|#|/|t:|a?:)");
    private static final Pattern MASS = Pattern.compile("@(everyone|here)");
    private static final Pattern BLOCK_MARKUP = Pattern.compile("(?m)^\\s*(#{2,} |-# |>>> |> )");
    private static final Pattern INLINE_MARKUP = Pattern.compile("\\|\\||~~|__|`");
    private static final char PLAIN = '\u0000';

    private DiscordInertText() {}

    /** Every way the text is live; empty when it shows only as plain text. */
    static List<String> problems(String text) {
        List<String> problems = new ArrayList<>();
        if (text == null) {
            return problems;
        }
        for (char c : text.toCharArray()) {
            if (DiscordMarkdown.isBidiControl(c)) {
                problems.add("bidi control U+" + Integer.toHexString(c));
            }
        }
        String[] parts = text.split("```", -1);
        if (parts.length % 2 == 0) {
            problems.add("a code fence without its pair: a value opened or closed a block");
        }
        for (int i = 0; i < parts.length; i += 2) {
            String live = live(parts[i]);
            check(live, MASKED_LINK, "masked link", problems);
            check(live, AUTOLINK, "link", problems);
            check(live, MENTION, "mention, channel, command or timestamp", problems);
            check(live, MASS, "@everyone or @here", problems);
            check(live, BLOCK_MARKUP, "heading, subtext or quote", problems);
            check(live, INLINE_MARKUP, "spoiler, strike, underline or inline code", problems);
        }
        return problems;
    }

    /** The text with every escaped character replaced by a placeholder that matches nothing. */
    private static String live(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length() && isAsciiPunctuation(text.charAt(i + 1))) {
                out.append(PLAIN);
                i++;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isAsciiPunctuation(char c) {
        return c < 128 && !Character.isLetterOrDigit(c) && !Character.isWhitespace(c);
    }

    private static void check(String live, Pattern pattern, String what, List<String> problems) {
        var m = pattern.matcher(live);
        if (m.find()) {
            int from = Math.max(0, m.start() - 20);
            problems.add(what + " at \""
                    + live.substring(from, Math.min(live.length(), m.end() + 20))
                            .replace(PLAIN, '·') + "\"");
        }
    }
}
