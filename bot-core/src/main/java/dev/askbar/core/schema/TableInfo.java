package dev.askbar.core.schema;

import java.util.List;
import java.util.Optional;

/** A table or view that questions may read. */
public record TableInfo(String schema, String name, boolean view, Optional<String> comment, List<ColumnInfo> columns,
                        List<String> primaryKey, List<ForeignKey> foreignKeys, long rowEstimate) {
    public TableInfo {
        columns = List.copyOf(columns);
        primaryKey = List.copyOf(primaryKey);
        foreignKeys = List.copyOf(foreignKeys);
    }

    public String qualifiedName() {
        return schema + "." + name;
    }
}
