package dev.askbar.core.sql;

import java.util.Locale;

/**
 * Identifiers as PostgreSQL compares them: quoted ones exactly, unquoted ones folded to lower case; and any name
 * written into SQL as a quoted identifier, so a name from the catalog or the configuration cannot end it early.
 */
public final class Identifiers {

    private Identifiers() {}

    /** {@code my "odd" table} → {@code "my ""odd"" table"}. */
    public static String quote(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    /** A name as PostgreSQL reads it: {@code "lapTimes"} exactly, {@code Races} as {@code races}. */
    public static String fold(String identifier) {
        if (identifier == null) {
            return null;
        }
        if (identifier.length() >= 2 && identifier.startsWith("\"") && identifier.endsWith("\"")) {
            return identifier.substring(1, identifier.length() - 1).replace("\"\"", "\"");
        }
        return identifier.toLowerCase(Locale.ROOT);
    }
}
