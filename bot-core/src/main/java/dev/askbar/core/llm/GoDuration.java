package dev.askbar.core.llm;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the durations providers write, such as Groq's {@code 2m59.56s}, {@code 7.66s}, {@code 120ms} or {@code 1h2m}. */
final class GoDuration {
    private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|h|m|s)");
    private static final Pattern SECONDS = Pattern.compile("\\d+(\\.\\d+)?");

    private GoDuration() {}

    static Optional<Duration> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.trim();
        if (SECONDS.matcher(t).matches()) {
            return Optional.of(Duration.ofMillis(Math.round(Double.parseDouble(t) * 1000)));
        }
        Matcher m = PART.matcher(t);
        double millis = 0;
        int end = 0;
        boolean any = false;
        while (m.find()) {
            if (m.start() != end) {
                return Optional.empty();
            }
            double v = Double.parseDouble(m.group(1));
            millis += switch (m.group(2)) {
                case "h" -> v * 3_600_000;
                case "m" -> v * 60_000;
                case "s" -> v * 1000;
                default -> v;
            };
            end = m.end();
            any = true;
        }
        return any && end == t.length() ? Optional.of(Duration.ofMillis(Math.round(millis))) : Optional.empty();
    }
}
