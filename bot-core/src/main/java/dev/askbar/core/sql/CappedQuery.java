package dev.askbar.core.sql;

import java.util.List;
import java.util.Set;

/**
 * The guarded statement wrapped so that PostgreSQL itself enforces the caps: an outer SELECT over it that
 * keeps at most {@code maxRows + 1} rows and cuts every unbounded value to {@code cellChars + 1} characters
 * before it leaves the server. A {@code repeat('x', 400000000)} then costs the database its memory, not
 * AskBar's.
 *
 * <p>Built from the statement's described columns: values whose size the type bounds (integers, floats,
 * booleans, dates, times) pass through typed; everything else (text, json, arrays, bytea, numeric, money,
 * composite and user types) travels as its text form, cut, and numerics are parsed back by {@link SqlRunner}.
 */
final class CappedQuery {

    /** Types whose values have a small fixed bound, read as typed values. */
    private static final Set<String> BOUNDED_TYPES = Set.of(
            "int2", "int4", "int8", "oid", "float4", "float8", "bool", "date", "time", "timestamp", "timestamptz");

    private CappedQuery() {}

    /** Whether a column of this database type travels typed (true) or as cut text (false). */
    static boolean passesTyped(ResultColumn column) {
        return BOUNDED_TYPES.contains(column.sqlType());
    }

    static String wrap(String guardedSql, List<ResultColumn> columns, int cellChars, int maxRows) {
        StringBuilder sql = new StringBuilder("SELECT ");
        for (int i = 1; i <= columns.size(); i++) {
            ResultColumn column = columns.get(i - 1);
            String c = "q.c" + i;
            sql.append(i == 1 ? "" : ", ");
            if (passesTyped(column)) {
                sql.append(c);
            } else if (column.kind() == ValueKind.DECIMAL) {
                sql.append("left((")
                        .append(c)
                        .append(")::numeric::text, ")
                        .append(cellChars + 1)
                        .append(')');
            } else {
                sql.append("left((")
                        .append(c)
                        .append(")::text, ")
                        .append(cellChars + 1)
                        .append(')');
            }
        }
        // A newline before the closing parenthesis, so a trailing line comment cannot swallow it.
        sql.append(" FROM (\n").append(guardedSql).append("\n) AS q");
        if (!columns.isEmpty()) {
            sql.append('(');
            for (int i = 1; i <= columns.size(); i++) {
                sql.append(i == 1 ? "" : ", ").append('c').append(i);
            }
            sql.append(')');
        }
        return sql.append(" LIMIT ").append(maxRows + 1L).toString();
    }
}
