package dev.askbar.discord;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DiscordLimitsTest {

    @Test
    void shortTextIsKeptAsIs() {
        assertThat(DiscordLimits.fit("How many orders?", 256)).isEqualTo("How many orders?");
    }

    @Test
    void longTextEndsWithEllipsisWithinTheLimit() {
        String fitted = DiscordLimits.fit("x".repeat(300), 256);
        assertThat(fitted).hasSize(256).endsWith("…");
    }

    @Test
    void cutNeverSplitsAnEmoji() {
        String text = "a".repeat(254) + "🚀🚀🚀";
        String fitted = DiscordLimits.fit(text, 256);
        assertThat(fitted.length()).isLessThanOrEqualTo(256);
        assertThat(fitted).endsWith("…");
        assertThat(Character.isHighSurrogate(fitted.charAt(fitted.length() - 2)))
                .isFalse();
        assertThat(fitted.codePoints().noneMatch(cp -> cp >= 0xD800 && cp <= 0xDFFF))
                .as("no lone surrogate")
                .isTrue();
    }

    @Test
    void codeBlockDropsWholeLinesAndSaysSo() {
        StringBuilder table = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            table.append("row ").append(i).append("  山田 太郎  ").append(i * 7).append('\n');
        }
        String block = DiscordLimits.codeBlock("", table.toString().strip(), 500);
        assertThat(block.length()).isLessThanOrEqualTo(500);
        assertThat(block).startsWith("```\n").endsWith("\n…\n```");
        String body = block.substring(4, block.length() - 6);
        assertThat(body.lines()).allMatch(line -> line.startsWith("row "));
    }

    @Test
    void codeFencesInsideTextCannotCloseTheBlock() {
        String block = DiscordLimits.codeBlock("sql", "SELECT '```' AS x", 100);
        assertThat(block).isEqualTo("```sql\nSELECT 'ˋˋˋ' AS x\n```");
    }
}
