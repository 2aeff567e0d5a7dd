package dev.askbar.core.answer;

import static dev.askbar.core.answer.Results.col;
import static dev.askbar.core.answer.Results.row;
import static org.assertj.core.api.Assertions.assertThat;

import dev.askbar.core.sql.QueryResult;
import dev.askbar.core.sql.ValueKind;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ChartTest {

    static QueryResult monthly() {
        List<List<Object>> rows = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            rows.add(Arrays.asList(LocalDate.of(2025, m, 1), new BigDecimal(1000 + m * 137)));
        }
        return new QueryResult(List.of(col("month", ValueKind.DATE), col("revenue", ValueKind.DECIMAL)), rows, false);
    }

    static QueryResult byCategory(int n) {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(Arrays.asList("Category " + i, (long) (100 + i * 7)));
        }
        return new QueryResult(List.of(col("category", ValueKind.TEXT), col("orders", ValueKind.INTEGER)), rows, false);
    }

    @Test
    void aDateWithNumbersIsALine() {
        assertThat(ChartPlanner.plan("revenue per month", monthly()).map(ChartPlan::kind))
                .contains(ChartPlan.Kind.LINE);
    }

    @Test
    void categoriesWithNumbersAreBarsUpToThirty() {
        assertThat(ChartPlanner.plan("orders by category", byCategory(12)).map(ChartPlan::kind))
                .contains(ChartPlan.Kind.BAR);
        assertThat(ChartPlanner.plan("orders by category", byCategory(31))).isEmpty();
    }

    @Test
    void aShareOfAWholeIsAPie() {
        assertThat(ChartPlanner.plan("share of orders by channel", byCategory(3))
                        .map(ChartPlan::kind))
                .contains(ChartPlan.Kind.PIE);
        assertThat(ChartPlanner.plan("share of orders by category", byCategory(9))
                        .map(ChartPlan::kind))
                .contains(ChartPlan.Kind.BAR);
    }

    @Test
    void shapesThatChartsDoNotHelpGetNone() {
        assertThat(ChartPlanner.plan("how many", Results.of(List.of(col("n", ValueKind.INTEGER)), row(5L))))
                .isEmpty();
        assertThat(ChartPlanner.plan(
                        "names",
                        Results.of(
                                List.of(col("a", ValueKind.TEXT), col("b", ValueKind.TEXT)),
                                row("x", "y"),
                                row("z", "w"))))
                .isEmpty();
        assertThat(ChartPlanner.plan(
                        "ids",
                        Results.of(
                                List.of(col("name", ValueKind.TEXT), col("customer_id", ValueKind.INTEGER)),
                                row("x", 1L),
                                row("y", 2L))))
                .isEmpty();
        assertThat(ChartPlanner.plan(
                        "none", Results.of(List.of(col("a", ValueKind.TEXT), col("n", ValueKind.INTEGER)))))
                .isEmpty();
    }

    @Test
    void chartsRenderAsRealPngsThatAreNotBlank() throws Exception {
        for (var c : List.of(
                new Object[] {"Revenue per month in 2025", monthly()},
                new Object[] {"Orders by category", byCategory(12)},
                new Object[] {"Share of orders by channel", byCategory(4)})) {
            String title = (String) c[0];
            QueryResult result = (QueryResult) c[1];
            Optional<ChartPlan> plan = ChartPlanner.plan(title, result);
            byte[] png = ChartRenderer.render(title, result, plan.orElseThrow());
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            assertThat(image.getWidth()).isEqualTo(ChartRenderer.WIDTH);
            assertThat(image.getHeight()).isEqualTo(ChartRenderer.HEIGHT);
            Set<Integer> colours = new HashSet<>();
            int nonWhite = 0;
            for (int x = 0; x < image.getWidth(); x += 3) {
                for (int y = 0; y < image.getHeight(); y += 3) {
                    int rgb = image.getRGB(x, y) & 0xFFFFFF;
                    colours.add(rgb);
                    if (rgb != 0xFFFFFF) {
                        nonWhite++;
                    }
                }
            }
            assertThat(colours.size()).as(title).isGreaterThan(10);
            assertThat(nonWhite).as(title).isGreaterThan(1000);
        }
    }

    static QueryResult withUndrawableValues(String firstColumn, ValueKind firstKind, Object... firsts) {
        Object[] odd = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, null};
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < firsts.length; i++) {
            rows.add(Arrays.asList(firsts[i], i % 3 == 1 ? odd[(i / 3) % odd.length] : (double) (10 + i)));
        }
        return new QueryResult(List.of(col(firstColumn, firstKind), col("ratio", ValueKind.FLOAT)), rows, false);
    }

    @Test
    void infinityAndNanAreLeftOutOfEveryKindOfChartAndTheRestIsDrawn() throws Exception {
        List<Object> days = new ArrayList<>();
        List<Object> names = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            days.add(LocalDate.of(2025, 1, 1 + i));
            names.add("channel " + i);
        }
        for (var c : List.of(
                new Object[] {
                    "ratio per day", withUndrawableValues("day", ValueKind.DATE, days.toArray()), ChartPlan.Kind.LINE
                },
                new Object[] {
                    "ratio by channel",
                    withUndrawableValues("channel", ValueKind.TEXT, names.toArray()),
                    ChartPlan.Kind.BAR
                },
                new Object[] {
                    "share by channel",
                    withUndrawableValues(
                            "channel", ValueKind.TEXT, names.subList(0, 6).toArray()),
                    ChartPlan.Kind.BAR
                })) {
            String title = (String) c[0];
            QueryResult result = (QueryResult) c[1];
            ChartPlan plan = ChartPlanner.plan(title, result).orElseThrow();
            assertThat(plan.kind()).as(title).isEqualTo(c[2]);

            byte[] png = ChartRenderer.render(title, result, plan);

            assertThat(ImageIO.read(new ByteArrayInputStream(png)).getWidth())
                    .as(title)
                    .isEqualTo(ChartRenderer.WIDTH);
        }
    }

    @Test
    void barsBelowZeroAndSeveralSeriesAreStillDrawn() throws Exception {
        QueryResult profit = Results.of(
                List.of(col("store", ValueKind.TEXT), col("profit", ValueKind.FLOAT), col("loss", ValueKind.FLOAT)),
                row("north", 10.0, -3.0),
                row("south", -4.0, 2.0),
                row("east", 7.0, 1.0));
        for (ChartPlan plan : List.of(
                new ChartPlan(ChartPlan.Kind.BAR, 0, List.of(1)),
                new ChartPlan(ChartPlan.Kind.BAR, 0, List.of(1, 2)))) {
            byte[] png = ChartRenderer.render("profit per store", profit, plan);

            assertThat(ImageIO.read(new ByteArrayInputStream(png)).getWidth()).isEqualTo(ChartRenderer.WIDTH);
        }
    }

    @Test
    void aPieWithAnUndrawableSliceLeavesItOut() throws Exception {
        QueryResult result = Results.of(
                List.of(col("channel", ValueKind.TEXT), col("orders", ValueKind.FLOAT)),
                row("web", 10.0),
                row("shop", Double.POSITIVE_INFINITY),
                row("phone", 5.0),
                row("mail", Double.NaN));
        ChartPlan pie = new ChartPlan(ChartPlan.Kind.PIE, 0, List.of(1));

        byte[] png = ChartRenderer.render("share of orders", result, pie);

        assertThat(ImageIO.read(new ByteArrayInputStream(png)).getHeight()).isEqualTo(ChartRenderer.HEIGHT);
    }

    @Test
    void aSeriesWithNothingDrawableIsNoChart() {
        QueryResult result = Results.of(
                List.of(col("channel", ValueKind.TEXT), col("ratio", ValueKind.FLOAT)),
                row("web", Double.NaN),
                row("shop", Double.POSITIVE_INFINITY),
                row("phone", null));

        assertThat(ChartPlanner.plan("ratio by channel", result)).isEmpty();
    }
}
