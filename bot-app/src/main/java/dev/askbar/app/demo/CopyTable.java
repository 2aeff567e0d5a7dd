package dev.askbar.app.demo;

import java.util.List;

/**
 * Rows for one table in PostgreSQL's COPY text format, built in memory: the whole demo set is a few
 * megabytes, and one COPY per table is the fastest way PostgreSQL offers to take them.
 */
final class CopyTable {
    private final String name;
    private final List<String> columns;
    private final StringBuilder text = new StringBuilder(1 << 16);
    private int rows;

    CopyTable(String name, String... columns) {
        this.name = name;
        this.columns = List.of(columns);
    }

    String name() {
        return name;
    }

    int rows() {
        return rows;
    }

    String copyStatement() {
        return "COPY public." + name + " (" + String.join(", ", columns) + ") FROM STDIN";
    }

    String text() {
        return text.toString();
    }

    /** Values are written with {@link String#valueOf}; callers pre-format numbers and times. */
    void add(Object... values) {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException(
                    name + ": " + values.length + " values for " + columns.size() + " columns");
        }
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                text.append('\t');
            }
            Object v = values[i];
            if (v == null) {
                text.append("\\N");
            } else if (v instanceof Boolean b) {
                text.append(b ? 't' : 'f');
            } else {
                escape(String.valueOf(v));
            }
        }
        text.append('\n');
        rows++;
    }

    private void escape(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(c);
            }
        }
    }
}
