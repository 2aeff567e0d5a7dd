package dev.askbar.app.ops;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Named checks for {@code /health}; each answers empty when fine, or a short reason in words when not.
 * A check that throws is reported as failed without its exception text, which goes to the log.
 */
public final class HealthCheck {
    private static final Logger log = LoggerFactory.getLogger(HealthCheck.class);
    private final Map<String, Supplier<Optional<String>>> checks = new LinkedHashMap<>();

    public HealthCheck add(String name, Supplier<Optional<String>> check) {
        checks.put(name, check);
        return this;
    }

    /** The reasons AskBar is unhealthy right now; empty when healthy. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, Supplier<Optional<String>>> e : checks.entrySet()) {
            try {
                e.getValue().get().ifPresent(reason -> problems.add(e.getKey() + ": " + reason));
            } catch (RuntimeException ex) {
                log.warn("health check {} failed: {}", e.getKey(), ex.toString());
                problems.add(e.getKey() + ": the check itself failed (details in the log)");
            }
        }
        return problems;
    }
}
