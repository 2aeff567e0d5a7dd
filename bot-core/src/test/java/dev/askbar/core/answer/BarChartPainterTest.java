package dev.askbar.core.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class BarChartPainterTest {
    static final Color BAR = new Color(0x2F6FDE);

    @Test
    void ticksAreRoundStepsFromZeroAboveTheHighestValue() {
        assertThat(BarChartPainter.Scale.of(1_234_567)).isEqualTo(new BarChartPainter.Scale(250_000, 5));
        assertThat(BarChartPainter.Scale.of(177)).isEqualTo(new BarChartPainter.Scale(50, 4));
        assertThat(BarChartPainter.Scale.of(100)).isEqualTo(new BarChartPainter.Scale(20, 5));
        assertThat(BarChartPainter.Scale.of(0)).as("nothing above zero").isEqualTo(new BarChartPainter.Scale(1, 1));
    }

    @Test
    void tickLabelsCarryTheDecimalsTheirStepNeeds() {
        BarChartPainter.Scale small = BarChartPainter.Scale.of(0.0034);
        assertThat(small.format().format(small.step() * 3)).isEqualTo("0.003");
        BarChartPainter.Scale quarters = new BarChartPainter.Scale(0.25, 4);
        assertThat(quarters.format().format(0.75)).isEqualTo("0.75");
        BarChartPainter.Scale big = BarChartPainter.Scale.of(1_234_567);
        assertThat(big.format().format(big.step() * 4)).isEqualTo("1,000,000");
    }

    @Test
    void barsAreAsTallAsTheirValuesAndAMissingValueHasNone() {
        BufferedImage image = BarChartPainter.paint(
                "orders by channel",
                "channel",
                "orders",
                List.of("web", "shop", "phone", "mail"),
                Arrays.asList(100.0, 50.0, null, 0.0),
                Font.SANS_SERIF,
                BAR,
                false);

        assertThat(image.getWidth()).isEqualTo(ChartRenderer.WIDTH);
        int[] heights = new int[4];
        int slot = image.getWidth() / 4;
        for (int i = 0; i < 4; i++) {
            // scan each quarter's columns near its middle for the bar colour
            for (int x = i * slot + slot / 3; x < (i + 1) * slot - slot / 3; x++) {
                int h = 0;
                for (int y = 0; y < image.getHeight(); y++) {
                    if ((image.getRGB(x, y) & 0xFFFFFF) == (BAR.getRGB() & 0xFFFFFF)) {
                        h++;
                    }
                }
                heights[i] = Math.max(heights[i], h);
            }
        }
        assertThat(heights[0]).isGreaterThan(100);
        assertThat((double) heights[1] / heights[0]).isCloseTo(0.5, org.assertj.core.data.Offset.offset(0.03));
        assertThat(heights[2]).as("no value, no bar").isZero();
        assertThat(heights[3]).as("zero").isZero();
        long dark = 0;
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < 40; y++) {
                if ((image.getRGB(x, y) & 0xFF) < 0x80) {
                    dark++;
                }
            }
        }
        assertThat(dark).as("the title is written").isGreaterThan(200);
    }

    @Test
    void aTitleTooLongForTheWidthIsMadeSmallerOrCutAndNeverRunsOffTheImage() {
        String longTitle = "revenue per customer segment and sales channel for every region of the world, 2024";
        BufferedImage image = BarChartPainter.paint(
                longTitle, "segment", "revenue", List.of("a", "b"), List.of(1.0, 2.0), Font.SANS_SERIF, BAR, false);
        for (int y = 0; y < 40; y++) {
            assertThat(image.getRGB(2, y) & 0xFFFFFF).isEqualTo(0xFFFFFF);
            assertThat(image.getRGB(image.getWidth() - 3, y) & 0xFFFFFF).isEqualTo(0xFFFFFF);
        }
    }
}
