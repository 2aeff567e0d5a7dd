package dev.askbar.core.answer;

import dev.askbar.core.sql.QueryResult;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.PieChart;
import org.knowm.xchart.PieChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.PieStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Draws a {@link ChartPlan} as a PNG, headless, in the colours and sizes that read well in a chat client. */
final class ChartRenderer {
    /**
     * 800 x 450: still sharp where Slack and Discord show an image inline (about 400 pixels wide, on 2x screens);
     * 900 x 500 cost a third more CPU per chart (7.7 against 5.8 ms to draw and encode, measured here), paid by every
     * answer on the cores that also run the database when many people ask at once.
     */
    public static final int WIDTH = 800;

    public static final int HEIGHT = 450;
    private static final Color[] PALETTE = {
        new Color(0x2F6FDE), new Color(0xF08C2E), new Color(0x2FA36B), new Color(0xD64545),
        new Color(0x8A5CD1), new Color(0x7A8B99), new Color(0xC9A227), new Color(0x3FB8C2)
    };
    private static final int MAX_LABEL = 28;

    // the look every chart shares, whether XChart or BarChartPainter draws it
    static final Color INK = new Color(0x1F2933);
    static final Color GRID_LINES = new Color(0xE3E6EA);
    static final Color TICK_MARKS = new Color(0x9AA5B1);
    static final int TITLE_SIZE = 20;
    static final int AXIS_TITLE_SIZE = 15;
    static final int TICK_LABEL_SIZE = 13;

