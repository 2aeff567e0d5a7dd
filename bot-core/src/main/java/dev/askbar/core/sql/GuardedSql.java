package dev.askbar.core.sql;

import java.util.Objects;
import java.util.Set;

/**
 * A statement {@link SqlGuard} allowed, with the schemas it was checked against. {@link SqlRunner} runs
 * nothing else, so SQL that no guard has read cannot reach the database through it.
 *
 * <p>Only {@link SqlGuard} creates one in main code (a test keeps it so); the constructor is
 * package-private so the runner's own tests can still prove the database-side layers on their own.
 */
public final class GuardedSql {

    private final String text;
    private final Set<String> schemas;

    GuardedSql(String text, Set<String> schemas) {
        this.text = Objects.requireNonNull(text, "text");
        this.schemas = Set.copyOf(schemas);
    }

    /** The statement as it will run. */
    public String text() {
        return text;
    }

    /** Schemas the statement may read, as PostgreSQL names them. */
    Set<String> schemas() {
        return schemas;
    }

    @Override
    public String toString() {
        return text;
    }
}
