package dev.askbar.core.sql;

import java.util.Locale;

/** Identifiers as PostgreSQL compares them: quoted ones exactly, unquoted ones folded to lower case. */
final class Identifiers {

    private Identifiers() {}

    static String fold(String identifier) {
        if (identifier == null) {
            return null;
        }
        if (identifier.length() >= 2 && identifier.startsWith("\"") && identifier.endsWith("\"")) {
            return identifier.substring(1, identifier.length() - 1).replace("\"\"", "\"");
        }
        return identifier.toLowerCase(Locale.ROOT);
    }
}
