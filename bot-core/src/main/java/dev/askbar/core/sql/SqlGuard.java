package dev.askbar.core.sql;

import java.util.Set;

/** Placeholder until the full guard lands: statement kind only. */
public final class SqlGuard {
    private final Set<String> allowedSchemas;

    public SqlGuard(Set<String> allowedSchemas) {
        this.allowedSchemas = Set.copyOf(allowedSchemas);
    }

    public GuardVerdict check(String sql) {
        String s = sql.strip();
        while (s.endsWith(";")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        if (!s.matches("(?is)^(SELECT|WITH|VALUES|\\().*")) {
            return GuardVerdict.refuse("read-only-statement", "do something other than read (" + s.split("\\s+")[0].toUpperCase() + ").");
        }
        if (s.contains(";")) {
            return GuardVerdict.refuse("single-statement", "run more than one statement.");
        }
        return GuardVerdict.allow(s);
    }
}
