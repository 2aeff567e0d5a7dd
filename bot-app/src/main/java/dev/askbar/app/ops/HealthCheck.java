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
 * Named checks; each answers empty when fine, or a short reason in words when not. {@code /health} reports
 * them all. {@code /health/ready} only those about this replica itself (started, its chat connection up):
 * the database and the LLM quota are shared by every replica, so taking replicas out of service for them
 * would only swap AskBar's one-sentence explanation for a connection error at the load balancer.
 * A check that throws is reported as failed without its exception text, which goes to the log.
 */
public final class HealthCheck {
    private static final Logger log = LoggerFactory.getLogger(HealthCheck.class);

    private record Check(Supplier<Optional<String>> reason, boolean readiness) {}

    private final Map<String, Check> checks = new LinkedHashMap<>();

    /** A check of something every replica shares (the database, the LLM keys): reported by {@code /health} only. */
    public HealthCheck add(String name, Supplier<Optional<String>> check) {
        checks.put(name, new Check(check, false));
        return this;
    }

    /** A check of this replica itself: reported by {@code /health} and deciding {@code /health/ready}. */
    public HealthCheck addForReadiness(String name, Supplier<Optional<String>> check) {
        checks.put(name, new Check(check, true));
        return this;
    }

    /** The reasons AskBar is unhealthy right now; empty when healthy. */
    public List<String> problems() {
        return problems(false);
    }

    /** The reasons this replica should not take requests now; empty when it should. */
    public List<String> readinessProblems() {
        return problems(true);
    }

    private List<String> problems(boolean readinessOnly) {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, Check> e : checks.entrySet()) {
            if (readinessOnly && !e.getValue().readiness()) {
                continue;
            }
            try {
                e.getValue().reason().get().ifPresent(reason -> problems.add(e.getKey() + ": " + reason));
            } catch (RuntimeException ex) {
                log.warn("health check {} failed: {}", e.getKey(), ex.toString());
                problems.add(e.getKey() + ": the check itself failed (details in the log)");
            }
        }
        return problems;
    }
}
