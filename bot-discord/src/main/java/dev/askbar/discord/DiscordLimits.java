package dev.askbar.discord;

import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;

/**
 * Discord's size limits and the one way we meet them: shorten, never fail. JDA throws on an over-long embed
 * part, so every text is fitted before it reaches a builder.
 */
final class DiscordLimits {
    static final int TITLE = MessageEmbed.TITLE_MAX_LENGTH;
    static final int DESCRIPTION = MessageEmbed.DESCRIPTION_MAX_LENGTH;
    static final int FIELD_VALUE = MessageEmbed.VALUE_MAX_LENGTH;
    static final int FOOTER = MessageEmbed.TEXT_MAX_LENGTH;
    static final int EMBED_TOTAL = MessageEmbed.EMBED_MAX_LENGTH_BOT;
    static final int MESSAGE = Message.MAX_CONTENT_LENGTH;
    static final int FIELDS = 25;
    static final int EMBEDS = Message.MAX_EMBED_COUNT;
    /**
     * What a bot may upload in one message where the server has no boost: 10 MiB since Discord lowered it in 2024
     * (https://discord.com/developers/docs/reference#uploading-files).
     */
    static final long UPLOAD = 10L * 1024 * 1024;

    private static final String ELLIPSIS = "…";

    private DiscordLimits() {}

    /** The server's upload limit (boosts raise it), never above the default: a smaller file is kinder to readers. */
    static long uploadLimit(net.dv8tion.jda.api.entities.Guild guild) {
        return guild == null ? UPLOAD : Math.min(UPLOAD, guild.getMaxFileSize());
    }

    /**
     * The text, or its start with "…" when longer than {@code max} UTF-16 units (what JDA counts). A cut never
     * splits a surrogate pair, so an emoji is kept whole or dropped whole.
     */
    static String fit(String text, int max) {
        if (text == null) {
            return "";
        }
        if (text.length() <= max) {
            return text;
        }
        if (max <= ELLIPSIS.length()) {
            return max <= 0 ? "" : ELLIPSIS.substring(0, max);
        }
        int end = max - ELLIPSIS.length();
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        String kept = text.substring(0, end).stripTrailing();
        // an escaped text cut after its escaping backslash would show the backslash: drop an unpaired one
        int slashes = 0;
        while (slashes < kept.length() && kept.charAt(kept.length() - 1 - slashes) == '\\') {
            slashes++;
        }
        if (slashes % 2 == 1) {
            kept = kept.substring(0, kept.length() - 1);
        }
        return kept + ELLIPSIS;
    }

    /**
     * Monospace text in a code block of at most {@code max} characters. Whole lines are dropped from the end
     * (a half line would misalign the table) and a last line says so.
     */
    static String codeBlock(String language, String text, int max) {
        String open = "```" + language + "\n";
        String close = "\n```";
        // a value holding ``` would close the block and turn the rest into live markdown
        String body = DiscordMarkdown.withoutBidiControls(text).replace("```", "ˋˋˋ");
        if (open.length() + body.length() + close.length() <= max) {
            return open + body + close;
        }
        String more = "\n…";
        int room = max - open.length() - close.length() - more.length();
        if (room <= 0) {
            return "";
        }
        int cut = body.lastIndexOf('\n', room);
        String kept = cut > 0 ? body.substring(0, cut) : fit(body, room);
        return open + kept + more + close;
    }
}
