package dev.askbar.core.answer;

import dev.askbar.core.sql.ValueKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A cell as people read it: thousands separators, sensible decimals, ISO dates, a distinct NULL.
 * Machine-readable forms (CSV, JSON) do not use this.
 */
public final class CellFormat {
    static final String NULL = "∅";
    private static final DecimalFormatSymbols SYMBOLS = DecimalFormatSymbols.getInstance(Locale.ROOT);
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private CellFormat() {}

    public static String format(Object v, ValueKind kind) {
        if (v == null) {
            return NULL;
        }
        return switch (kind) {
            case INTEGER -> v instanceof Number n ? grouped(new BigDecimal(n.toString()), 0) : v.toString();
            case DECIMAL -> v instanceof BigDecimal d ? decimal(d) : v.toString();
            case FLOAT -> v instanceof Double d ? floating(d) : v.toString();
            case BOOLEAN -> Boolean.TRUE.equals(v) ? "yes" : "no";
            case TIMESTAMP ->
                v instanceof LocalDateTime t
                        ? (t.getSecond() == 0 && t.getNano() == 0 ? MINUTES : SECONDS).format(t)
                        : v.toString();
            case TIMESTAMP_TZ ->
                v instanceof OffsetDateTime t
                        ? (t.getSecond() == 0 && t.getNano() == 0 ? MINUTES : SECONDS).format(t) + " " + offset(t)
                        : v.toString();
            case TIME -> v instanceof LocalTime t ? t.withNano(0).toString() : v.toString();
            default -> oneLine(v.toString());
        };
    }

    /** Money and numerics keep their scale up to 2 decimals; longer scales are cut to 4. */
    static String decimal(BigDecimal d) {
        int scale = d.scale() <= 2
                ? Math.max(0, d.scale())
                : Math.min(4, Math.max(0, d.stripTrailingZeros().scale()));
        return grouped(d, scale);
    }

    /** Doubles are measurements, not money: as many decimals as their size warrants, no trailing zeros. */
    static String floating(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return Double.toString(d);
        }
        double abs = Math.abs(d);
        int scale = abs >= 1000 ? 0 : abs >= 1 ? 2 : 4;
        BigDecimal b =
                BigDecimal.valueOf(d).setScale(scale, RoundingMode.HALF_UP).stripTrailingZeros();
        return grouped(b, Math.max(0, b.scale()));
    }

    private static String grouped(BigDecimal d, int scale) {
        DecimalFormat f = new DecimalFormat(scale == 0 ? "#,##0" : "#,##0." + "0".repeat(scale), SYMBOLS);
        f.setRoundingMode(RoundingMode.HALF_UP);
        f.setParseBigDecimal(true);
        return f.format(d.setScale(scale, RoundingMode.HALF_UP));
    }

    private static String offset(OffsetDateTime t) {
        String id = t.getOffset().getId();
        return id.equals("Z") ? "UTC" : id;
    }

    private static String oneLine(String s) {
        return s.replace("\r\n", " ↵ ").replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
    }
}
