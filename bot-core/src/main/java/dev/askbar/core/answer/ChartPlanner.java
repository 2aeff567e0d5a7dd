package dev.askbar.core.answer;

import dev.askbar.core.sql.QueryResult;
import dev.askbar.core.sql.ResultColumn;
import dev.askbar.core.sql.ValueKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Decides whether a chart helps and which. A chart earns its place only when the shape says so:
 * <ul>
 *   <li>a date or timestamp column and at least one numeric column, 2+ rows: LINE;</li>
 *   <li>one text column and one numeric column, 2-8 rows, all values non-negative, and the question or the
 *       column speaks of a share ("share", "percent", "breakdown", "split", "distribution", "proportion"): PIE;</li>
 *   <li>a text column and numeric columns, 2-30 rows: BAR;</li>
 *   <li>anything else (a single value, no numbers, only numbers, too many rows, no rows): no chart.</li>
 * </ul>
 * Only finite numbers count: a column whose values are all NaN, Infinity or NULL is not a series, and a
 * share with a value that cannot be drawn is shown as bars instead of a pie.
 */
final class ChartPlanner {
    static final int MAX_BARS = 30;
    static final int MAX_SLICES = 8;
    static final int MAX_SERIES = 5;
    private static final Pattern SHARE =
            Pattern.compile("share|percent|%|breakdown|split|distribution|proportion|mix|pie");

    private ChartPlanner() {}

    public static Optional<ChartPlan> plan(String question, QueryResult result) {
        if (result.rowCount() < 2 || result.columns().size() < 2) {
            return Optional.empty();
        }
        List<ResultColumn> columns = result.columns();
        int time = -1;
        int label = -1;
        List<Integer> numbers = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            ValueKind kind = columns.get(c).kind();
            if (kind.isTemporal() && time < 0) {
                time = c;
            } else if (kind == ValueKind.TEXT && label < 0) {
                label = c;
            } else if (kind.isNumeric()
                    && !isIdentifier(columns.get(c).name())
                    && numbers.size() < MAX_SERIES
                    && finiteValues(result, c) >= 2) {
                numbers.add(c);
            }
        }
        if (numbers.isEmpty()) {
            return Optional.empty();
        }
        if (time >= 0 && label < 0) {
            return Optional.of(new ChartPlan(ChartPlan.Kind.LINE, time, numbers));
        }
        if (label < 0) {
            return Optional.empty();
        }
        boolean share = SHARE.matcher(
                        (question + " " + columns.get(numbers.get(0)).name()).toLowerCase(Locale.ROOT))
                .find();
        if (share && numbers.size() == 1 && result.rowCount() <= MAX_SLICES && nonNegative(result, numbers.get(0))) {
            return Optional.of(new ChartPlan(ChartPlan.Kind.PIE, label, numbers));
        }
        if (result.rowCount() <= MAX_BARS) {
            return Optional.of(new ChartPlan(ChartPlan.Kind.BAR, label, numbers));
        }
        return Optional.empty();
    }

    /** "customer_id" is a number but charting it says nothing. */
    private static boolean isIdentifier(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.equals("id")
                || n.endsWith("_id")
                || n.endsWith("id") && n.length() > 2 && Character.isUpperCase(name.charAt(name.length() - 2));
    }

    private static boolean nonNegative(QueryResult result, int column) {
        for (List<Object> row : result.rows()) {
            Double v = finite(row.get(column));
            if (v == null || v < 0) {
                return false;
            }
        }
        return true;
    }

    private static int finiteValues(QueryResult result, int column) {
        int n = 0;
        for (List<Object> row : result.rows()) {
            n += finite(row.get(column)) == null ? 0 : 1;
        }
        return n;
    }

    /** The value as a double a chart can place, or null for NULL, NaN, the infinities and anything not a number. */
    static Double finite(Object v) {
        if (v instanceof Number n) {
            double d = n.doubleValue();
            return Double.isFinite(d) ? d : null;
        }
        return null;
    }
}
