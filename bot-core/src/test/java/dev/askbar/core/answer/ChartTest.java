package dev.askbar.core.answer;

import dev.askbar.core.sql.QueryResult;
import dev.askbar.core.sql.ValueKind;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
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

import static dev.askbar.core.answer.Results.col;
import static dev.askbar.core.answer.Results.row;
import static org.assertj.core.api.Assertions.assertThat;

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
        assertThat(ChartPlanner.plan("revenue per month", monthly()).map(ChartPlan::kind)).contains(ChartPlan.Kind.LINE);
    }

    @Test
    void categoriesWithNumbersAreBarsUpToThirty() {
        assertThat(ChartPlanner.plan("orders by category", byCategory(12)).map(ChartPlan::kind)).contains(ChartPlan.Kind.BAR);
        assertThat(ChartPlanner.plan("orders by category", byCategory(31))).isEmpty();
    }

    @Test
    void aShareOfAWholeIsAPie() {
        assertThat(ChartPlanner.plan("share of orders by channel", byCategory(3)).map(ChartPlan::kind)).contains(ChartPlan.Kind.PIE);
        assertThat(ChartPlanner.plan("share of orders by category", byCategory(9)).map(ChartPlan::kind)).contains(ChartPlan.Kind.BAR);
    }

    @Test
    void shapesThatChartsDoNotHelpGetNone() {
        assertThat(ChartPlanner.plan("how many", Results.of(List.of(col("n", ValueKind.INTEGER)), row(5L)))).isEmpty();
        assertThat(ChartPlanner.plan("names", Results.of(List.of(col("a", ValueKind.TEXT), col("b", ValueKind.TEXT)), row("x", "y"), row("z", "w")))).isEmpty();
        assertThat(ChartPlanner.plan("ids", Results.of(List.of(col("name", ValueKind.TEXT), col("customer_id", ValueKind.INTEGER)), row("x", 1L), row("y", 2L)))).isEmpty();
        assertThat(ChartPlanner.plan("none", Results.of(List.of(col("a", ValueKind.TEXT), col("n", ValueKind.INTEGER))))).isEmpty();
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
}
