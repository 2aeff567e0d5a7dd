package dev.askbar.core.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The columns an operator keeps out of prompts and answers ({@code ASKBAR_HIDDEN_COLUMNS}), parsed from a
 * comma-separated list of dotted patterns where {@code *} matches any run of characters within one name.
 * One part names a column anywhere ({@code password}); two parts name a column of a table
 * ({@code *.password}) and also every column of a table in a schema ({@code hr.*}); three parts name
 * schema, table and column. A two-part pattern is read both ways on purpose: when in doubt, hide more.
 */
public final class HiddenColumns {
    private static final HiddenColumns NONE = new HiddenColumns(List.of(), "");

    private final List<Pattern[]> patterns;
    private final String raw;

    private HiddenColumns(List<Pattern[]> patterns, String raw) {
        this.patterns = List.copyOf(patterns);
        this.raw = raw;
    }

    public static HiddenColumns none() {
        return NONE;
    }

    /**
     * Reads the setting's raw text; blank means nothing is hidden.
     *
     * @throws IllegalArgumentException naming the first pattern that is not one to three dotted parts
     */
    public static HiddenColumns parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return NONE;
        }
        List<Pattern[]> out = new ArrayList<>();
        for (String item : raw.split(",")) {
            String p = item.strip();
            if (p.isEmpty()) {
                continue;
            }
            String[] parts = p.split("\\.", -1);
            if (parts.length > 3
                    || !p.matches("[\\p{L}\\p{N}_$*.\"-]+")
                    || List.of(parts).stream().anyMatch(String::isEmpty)) {
                throw new IllegalArgumentException(
                        "'" + p + "' is not a column pattern such as *.password, hr.* or sales.people.email");
            }
            Pattern[] compiled = new Pattern[parts.length];
            for (int i = 0; i < parts.length; i++) {
                compiled[i] = glob(parts[i]);
            }
            out.add(compiled);
        }
        return new HiddenColumns(out, raw.strip());
    }

    private static Pattern glob(String part) {
        String unquoted = part.replace("\"", "").toLowerCase(Locale.ROOT);
        StringBuilder regex = new StringBuilder();
        for (String piece : unquoted.split("\\*", -1)) {
            if (!regex.isEmpty()) {
                regex.append(".*");
            }
            regex.append(Pattern.quote(piece));
        }
        return Pattern.compile(regex.toString());
    }

    public boolean isEmpty() {
        return patterns.isEmpty();
    }

    /** True when the column may not appear in a prompt or an answer. */
    public boolean hides(String schema, String table, String column) {
        String s = schema.toLowerCase(Locale.ROOT);
        String t = table.toLowerCase(Locale.ROOT);
        String c = column.toLowerCase(Locale.ROOT);
        for (Pattern[] p : patterns) {
            boolean hit = switch (p.length) {
                case 1 -> matches(p[0], c);
                case 2 -> matches(p[0], t) && matches(p[1], c) || matches(p[0], s) && matches(p[1], t);
                default -> matches(p[0], s) && matches(p[1], t) && matches(p[2], c);
            };
            if (hit) {
                return true;
            }
        }
        return false;
    }

    /** True when every column of the table is hidden by a pattern naming the table itself ({@code hr.*}). */
    public boolean hidesTable(String schema, String table) {
        String s = schema.toLowerCase(Locale.ROOT);
        String t = table.toLowerCase(Locale.ROOT);
        return patterns.stream().anyMatch(p -> p.length == 2 && matches(p[0], s) && matches(p[1], t));
    }

    private static boolean matches(Pattern p, String name) {
        return p.matcher(name).matches();
    }

    @Override
    public String toString() {
        return raw;
    }
}
