package dev.askbar.core.schema;

import java.util.List;

/** A foreign key from some columns of one table to a key of another. */
public record ForeignKey(List<String> columns, String targetSchema, String targetTable, List<String> targetColumns) {
    public ForeignKey {
        columns = List.copyOf(columns);
        targetColumns = List.copyOf(targetColumns);
    }
}
