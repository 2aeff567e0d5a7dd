package dev.askbar.core.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DisplayWidthTest {

    @Test
    void asciiTakesOneColumnPerCharacter() {
        assertThat(DisplayWidth.of("revenue")).isEqualTo(7);
    }

    @Test
    void chineseJapaneseAndKoreanTakeTwoColumns() {
        assertThat(DisplayWidth.of("北京")).isEqualTo(4);
        assertThat(DisplayWidth.of("東京タワー")).isEqualTo(10);
        assertThat(DisplayWidth.of("서울")).isEqualTo(4);
        assertThat(DisplayWidth.of("ＡＢ")).as("fullwidth Latin").isEqualTo(4);
    }

    @Test
    void emojiTakeTwoColumnsIncludingSupplementaryPlane() {
        assertThat(DisplayWidth.of("👍")).isEqualTo(2);
        assertThat(DisplayWidth.of("🚀ok")).isEqualTo(4);
    }

    @Test
    void combiningMarksTakeNoColumn() {
        assertThat(DisplayWidth.of("e\u0301")).isEqualTo(1);
        assertThat(DisplayWidth.of("Zoë")).isEqualTo(3);
    }

    @Test
    void zwjSequenceIsOneWideGlyph() {
        assertThat(DisplayWidth.of("👨\u200D👩\u200D👧")).isEqualTo(2);
    }

    @Test
    void skinToneModifierJoinsItsEmoji() {
        assertThat(DisplayWidth.of("👍\uD83C\uDFFD")).isEqualTo(2);
    }

    @Test
    void emojiPresentationSelectorWidensTextSymbol() {
        assertThat(DisplayWidth.of("\u2764")).isEqualTo(1);
        assertThat(DisplayWidth.of("\u2764\uFE0F")).isEqualTo(2);
    }

    @Test
    void flagFromTwoRegionalIndicatorsIsTwoColumns() {
        assertThat(DisplayWidth.of("🇯🇵")).isEqualTo(2);
        assertThat(DisplayWidth.of("🇯🇵🇩🇪")).isEqualTo(4);
    }

    @Test
    void cutKeepsWithinWidthAndEndsWithEllipsis() {
        assertThat(DisplayWidth.cut("Stockholm", 6)).isEqualTo("Stock…");
        assertThat(DisplayWidth.cut("short", 6)).isEqualTo("short");
    }

    @Test
    void cutNeverSplitsWideCharactersOrClusters() {
        String cut = DisplayWidth.cut("北京上海广州", 6);
        assertThat(cut).isEqualTo("北京…");
        assertThat(DisplayWidth.of(cut)).isLessThanOrEqualTo(6);
        assertThat(DisplayWidth.cut("ae\u0301e\u0301e\u0301", 3)).isEqualTo("ae\u0301…");
        assertThat(DisplayWidth.cut("👨\u200D👩\u200D👧 family", 4)).isEqualTo("👨\u200D👩\u200D👧 …");
    }
}
