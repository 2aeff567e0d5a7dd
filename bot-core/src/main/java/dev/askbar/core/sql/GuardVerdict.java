package dev.askbar.core.sql;

import java.util.Objects;

/**
 * What {@link SqlGuard} decided about one statement: either the {@link GuardedSql} to run, or the
 * {@link GuardRule} that refused it with the sentence that explains why.
 */
public final class GuardVerdict {

    private static final String MESSAGE_START = "I can only read data; that query would ";

    private final GuardedSql guarded;
    private final GuardRule rule;
    private final String reason;

    private GuardVerdict(GuardedSql guarded, GuardRule rule, String reason) {
        this.guarded = guarded;
        this.rule = rule;
        this.reason = reason;
    }

    static GuardVerdict allow(GuardedSql guarded) {
        return new GuardVerdict(Objects.requireNonNull(guarded), null, null);
    }

    static GuardVerdict refuse(GuardRule rule, String reason) {
        return new GuardVerdict(null, Objects.requireNonNull(rule), Objects.requireNonNull(reason));
    }

    public boolean allowed() {
        return guarded != null;
    }

    /** The statement to run; throws for a refusal, so a refused statement cannot be run by mistake. */
    public GuardedSql guarded() {
        if (guarded == null) {
            throw new IllegalStateException("a refused statement has nothing to run (rule " + rule.id() + ")");
        }
        return guarded;
    }

    /** The statement's text when allowed, null when refused. */
    public String sql() {
        return guarded == null ? null : guarded.text();
    }

    /** The stable id of the rule that refused ("schema-not-allowed"...), null when allowed. */
    public String rule() {
        return rule == null ? null : rule.id();
    }

    GuardRule refusedBy() {
        return rule;
    }

    /** The end of the refusal sentence, null when allowed. */
    public String reason() {
        return reason;
    }

    /** The sentence to show the user for a refusal; empty for an allowed statement. */
    public String userMessage() {
        return allowed() ? "" : MESSAGE_START + reason;
    }

    @Override
    public String toString() {
        return allowed() ? "allowed: " + guarded.text() : "refused (" + rule.id() + "): " + reason;
    }
}
