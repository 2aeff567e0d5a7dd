package dev.askbar.app.ops;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** Named checks for {@code /health}; each answers empty when fine, or a short reason when not. */
public final class HealthCheck {
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
                problems.add(e.getKey() + ": " + ex.getMessage());
            }
        }
        return problems;
    }

    public List<String> names() {
        return List.copyOf(checks.keySet());
    }
}
