package dev.askbar.core.schema;

import java.util.List;
import java.util.Optional;

/**
 * A table or view that questions may read.
 *
 * @param materialized a materialized view: its rows are as of its last refresh, not now
 */
public record TableInfo(
        String schema,
        String name,
        boolean view,
        Optional<String> comment,
        List<ColumnInfo> columns,
        List<String> primaryKey,
        List<ForeignKey> foreignKeys,
        long rowEstimate,
        boolean materialized) {
    public TableInfo {
        // one String per schema name, so the maps keyed by it compare references, not letters
        schema = schema.intern();
        columns = List.copyOf(columns);
        primaryKey = List.copyOf(primaryKey);
        foreignKeys = List.copyOf(foreignKeys);
    }

    public TableInfo(
            String schema,
            String name,
            boolean view,
            Optional<String> comment,
            List<ColumnInfo> columns,
            List<String> primaryKey,
            List<ForeignKey> foreignKeys,
            long rowEstimate) {
        this(schema, name, view, comment, columns, primaryKey, foreignKeys, rowEstimate, false);
    }

    /** Part of the primary key or of a foreign key: an identifier, not a value a question measures. */
    boolean keyColumn(String column) {
        return primaryKey.contains(column)
                || foreignKeys.stream().anyMatch(fk -> fk.columns().contains(column));
    }

    /**
     * By name only: tables are map keys throughout linking, and a record's own hash walks every column, comment and
     * sample value, which on a catalog of thousands of tables cost more than the linking itself. Equal tables have
     * equal names, so this agrees with {@link #equals}.
     */
    @Override
    public int hashCode() {
        return 31 * schema.hashCode() + name.hashCode();
    }

    /**
     * The order of {@link #qualifiedName()}s, without writing them: a catalog of thousands of tables is put in this
     * order once per snapshot, and ranking ties are broken by it.
     */
    static final java.util.Comparator<TableInfo> BY_QUALIFIED_NAME = (a, b) -> {
        int length = Math.min(a.schema.length() + 1 + a.name.length(), b.schema.length() + 1 + b.name.length());
        for (int i = 0; i < length; i++) {
            char x = a.charOfQualifiedName(i);
            char y = b.charOfQualifiedName(i);
            if (x != y) {
                return x - y;
            }
        }
        return (a.schema.length() + a.name.length()) - (b.schema.length() + b.name.length());
    };

    private char charOfQualifiedName(int i) {
        return i < schema.length()
                ? schema.charAt(i)
                : i == schema.length() ? '.' : name.charAt(i - schema.length() - 1);
    }

    public String qualifiedName() {
        return schema + "." + name;
    }
}
