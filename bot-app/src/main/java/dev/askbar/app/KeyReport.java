package dev.askbar.app;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.askbar.core.llm.KeyStatus;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * {@code askbar keys [--json]}: every key and model with its live state and today's usage, from the router's
 * {@link KeyStatus} report. Keys appear masked only; provider error texts never appear, only their kind.
 */
final class KeyReport {
    private static final DateTimeFormatter UNTIL =
            DateTimeFormatter.ofPattern("MM-dd HH:mm'Z'").withZone(ZoneOffset.UTC);

    private KeyReport() {}

    static void print(List<KeyStatus> rows, boolean json, PrintStream out, Clock clock) {
        if (json) {
            out.println(new GsonBuilder().serializeNulls().create().toJson(toJson(rows)));
            return;
        }
        if (rows.isEmpty()) {
            out.println("No LLM keys configured; set GROQ_API_KEYS or GEMINI_API_KEYS.");
            return;
        }
        String format = "%-7s %-14s %-18s %-24s %-13s %-20s %5s %8s %5s %7s  %s%n";
        out.printf(
                format,
                "PROVIDER",
                "KEY",
                "GROUP",
                "MODEL",
                "STATE",
                "UNTIL",
                "REQ",
                "TOKENS",
                "FAIL",
                "MEDIAN",
                "LAST ERROR");
        Instant now = clock.instant();
        for (KeyStatus s : rows) {
            out.printf(
                    format,
                    s.provider(),
                    s.key(),
                    shorten(s.group(), 18),
                    shorten(s.model(), 24),
                    s.state().name().toLowerCase(Locale.ROOT),
                    s.until()
                            .map(u -> UNTIL.format(u) + " (" + in(Duration.between(now, u)) + ")")
                            .orElse("-"),
                    s.requestsToday(),
                    s.tokensInToday() + s.tokensOutToday(),
                    s.failuresToday(),
                    s.medianLatency()
                            .map(d -> String.format(Locale.ROOT, "%.2f s", d.toMillis() / 1000.0))
                            .orElse("-"),
                    s.lastError().orElse("-"));
        }
    }

    static JsonArray toJson(List<KeyStatus> rows) {
        JsonArray array = new JsonArray();
        for (KeyStatus s : rows) {
            JsonObject row = new JsonObject();
            row.addProperty("provider", s.provider());
            row.addProperty("position", s.position());
            row.addProperty("key", s.key());
            row.addProperty("group", s.group());
            row.addProperty("model", s.model());
            row.addProperty("state", s.state().name().toLowerCase(Locale.ROOT));
            row.addProperty("until", s.until().map(Instant::toString).orElse(null));
            row.addProperty("reason", s.reason().orElse(null));
            row.addProperty("requestsToday", s.requestsToday());
            row.addProperty("successesToday", s.successesToday());
            row.addProperty("failuresToday", s.failuresToday());
            row.addProperty("tokensInToday", s.tokensInToday());
            row.addProperty("tokensOutToday", s.tokensOutToday());
            row.addProperty("lastError", s.lastError().orElse(null));
            row.addProperty(
                    "medianLatencyMs", s.medianLatency().map(Duration::toMillis).orElse(null));
            array.add(row);
        }
        return array;
    }

    private static String in(Duration d) {
        long s = Math.max(0, d.toSeconds());
        if (s < 90) {
            return "in " + s + " s";
        }
        if (s < 5400) {
            return "in " + Math.round(s / 60.0) + " min";
        }
        return String.format(Locale.ROOT, "in %.1f h", s / 3600.0);
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