    /**
     * Charts drawn at once: half the cores. Drawing is pure CPU, and the operating system shares the CPU per runnable
     * thread: fifty answers drawing at once on 2 cores starved the database connections the other answers were
     * waiting on (measured: p99 of 50 questions at once 2.2 x one question's time, 2.0 x with this bound). A chart
     * waiting here is still drawn while its summary is being written.
     */
    private static final Semaphore DRAWING =
            new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors() / 2), true);

    static {
        // charts are drawn on servers without a display
        System.setProperty("java.awt.headless", "true");
    }

    private ChartRenderer() {}

    public static byte[] render(String title, QueryResult result, ChartPlan plan) {
        String font = fontFamilyFor(title, result, plan);
        if (plan.kind() == ChartPlan.Kind.BAR && plan.valueColumns().size() == 1) {
            int c = plan.valueColumns().get(0);
            List<Double> values =
                    result.rows().stream().map(r -> number(r.get(c))).toList();
            if (values.stream().noneMatch(v -> v != null && v < 0)) {
                // one series none below zero, the commonest chart: drawn without XChart's text outlines
                List<String> labels = barLabels(result, plan);
                return drawn(() -> BarChartPainter.paint(
                        shorten(title, 80),
                        result.columns().get(plan.labelColumn()).name(),
                        result.columns().get(c).name(),
                        labels,
                        values,
                        font,
                        PALETTE[0],
                        slanted(labels)));
            }
        }
        Chart<?, ?> chart = switch (plan.kind()) {
            case LINE -> line(title, result, plan);
            case BAR -> bar(title, result, plan);
            case PIE -> pie(title, result, plan);
        };
        useFont(chart.getStyler(), font);
        return drawn(() -> image(chart));
    }

    /** Paints and encodes within {@link #DRAWING}'s bound. */
    private static byte[] drawn(Supplier<BufferedImage> painting) {
        DRAWING.acquireUninterruptibly();
        try {
            return PngImage.encode(painting.get());
        } finally {
            DRAWING.release();
        }
    }

    private static BufferedImage image(Chart<?, ?> chart) {
        BufferedImage image = new BufferedImage(chart.getWidth(), chart.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            chart.paint(g, chart.getWidth(), chart.getHeight());
        } finally {
            g.dispose();
        }
        return image;
    }

    private static XYChart line(String title, QueryResult result, ChartPlan plan) {
        XYChart chart = new XYChartBuilder()
                .width(WIDTH)
                .height(HEIGHT)
                .title(shorten(title, 80))
                .xAxisTitle(result.columns().get(plan.labelColumn()).name())
                .yAxisTitle(valueAxisTitle(result, plan))
                .build();
        style(chart.getStyler());
        chart.getStyler().setDatePattern(datePattern(result, plan.labelColumn()));
        chart.getStyler().setLegendVisible(plan.valueColumns().size() > 1);
        chart.getStyler().setMarkerSize(result.rowCount() > 60 ? 0 : 6);
        List<List<Object>> rows = new ArrayList<>(result.rows());
        rows.removeIf(r -> r.get(plan.labelColumn()) == null);
        rows.sort(Comparator.comparing(r -> toDate(r.get(plan.labelColumn()))));
        List<Date> x = rows.stream().map(r -> toDate(r.get(plan.labelColumn()))).toList();
        for (int c : plan.valueColumns()) {
            List<Date> xs = new ArrayList<>();
            List<Double> ys = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                Double y = number(rows.get(i).get(c));
                if (y != null) {
                    xs.add(x.get(i));
                    ys.add(y);
                }
            }
            if (xs.isEmpty()) {
                continue;
            }
            XYSeries series = chart.addSeries(result.columns().get(c).name(), xs, ys);
            series.setMarker(SeriesMarkers.CIRCLE);
        }
        return chart;
    }

    private static CategoryChart bar(String title, QueryResult result, ChartPlan plan) {
        CategoryChart chart = new CategoryChartBuilder()
                .width(WIDTH)
                .height(HEIGHT)
                .title(shorten(title, 80))
                .xAxisTitle(result.columns().get(plan.labelColumn()).name())
                .yAxisTitle(valueAxisTitle(result, plan))
                .build();
        style(chart.getStyler());
        chart.getStyler().setLegendVisible(plan.valueColumns().size() > 1);
        chart.getStyler().setOverlapped(false);
        // a line between categories says nothing a bar does not
        chart.getStyler().setPlotGridVerticalLinesVisible(false);
        List<String> labels = barLabels(result, plan);
        chart.getStyler().setXAxisLabelRotation(slanted(labels) ? 45 : 0);
        for (int c : plan.valueColumns()) {
            List<Double> y = result.rows().stream().map(r -> number(r.get(c))).toList();
            chart.addSeries(result.columns().get(c).name(), labels, y);
        }
        return chart;
    }

    private static List<String> barLabels(QueryResult result, ChartPlan plan) {
        List<String> labels = new ArrayList<>();
        for (List<Object> row : result.rows()) {
            Object v = row.get(plan.labelColumn());
            labels.add(uniqueLabel(labels, v == null ? "(none)" : shorten(v.toString(), MAX_LABEL)));
        }
        return labels;
    }

    /** Long or many labels collide when horizontal; slanted they stay readable without clipping. */
    private static boolean slanted(List<String> labels) {
        int longest = labels.stream().mapToInt(String::length).max().orElse(0);
        return longest > 10 || labels.size() > 12;
    }

    private static PieChart pie(String title, QueryResult result, ChartPlan plan) {
        PieChart chart = new PieChartBuilder()
                .width(WIDTH)
                .height(HEIGHT)
                .title(shorten(title, 80))
                .build();
        style(chart.getStyler());
        chart.getStyler().setLabelType(PieStyler.LabelType.NameAndPercentage);
        chart.getStyler().setLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        // XChart hides labels of thin slices by default; every part of a share matters to the reader
        chart.getStyler().setForceAllLabelsVisible(true);
        chart.getStyler().setLabelsDistance(1.12);
        chart.getStyler().setLabelsFontColorAutomaticEnabled(false);
        chart.getStyler().setLabelsFontColor(INK);
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setSeriesColors(PALETTE);
        List<String> used = new ArrayList<>();
        int c = plan.valueColumns().get(0);
        for (List<Object> row : result.rows()) {
            Object v = row.get(plan.labelColumn());
            Double value = number(row.get(c));
            if (value == null) {
                continue;
            }
            String name = uniqueLabel(used, v == null ? "(none)" : shorten(v.toString(), MAX_LABEL));
            used.add(name);
            chart.addSeries(name, value);
        }
        return chart;
    }

    /** The value column's name when there is one; with several, the legend names them. */
    private static String valueAxisTitle(QueryResult result, ChartPlan plan) {
        return plan.valueColumns().size() == 1
                ? result.columns().get(plan.valueColumns().get(0)).name()
                : "";
    }

    private static void style(Styler s) {
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setPlotBorderVisible(false);
        s.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, TITLE_SIZE));
        s.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        s.setLegendPosition(Styler.LegendPosition.OutsideS);
        s.setLegendLayout(Styler.LegendLayout.Horizontal);
        s.setSeriesColors(PALETTE);
        s.setAntiAlias(true);
        s.setChartPadding(16);
        if (s instanceof org.knowm.xchart.style.AxesChartStyler a) {
            a.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, AXIS_TITLE_SIZE));
            a.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, TICK_LABEL_SIZE));
            a.setPlotGridLinesColor(GRID_LINES);
            // solid: a dashed line is drawn dash by dash, a large share of a chart's drawing time
            a.setPlotGridLinesStroke(new java.awt.BasicStroke(1f));
            a.setAxisTickMarksColor(TICK_MARKS);
            a.setYAxisDecimalPattern("#,##0.##");
        }
    }

    /** Swaps the family of every font set by {@link #style}, keeping sizes and weights. */
    private static void useFont(Styler s, String family) {
        if (family.equals(Font.SANS_SERIF)) {
            return;
        }
        s.setChartTitleFont(new Font(family, Font.BOLD, s.getChartTitleFont().getSize()));
        s.setLegendFont(new Font(family, Font.PLAIN, s.getLegendFont().getSize()));
        if (s instanceof org.knowm.xchart.style.AxesChartStyler a) {
            a.setAxisTitleFont(new Font(family, Font.PLAIN, a.getAxisTitleFont().getSize()));
            a.setAxisTickLabelsFont(
                    new Font(family, Font.PLAIN, a.getAxisTickLabelsFont().getSize()));
        }
        if (s instanceof PieStyler p) {
            p.setLabelsFont(new Font(family, Font.PLAIN, p.getLabelsFont().getSize()));
        }
    }

    /**
     * The logical sans-serif font, unless it cannot draw the chart's text (Chinese labels on a server with only
     * Latin fonts): then the first installed family that can. When none can, the glyphs show as boxes until a
     * CJK font is installed.
     */
    static String fontFamilyFor(String title, QueryResult result, ChartPlan plan) {
        StringBuilder text = new StringBuilder(title);
        result.columns().forEach(c -> text.append(c.name()));
        if (plan.kind() != ChartPlan.Kind.LINE) {
            for (List<Object> row : result.rows()) {
                Object v = row.get(plan.labelColumn());
                text.append(v == null ? "" : v.toString());
            }
        }
        // Java2D draws no colour emoji with any font, so they must not decide the font
        StringBuilder needed = new StringBuilder();
        text.codePoints()
                .filter(cp -> cp < 0x1F000 && !(cp >= 0xFE00 && cp <= 0xFE0F) && cp != 0x200D)
                .forEach(needed::appendCodePoint);
        if (new Font(Font.SANS_SERIF, Font.PLAIN, 12).canDisplayUpTo(needed.toString()) < 0) {
            return Font.SANS_SERIF;
        }
        for (String family :
                java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames()) {
            if (new Font(family, Font.PLAIN, 12).canDisplayUpTo(needed.toString()) < 0) {
                return family;
            }
        }
        return Font.SANS_SERIF;
    }

    private static String datePattern(QueryResult result, int column) {
        List<Date> dates = result.rows().stream()
                .map(r -> r.get(column))
                .filter(v -> v != null)
                .map(ChartRenderer::toDate)
                .sorted()
                .toList();
        if (dates.size() < 2) {
            return "yyyy-MM-dd";
        }
        long days = (dates.get(dates.size() - 1).getTime() - dates.get(0).getTime()) / 86_400_000L;
        return days > 720 ? "yyyy" : days > 60 ? "yyyy-MM" : days > 2 ? "MM-dd" : "HH:mm";
    }

    private static Date toDate(Object v) {
        if (v instanceof LocalDate d) {
            return Date.from(d.atStartOfDay().toInstant(ZoneOffset.UTC));
        }
        if (v instanceof LocalDateTime t) {
            return Date.from(t.toInstant(ZoneOffset.UTC));
        }
        if (v instanceof OffsetDateTime t) {
            return Date.from(t.toInstant());
        }
        throw new IllegalArgumentException("not a date: " + v);
    }

    /** NaN and the infinities have no place on an axis (XChart fails on them): they are left out, like NULL. */
    private static Double number(Object v) {
        return ChartPlanner.finite(v);
    }

    /** XChart needs distinct category names; repeated labels get a counter. */
    private static String uniqueLabel(List<String> used, String label) {
        String candidate = label;
        for (int i = 2; used.contains(candidate); i++) {
            candidate = label + " (" + i + ")";
        }
        return candidate;
    }

    static String shorten(String s, int max) {
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() <= max ? one : one.substring(0, max - 1) + "…";
    }
}
