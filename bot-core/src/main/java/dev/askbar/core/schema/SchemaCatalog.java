package dev.askbar.core.schema;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the database holds in the schemas questions may touch: tables, views, columns, keys, comments,
 * row estimates and common values. Read through the same read-only role that runs questions, so the
 * catalog never shows a table the questions could not read. Cached; re-read on an interval or on demand.
 */
public final class SchemaCatalog {
    private static final Logger log = LoggerFactory.getLogger(SchemaCatalog.class);

    private static final String TABLES = """
            SELECT n.nspname, c.relname, c.relkind IN ('v','m') AS is_view,
                   obj_description(c.oid, 'pg_class') AS comment, GREATEST(c.reltuples, 0)::bigint AS estimate, c.oid
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE c.relkind IN ('r','p','v','m','f') AND n.nspname = ANY (?)
              AND NOT c.relispartition AND has_table_privilege(c.oid, 'SELECT')
            ORDER BY n.nspname, c.relname""";
    private static final String COLUMNS = """
            SELECT a.attrelid, a.attname, format_type(a.atttypid, a.atttypmod), NOT a.attnotnull,
                   col_description(a.attrelid, a.attnum)
            FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = ANY (?) AND a.attnum > 0 AND NOT a.attisdropped
            ORDER BY a.attrelid, a.attnum""";
    private static final String KEYS = """
            SELECT con.conrelid, con.contype,
                   ARRAY(SELECT att.attname FROM unnest(con.conkey) WITH ORDINALITY k(num, ord)
                         JOIN pg_attribute att ON att.attrelid = con.conrelid AND att.attnum = k.num ORDER BY k.ord),
                   tn.nspname, tc.relname,
                   ARRAY(SELECT att.attname FROM unnest(con.confkey) WITH ORDINALITY k(num, ord)
                         JOIN pg_attribute att ON att.attrelid = con.confrelid AND att.attnum = k.num ORDER BY k.ord)
            FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_class tc ON tc.oid = con.confrelid LEFT JOIN pg_namespace tn ON tn.oid = tc.relnamespace
            WHERE n.nspname = ANY (?) AND con.contype IN ('p','f')
            ORDER BY con.conrelid, con.conname""";
    // pg_stats only shows columns the current role may read, and costs nothing to query: the planner already
    // collected these values. Only short text values of low-cardinality columns are worth prompt tokens.
    private static final String COMMON_VALUES = """
            SELECT schemaname, tablename, attname, most_common_vals::text::text[]
            FROM pg_stats
            WHERE schemaname = ANY (?) AND most_common_vals IS NOT NULL
              AND n_distinct > 0 AND n_distinct <= 25""";

    private final DataSource dataSource;
    private final List<String> schemas;
    private final Duration maxAge;
    private final Clock clock;
    private volatile SchemaSnapshot snapshot;

    public SchemaCatalog(DataSource dataSource, List<String> schemas, Duration maxAge, Clock clock) {
        this.dataSource = dataSource;
        this.schemas = List.copyOf(schemas);
        this.maxAge = maxAge;
        this.clock = clock;
    }

    public List<String> schemas() {
        return schemas;
    }

    /** The cached schema, re-read when older than the refresh interval. */
    public SchemaSnapshot snapshot() {
        SchemaSnapshot current = snapshot;
        if (current == null || current.readAt().plus(maxAge).isBefore(clock.instant())) {
            return refresh();
        }
        return current;
    }

    public synchronized SchemaSnapshot refresh() {
        long started = System.nanoTime();
        try (Connection c = dataSource.getConnection()) {
            Array schemaArray = c.createArrayOf("text", schemas.toArray());
            Map<Long, TableBuilder> tables = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement(TABLES)) {
                ps.setArray(1, schemaArray);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        tables.put(rs.getLong(6), new TableBuilder(rs.getString(1), rs.getString(2), rs.getBoolean(3),
                                Optional.ofNullable(rs.getString(4)), rs.getLong(5)));
                    }
                }
            }
            Map<String, List<String>> commonValues = commonValues(c, schemaArray);
            try (PreparedStatement ps = c.prepareStatement(COLUMNS)) {
                ps.setArray(1, schemaArray);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        TableBuilder t = tables.get(rs.getLong(1));
                        if (t != null) {
                            String column = rs.getString(2);
                            String type = rs.getString(3);
                            // values of ids, amounts and dates teach the model nothing a type does not; labels do
                            List<String> values = textual(type)
                                    ? commonValues.getOrDefault(t.schema + "." + t.name + "." + column, List.of()) : List.of();
                            t.columns.add(new ColumnInfo(column, type, rs.getBoolean(4), Optional.ofNullable(rs.getString(5)), values));
                        }
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement(KEYS)) {
                ps.setArray(1, schemaArray);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        TableBuilder t = tables.get(rs.getLong(1));
                        if (t == null) {
                            continue;
                        }
                        List<String> cols = Arrays.asList((String[]) rs.getArray(3).getArray());
                        if ("p".equals(rs.getString(2))) {
                            t.primaryKey.addAll(cols);
                        } else {
                            t.foreignKeys.add(new ForeignKey(cols, rs.getString(4), rs.getString(5),
                                    Arrays.asList((String[]) rs.getArray(6).getArray())));
                        }
                    }
                }
            }
            List<TableInfo> result = new ArrayList<>();
            for (TableBuilder t : tables.values()) {
                result.add(new TableInfo(t.schema, t.name, t.view, t.comment, t.columns, t.primaryKey, t.foreignKeys, t.estimate));
            }
            SchemaSnapshot fresh = new SchemaSnapshot(result, clock.instant());
            snapshot = fresh;
            log.info("schema read in {} ms: {} tables in {}", (System.nanoTime() - started) / 1_000_000,
                    result.size(), String.join(",", schemas));
            return fresh;
        } catch (SQLException e) {
            throw new SchemaUnavailableException(e);
        }
    }

    private static boolean textual(String type) {
        return type.equals("text") || type.startsWith("character") || type.equals("citext")
                || !type.contains(" ") && !type.matches("(?i)(small|big)?int.*|integer|numeric.*|real|double.*|boolean|date|time.*|uuid|jsonb?|bytea|.*\\[\\]");
    }

    private Map<String, List<String>> commonValues(Connection c, Array schemaArray) throws SQLException {
        Map<String, List<String>> values = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(COMMON_VALUES)) {
            ps.setArray(1, schemaArray);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Array array = rs.getArray(4);
                    if (array == null) {
                        continue;
                    }
                    List<String> shortValues = new ArrayList<>();
                    for (String v : (String[]) array.getArray()) {
                        if (v != null && v.length() <= 40 && shortValues.size() < 8) {
                            shortValues.add(v);
                        }
                    }
                    values.put(rs.getString(1) + "." + rs.getString(2) + "." + rs.getString(3), shortValues);
                }
            }
        } catch (SQLException e) {
            // a cast error on an exotic type must not cost the whole catalog; values are a bonus
            log.debug("common values unavailable: {}", e.getMessage());
        }
        return values;
    }

    private static final class TableBuilder {
        final String schema;
        final String name;
        final boolean view;
        final Optional<String> comment;
        final long estimate;
        final List<ColumnInfo> columns = new ArrayList<>();
        final List<String> primaryKey = new ArrayList<>();
        final List<ForeignKey> foreignKeys = new ArrayList<>();

        TableBuilder(String schema, String name, boolean view, Optional<String> comment, long estimate) {
            this.schema = schema;
            this.name = name;
            this.view = view;
            this.comment = comment;
            this.estimate = estimate;
        }
    }
}
