package dev.askbar.core.sql;

/**
 * What {@link SqlGuard} decided about one statement.
 *
 * <p>When allowed, {@code sql} is the statement to execute and {@code rule}/{@code reason} are null.
 * When refused, {@code sql} is null, {@code rule} is the short id of the rule that fired (stable, fit
 * for logs and metrics) and {@code reason} finishes the sentence "I can only read data; that query
 * would ...".
 */
public record GuardVerdict(boolean allowed, String sql, String rule, String reason) {

    private static final String MESSAGE_START = "I can only read data; that query would ";

    public GuardVerdict {
        if (allowed && (sql == null || rule != null || reason != null)) {
            throw new IllegalArgumentException("an allowed verdict carries the SQL and nothing else");
        }
        if (!allowed && (sql != null || rule == null || reason == null)) {
            throw new IllegalArgumentException("a refusal carries a rule and a reason, never SQL");
        }
    }

    public static GuardVerdict allow(String sql) {
        return new GuardVerdict(true, sql, null, null);
    }

    public static GuardVerdict refuse(String rule, String reason) {
        return new GuardVerdict(false, null, rule, reason);
    }

    /** The sentence to show the user for a refusal; empty for an allowed statement. */
    public String userMessage() {
        return allowed ? "" : MESSAGE_START + reason;
    }
}
