package dev.askbar.core.answer;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;

/**
 * The commonest chart, one series of bars none of which is negative, drawn with Java2D's own text. XChart draws every
 * letter as an anti-aliased outline, which made drawing half of an answer's CPU in the load benchmark; text drawn
 * from the glyph cache costs a fraction of that, and bars are rectangles that need no anti-aliasing. The look is
 * XChart's as {@link ChartRenderer} styles it: its sizes, fonts, colours and grid, and the same slanted labels.
 */
final class BarChartPainter {
    private static final int PADDING = 16;
    /** The share of a category's width its bar takes. */
    private static final double BAR_SHARE = 0.8;

    private BarChartPainter() {}

    /**
     * @param labels one per bar, already shortened and distinct
     * @param values one per bar, null for a bar left out; none negative
     */
    static BufferedImage paint(
            String title,
            String labelAxis,
            String valueAxis,
            List<String> labels,
            List<Double> values,
            String fontFamily,
            Color colour,
            boolean slanted) {
        int width = ChartRenderer.WIDTH;
        int height = ChartRenderer.HEIGHT;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            Font titleFont = new Font(fontFamily, Font.BOLD, ChartRenderer.TITLE_SIZE);
            Font axisTitleFont = new Font(fontFamily, Font.PLAIN, ChartRenderer.AXIS_TITLE_SIZE);
            Font tickFont = new Font(fontFamily, Font.PLAIN, ChartRenderer.TICK_LABEL_SIZE);

            g.setColor(ChartRenderer.INK);
            g.setFont(titleFont);
            FontMetrics titleMetrics = g.getFontMetrics();
            // a long question still fits across: smaller, down to the size of the labels
            while (titleMetrics.stringWidth(title) > width - 2 * PADDING
                    && titleFont.getSize() > ChartRenderer.TICK_LABEL_SIZE) {
                titleFont = titleFont.deriveFont(titleFont.getSize2D() - 1);
                g.setFont(titleFont);
                titleMetrics = g.getFontMetrics();
            }
            String shownTitle = fitted(title, titleMetrics, width - 2 * PADDING);
            g.drawString(
                    shownTitle, (width - titleMetrics.stringWidth(shownTitle)) / 2, PADDING + titleMetrics.getAscent());
            int plotTop = PADDING + titleMetrics.getHeight() + 12;

            g.setFont(axisTitleFont);
            FontMetrics axisMetrics = g.getFontMetrics();
            String labelTitle = fitted(labelAxis, axisMetrics, width - 2 * PADDING);
            g.drawString(
                    labelTitle,
                    (width - axisMetrics.stringWidth(labelTitle)) / 2,
                    height - PADDING - axisMetrics.getDescent());

            g.setFont(tickFont);
            FontMetrics tickMetrics = g.getFontMetrics();
            int longest =
                    labels.stream().mapToInt(tickMetrics::stringWidth).max().orElse(0);
            int labelArea = slanted
                    ? (int) Math.ceil((longest + tickMetrics.getHeight()) * Math.sqrt(0.5)) + 6
                    : tickMetrics.getHeight() + 6;
            int plotBottom = height - PADDING - axisMetrics.getHeight() - 8 - labelArea;

            Scale scale = Scale.of(values.stream()
                    .filter(v -> v != null)
                    .mapToDouble(Double::doubleValue)
                    .max()
                    .orElse(0));
            DecimalFormat format = scale.format();
            int tickWidth = 0;
            for (int i = 0; i <= scale.ticks; i++) {
                tickWidth = Math.max(tickWidth, tickMetrics.stringWidth(format.format(i * scale.step)));
            }
            int plotLeft = PADDING + axisMetrics.getHeight() + 8 + tickWidth + 8;
            int plotRight = width - PADDING;
            int plotHeight = plotBottom - plotTop;

            // the value axis: its title turned upright, its ticks and a grid line at each
            AffineTransform straight = g.getTransform();
            g.setFont(axisTitleFont);
            String valueTitle = fitted(valueAxis, axisMetrics, plotHeight);
            g.rotate(-Math.PI / 2, PADDING + axisMetrics.getAscent(), (plotTop + plotBottom) / 2.0);
            g.drawString(
                    valueTitle,
                    PADDING + axisMetrics.getAscent() - axisMetrics.stringWidth(valueTitle) / 2,
                    (plotTop + plotBottom) / 2);
            g.setTransform(straight);
            g.setFont(tickFont);
            g.setStroke(new BasicStroke(1f));
            for (int i = 0; i <= scale.ticks; i++) {
                int y = plotBottom - (int) Math.round(plotHeight * (double) i / scale.ticks);
                g.setColor(ChartRenderer.GRID_LINES);
                g.drawLine(plotLeft, y, plotRight, y);
                g.setColor(ChartRenderer.INK);
                String tick = format.format(i * scale.step);
                g.drawString(tick, plotLeft - 8 - tickMetrics.stringWidth(tick), y + tickMetrics.getAscent() / 2 - 1);
            }

            int n = Math.max(1, values.size());
            double slot = (plotRight - plotLeft) / (double) n;
            int barWidth = Math.max(1, (int) Math.round(slot * BAR_SHARE));
            for (int i = 0; i < values.size(); i++) {
                int centre = plotLeft + (int) Math.round(slot * (i + 0.5));
                Double v = values.get(i);
                if (v != null && v > 0) {
                    int barHeight = (int) Math.round(plotHeight * v / scale.top());
                    g.setColor(colour);
                    g.fillRect(centre - barWidth / 2, plotBottom - barHeight, barWidth, barHeight);
                }
                g.setColor(ChartRenderer.INK);
                String label = labels.get(i);
                int labelWidth = tickMetrics.stringWidth(label);
                if (slanted) {
                    // the label ends under its bar, rising to the right
                    g.rotate(-Math.PI / 4, centre, plotBottom + 6);
                    g.drawString(label, centre - labelWidth, plotBottom + 6 + tickMetrics.getAscent());
                    g.setTransform(straight);
                } else {
                    g.drawString(label, centre - labelWidth / 2, plotBottom + 6 + tickMetrics.getAscent());
                }
            }
            g.setColor(ChartRenderer.TICK_MARKS);
            g.drawLine(plotLeft, plotBottom, plotRight, plotBottom);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** The text, cut short with an ellipsis where it would be wider than {@code room}. */
    static String fitted(String text, FontMetrics metrics, int room) {
        if (metrics.stringWidth(text) <= room) {
            return text;
        }
        int end = text.length();
        while (end > 1 && metrics.stringWidth(text.substring(0, end) + "…") > room) {
            end--;
        }
        return text.substring(0, end) + "…";
    }

    /** Ticks from zero in steps of 1, 2, 2.5 or 5 times a power of ten, about five of them, covering the highest value. */
    record Scale(double step, int ticks) {
        /** Thousands grouped, and as many decimals as the step needs: 0.001 apart, ticks must not all read 0. */
        DecimalFormat format() {
            int decimals = 0;
            while (decimals < 10
                    && Math.abs(Math.round(step * Math.pow(10, decimals)) - step * Math.pow(10, decimals))
                            > 1e-6 * step * Math.pow(10, decimals)) {
                decimals++;
            }
            DecimalFormat f = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
            f.setMinimumFractionDigits(decimals);
            f.setMaximumFractionDigits(decimals);
            return f;
        }

        static Scale of(double highest) {
            if (!(highest > 0)) {
                return new Scale(1, 1);
            }
            double rough = highest / 5;
            double power = Math.pow(10, Math.floor(Math.log10(rough)));
            double step = power * 10;
            for (double m : new double[] {1, 2, 2.5, 5, 10}) {
                if (m * power >= rough) {
                    step = m * power;
                    break;
                }
            }
            int ticks = (int) Math.ceil(highest / step - 1e-9);
            return new Scale(step, Math.max(1, ticks));
        }

        double top() {
            return step * ticks;
        }
    }
}
