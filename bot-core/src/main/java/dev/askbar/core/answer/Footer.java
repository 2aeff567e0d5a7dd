package dev.askbar.core.answer;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/** Who answered and how big and slow the answer was, for the line under every answer. */
public record Footer(
        Optional<String> provider,
        Optional<String> model,
        int rows,
        boolean truncated,
        boolean cached,
        Duration total) {

    /** "groq · llama-3.3-70b-versatile · 42 rows · 0.84 s" */
    public String text() {
        StringBuilder sb = new StringBuilder();
        provider.ifPresent(p -> sb.append(p).append(" · "));
        model.ifPresent(m -> sb.append(m).append(" · "));
        sb.append(String.format(Locale.ROOT, "%,d", rows))
                .append(truncated ? "+" : "")
                .append(rows == 1 ? " row" : " rows");
        if (cached) {
            sb.append(" · cached SQL");
        }
        sb.append(String.format(Locale.ROOT, " · %.2f s", total.toMillis() / 1000.0));
        return sb.toString();
    }
}
