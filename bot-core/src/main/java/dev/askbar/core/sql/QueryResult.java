package dev.askbar.core.sql;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Rows a read-only query returned, capped. Cells hold the Java value {@link ValueKind} names,
 * or {@code null} for SQL NULL.
 *
 * @param truncated true when the database had more rows than the cap
 */
public record QueryResult(List<ResultColumn> columns, List<List<Object>> rows, boolean truncated) {

    public QueryResult {
        columns = List.copyOf(columns);
        List<List<Object>> copy = new ArrayList<>(rows.size());
        for (List<Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException(
                        "row has " + row.size() + " cells for " + columns.size() + " columns");
            }
            copy.add(Collections.unmodifiableList(Arrays.asList(row.toArray())));
        }
        rows = Collections.unmodifiableList(copy);
    }

    public int rowCount() {
        return rows.size();
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** One row of one column: an answer that reads best as a single number or word. */
    public boolean isSingleValue() {
        return columns.size() == 1 && rows.size() == 1;
    }
}
