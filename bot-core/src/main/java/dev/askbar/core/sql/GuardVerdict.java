package dev.askbar.core.sql;

/** Whether the guard lets a query through, and if not, which rule refused it and why. */
public record GuardVerdict(boolean allowed, String sql, String rule, String reason) {

    public static GuardVerdict allow(String sql) {
        return new GuardVerdict(true, sql, null, null);
    }

    public static GuardVerdict refuse(String rule, String reason) {
        return new GuardVerdict(false, null, rule, reason);
    }

    public String userMessage() {
        return "I can only read data; that query would " + reason;
    }
}
