package dev.askbar.core.schema;

import dev.askbar.core.config.AskBarConfig;
import dev.askbar.core.config.HiddenColumns;
import dev.askbar.core.sql.Identifiers;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the database holds in the schemas questions may touch: tables, views, columns, keys, comments,
 * row estimates and common values. Read through the same read-only role that runs questions, so the
 * catalog never shows a table the questions could not read. Cached; re-read on an interval or on demand.
 */
public final class SchemaCatalog {
    private static final Logger log = LoggerFactory.getLogger(SchemaCatalog.class);

    // An unpopulated materialized view fails when read, so it is left out until REFRESHed. Partitions are left
    // out too: questions read the partitioned parent, which carries their keys (see KEYS).
    private static final String TABLES = """
            SELECT n.nspname, c.relname, c.relkind IN ('v','m') AS is_view,
                   obj_description(c.oid, 'pg_class') AS comment, GREATEST(c.reltuples, 0)::bigint AS estimate, c.oid,
                   c.relkind = 'm' AS materialized, c.relkind IN ('r','p') AS plain
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE c.relkind IN ('r','p','v','m','f') AND n.nspname = ANY (?)
              AND NOT c.relispartition AND has_table_privilege(c.oid, 'SELECT')
              AND (c.relkind <> 'm' OR c.relispopulated)
            ORDER BY n.nspname, c.relname""";
    /**
     * Names that relations of more than one of the schemas have, whether the catalog shows them or not: the prompt
     * writes such a table with its schema, since the search path would find the first schema's relation by the name
     * alone (a partition or a hidden table among them).
     */
    private static final String SHARED_NAMES = """
            SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE c.relkind IN ('r','p','v','m','f','S') AND n.nspname = ANY (?)
            GROUP BY c.relname HAVING count(*) > 1""";

    private static final String COLUMNS = """
            SELECT a.attrelid, a.attname, format_type(a.atttypid, a.atttypmod), NOT a.attnotnull,
                   col_description(a.attrelid, a.attnum)
            FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = ANY (?) AND a.attnum > 0 AND NOT a.attisdropped
            ORDER BY a.attrelid, a.attnum""";
    // Keys declared on a partition belong to its partitioned parent (the partition itself is not offered), and a
    // key pointing at a partition points at the parent. Copies PostgreSQL clones from a parent's own key onto
    // each partition (conparentid <> 0) are skipped; the same key declared on every partition is merged later.
    private static final String KEYS = """
            SELECT COALESCE(pg_partition_root(con.conrelid), con.conrelid)::oid, con.contype,
                   ARRAY(SELECT att.attname FROM unnest(con.conkey) WITH ORDINALITY k(num, ord)
                         JOIN pg_attribute att ON att.attrelid = con.conrelid AND att.attnum = k.num ORDER BY k.ord),
                   tn.nspname, tc.relname,
                   ARRAY(SELECT att.attname FROM unnest(con.confkey) WITH ORDINALITY k(num, ord)
                         JOIN pg_attribute att ON att.attrelid = con.confrelid AND att.attnum = k.num ORDER BY k.ord)
            FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_class tc ON tc.oid = COALESCE(pg_partition_root(con.confrelid), con.confrelid)
            LEFT JOIN pg_namespace tn ON tn.oid = tc.relnamespace
            WHERE n.nspname = ANY (?) AND con.contype IN ('p','f') AND con.conparentid = 0
            ORDER BY con.conrelid, con.conname""";
    // pg_stats only shows columns the current role may read, and costs nothing to query: the planner already
    // collected these values. Only short text values of low-cardinality columns are worth prompt tokens.
    private static final String COMMON_VALUES = """
            SELECT schemaname, tablename, attname, most_common_vals::text::text[]
            FROM pg_stats
            WHERE schemaname = ANY (?) AND most_common_vals IS NOT NULL
              AND n_distinct > 0 AND n_distinct <= 25""";
    /**
     * A table this small is a lookup (categories, genres, shippers, regions): questions name its values ("horror
     * movies", "shipped by Speedy Express"), so its labels are read to link such a question to it. pg_stats cannot
     * stand in: a column whose values are all distinct has no common values.
     */
    static final int LOOKUP_ROWS = 1000;
    /** Bounds the work of one refresh on a schema with very many small tables. */
    private static final int MAX_LOOKUP_TABLES = 500;

    private final DataSource dataSource;
    private final List<String> schemas;
    private final Duration maxAge;
    private final Clock clock;
    private final HiddenColumns hidden;
    private volatile List<String> elsewhere = List.of();
    private volatile SchemaSnapshot snapshot;
    private final AtomicBoolean refreshing = new AtomicBoolean();
    private volatile Instant lastFailure;

    /** After a background read failed, how long questions keep the old copy before one is tried again. */
    static final Duration RETRY_AFTER_FAILURE = Duration.ofSeconds(30);

    public SchemaCatalog(DataSource dataSource, List<String> schemas, Duration maxAge, Clock clock) {
        this(dataSource, schemas, maxAge, clock, HiddenColumns.none());
    }

    /** A catalog that never shows the columns {@code hidden} names, nor a table all of whose columns it hides. */
    public SchemaCatalog(
            DataSource dataSource, List<String> schemas, Duration maxAge, Clock clock, HiddenColumns hidden) {
        this.dataSource = dataSource;
        this.schemas = List.copyOf(schemas);
        this.maxAge = maxAge;
        this.clock = clock;
        this.hidden = hidden;
    }

    public List<String> schemas() {
        return schemas;
    }

    /**
     * The cached schema. Read now only the first time; once it is older than the refresh interval it is read again in
     * the background while questions keep the copy they have: on a schema of thousands of tables a read takes
     * seconds, which the question that found the copy stale (and every one behind it) used to wait for.
     */
    public SchemaSnapshot snapshot() {
        SchemaSnapshot current = snapshot;
        if (current == null) {
            return firstRead();
        }
        if (current.readAt().plus(maxAge).isBefore(clock.instant())) {
            refreshInBackground(current);
        }
        return current;
    }

    /** A question that comes while the warm-up reads waits for that read instead of making a second one. */
    private synchronized SchemaSnapshot firstRead() {
        return snapshot != null ? snapshot : refresh();
    }

    /**
     * Reads the schema and works out the linker's indexes of it in the background, so that a service's first question
     * does not wait for them (seconds on a catalog of thousands of tables). A failed read is only logged: the first
     * question reads again and tells its asker what is wrong.
     */
    public void warmUp() {
        inBackground("schema-warm-up", () -> {
            try {
                SchemaLinker.prepare(snapshot());
            } catch (RuntimeException e) {
                log.warn("schema not read at start, the first question will try again: {}", e.getMessage());
            }
        });
    }

    /** One read at a time, and after a failed one not again for a while: the database may be down. */
    private void refreshInBackground(SchemaSnapshot current) {
        Instant failed = lastFailure;
        if (failed != null && failed.plus(RETRY_AFTER_FAILURE).isAfter(clock.instant())) {
            return;
        }
        if (!refreshing.compareAndSet(false, true)) {
            return;
        }
        inBackground("schema-refresh", () -> {
            try {
                SchemaSnapshot fresh = read();
                SchemaLinker.prepare(fresh);
                publish(fresh);
                lastFailure = null;
            } catch (RuntimeException e) {
                lastFailure = clock.instant();
                log.warn(
                        "schema re-read failed, questions keep the schema read at {}: {}",
                        current.readAt(),
                        e.getMessage());
            } finally {
                refreshing.set(false);
            }
        });
    }

    /** A daemon thread: a read still going must not keep a stopping process alive. */
    private static void inBackground(String name, Runnable work) {
        Thread reader = new Thread(work, name);
        reader.setDaemon(true);
        reader.start();
    }

    /** A read published after a later one (an explicit refresh during a background read) does not replace it. */
    private synchronized void publish(SchemaSnapshot fresh) {
        if (snapshot == null || !snapshot.readAt().isAfter(fresh.readAt())) {
            snapshot = fresh;
        }
    }

    /**
     * The configured schemas as the database names them: a name as written, or else the one schema whose name differs
     * only in case ({@code Sales} for a schema created as {@code "Sales"}, or as {@code sales}), as the guard allows.
     */
    private List<String> resolved(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT nspname FROM pg_namespace WHERE lower(nspname) = lower(?) ORDER BY nspname <> ?, nspname")) {
            for (String name : schemas) {
                ps.setString(1, name);
                ps.setString(2, name);
                try (ResultSet rs = ps.executeQuery()) {
                    List<String> found = new ArrayList<>();
                    while (rs.next()) {
                        found.add(rs.getString(1));
                    }
                    // exact first; a case variant only when it is the only one
                    if (!found.isEmpty() && (found.get(0).equals(name) || found.size() == 1)) {
                        out.add(found.get(0));
                    }
                }
            }
        }
        return out;
    }

    /** Reads the schema now and makes it the one questions see. */
    public synchronized SchemaSnapshot refresh() {
        SchemaSnapshot fresh = read();
        publish(fresh);
        return fresh;
    }

    private synchronized SchemaSnapshot read() {
        long started = System.nanoTime();
        try (Connection c = dataSource.getConnection()) {
            Array schemaArray = c.createArrayOf("text", resolved(c).toArray());
            Map<Long, TableBuilder> tables = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement(TABLES)) {
                ps.setArray(1, schemaArray);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if (hidden.hidesTable(rs.getString(1), rs.getString(2))) {
                            continue;
                        }
                        tables.put(
                                rs.getLong(6),
                                new TableBuilder(
                                        rs.getString(1),
                                        rs.getString(2),
                                        rs.getBoolean(3),
                                        Optional.ofNullable(rs.getString(4)),
                                        rs.getLong(5),
                                        rs.getBoolean(7),
                                        rs.getBoolean(8)));
                    }
                }
            }
            Map<String, List<String>> commonValues = commonValues(c, schemaArray);
            try (PreparedStatement ps = c.prepareStatement(COLUMNS)) {
                ps.setArray(1, schemaArray);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        TableBuilder t = tables.get(rs.getLong(1));
                        String column = rs.getString(2);
                        if (t != null && !hidden.hides(t.schema, t.name, column)) {
                            String type = rs.getString(3);
                            Optional<String> comment = Optional.ofNullable(rs.getString(5));
                            // values of ids, amounts and dates teach the model nothing a type does not; labels do, and
                            // secrets or personal identifiers must never reach the model at all
                            boolean shareable = (textual(type) || json(type))
                                    && !SensitiveColumns.isSensitive(column, type, comment);
                            List<String> values = shareable
                                    ? commonValues.getOrDefault(t.schema + "." + t.name + "." + column, List.of())
                                    : List.of();
                            t.columns.add(new ColumnInfo(column, type, rs.getBoolean(4), comment, values));
                            t.shareable.add(shareable);
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
                        List<String> cols =
                                Arrays.asList((String[]) rs.getArray(3).getArray());
                        if ("p".equals(rs.getString(2))) {
                            if (t.primaryKey.isEmpty()) {
                                t.primaryKey.addAll(cols);
                            }
                        } else if (rs.getString(5) != null) {
                            ForeignKey fk =
                                    new ForeignKey(cols, rs.getString(4), rs.getString(5), Arrays.asList((String[])
                                            rs.getArray(6).getArray()));
                            // an arrow to a hidden table or column would name what the operator hid
                            boolean hiddenTarget = hidden.hidesTable(fk.targetSchema(), fk.targetTable())
                                    || fk.targetColumns().stream()
                                            .anyMatch(col -> hidden.hides(fk.targetSchema(), fk.targetTable(), col));
                            if (!t.foreignKeys.contains(fk) && !hidesAny(t, cols) && !hiddenTarget) {
                                t.foreignKeys.add(fk);
                            }
                        }
                    }
                }
            }
            int lookups = readLookupValues(c, tables.values());
            List<TableInfo> result = new ArrayList<>();
            for (TableBuilder t : tables.values()) {
                if (t.columns.isEmpty() && !hidden.isEmpty()) {
                    continue; // every column hidden: nothing left to ask about
                }
                List<String> key = hidesAny(t, t.primaryKey) ? List.of() : t.primaryKey;
                result.add(new TableInfo(
                        t.schema,
                        t.name,
                        t.view,
                        t.comment,
                        t.columns,
                        key,
                        t.foreignKeys,
                        t.estimate,
                        t.materialized));
            }
            SchemaSnapshot fresh = new SchemaSnapshot(result, clock.instant(), sharedNames(c, schemaArray));
            if (result.isEmpty()) {
                elsewhere = readableElsewhere(c);
                log.warn(
                        "schema: no table AskBar may read in {}{}",
                        String.join(",", schemas),
                        elsewhere.isEmpty()
                                ? "; grant the data role SELECT on the tables questions are about"
                                : "; tables it can read are in " + String.join(", ", elsewhere)
                                        + ": list those in ASKBAR_SCHEMAS");
            } else {
                elsewhere = List.of();
            }
            log.info(
                    "schema read in {} ms: {} tables in {}, labels of {} small tables",
                    (System.nanoTime() - started) / 1_000_000,
                    result.size(),
                    String.join(",", schemas),
                    lookups);
            return fresh;
        } catch (SQLException e) {
            throw new SchemaUnavailableException(e);
        }
    }

    /**
     * Every label of each small plain table's shareable text columns, as the columns' known values. Reads rows,
     * so only through the catalog's own role, each read bounded in rows, characters and time; a failure costs the
     * values, never the catalog. Tables the planner knows to be big are skipped; never-analyzed ones (no estimate) are
     * read too, since a lookup loaded with a few INSERTs stays under autovacuum's analyze threshold for good, and the
     * row limit tells a big one by its 1,001st row.
     */
    private static int readLookupValues(Connection c, java.util.Collection<TableBuilder> tables) {
        int read = 0;
        for (TableBuilder t : tables) {
            if (!t.plain || t.estimate > LOOKUP_ROWS || read >= MAX_LOOKUP_TABLES) {
                continue;
            }
            List<Integer> labels = new ArrayList<>();
            for (int i = 0; i < t.columns.size(); i++) {
                if (t.shareable.get(i)) {
                    labels.add(i);
                }
            }
            if (labels.isEmpty()) {
                continue;
            }
            read++;
            StringBuilder sql = new StringBuilder("SELECT ");
            for (int k = 0; k < labels.size(); k++) {
                // a label is at most 40 characters (printable): a longer value is cut just past that, then dropped
                ColumnInfo column = t.columns.get(labels.get(k));
                String name = Identifiers.quote(column.name());
                sql.append(k == 0 ? "" : ", ");
                if (json(column.type())) {
                    // names kept per language ({"en": "Moscow", "ru": "Москва"}): each translation is a label
                    String fn = column.type().equals("jsonb") ? "jsonb" : "json";
                    sql.append("(SELECT string_agg(left(e.v, 41), chr(31)) FROM ")
                            .append(fn)
                            .append("_each_text(CASE WHEN ")
                            .append(fn)
                            .append("_typeof(")
                            .append(name)
                            .append(") = 'object' THEN ")
                            .append(name)
                            .append(" END) AS e(k, v))");
                } else {
                    sql.append("left(").append(name).append("::text, 41)");
                }
            }
            sql.append(" FROM ")
                    .append(Identifiers.quote(t.schema))
                    .append('.')
                    .append(Identifiers.quote(t.name))
                    .append(" LIMIT ")
                    .append(LOOKUP_ROWS + 1);
            List<Set<String>> values = new ArrayList<>();
            labels.forEach(i -> values.add(new java.util.LinkedHashSet<>()));
            int rows = 0;
            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                ps.setQueryTimeout(2);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows++;
                        for (int k = 0; k < labels.size(); k++) {
                            String v = rs.getString(k + 1);
                            for (String label : v == null ? new String[0] : v.split("\u001f")) {
                                if (printable(label)) {
                                    values.get(k).add(label.strip());
                                }
                            }
                        }
                    }
                }
            } catch (SQLException e) {
                log.debug("lookup values of {}.{} unavailable: {}", t.schema, t.name, e.getMessage());
                continue;
            }
            if (rows > LOOKUP_ROWS) {
                continue; // grown since the last ANALYZE: not a lookup after all
            }
            for (int k = 0; k < labels.size(); k++) {
                ColumnInfo col = t.columns.get(labels.get(k));
                Set<String> known = new java.util.LinkedHashSet<>(col.sampleValues());
                known.addAll(values.get(k));
                t.columns.set(
                        labels.get(k),
                        new ColumnInfo(
                                col.name(),
                                col.type(),
                                col.nullable(),
                                col.comment(),
                                col.sampleValues(),
                                List.copyOf(known)));
            }
        }
        return read;
    }

    /**
     * When the allowed schemas hold nothing readable: the other schemas where the data role can read tables (most
     * tables first), so the operator learns what to put in {@code ASKBAR_SCHEMAS}. Empty after a refresh that found
     * tables.
     */
    public List<String> schemasWithTablesElsewhere() {
        return elsewhere;
    }

    private static Set<String> sharedNames(Connection c, Array schemas) throws SQLException {
        Set<String> out = new java.util.HashSet<>();
        try (PreparedStatement ps = c.prepareStatement(SHARED_NAMES)) {
            ps.setArray(1, schemas);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    private static List<String> readableElsewhere(Connection c) {
        try {
            List<String> all = List.copyOf(readableTables(c).keySet());
            return all.subList(0, Math.min(8, all.size()));
        } catch (SQLException e) {
            log.debug("other schemas unreadable: {}", e.getMessage());
            return List.of();
        }
    }

    /**
     * How many tables and views the connection's role may read in each schema, most first; PostgreSQL's own schemas
     * and AskBar's are left out, and so are names ASKBAR_SCHEMAS could not hold. For telling an operator where the data
     * is when ASKBAR_SCHEMAS holds none of it: the names are the database's, so only plain identifiers reach a log
     * line, a terminal or a suggested setting.
     */
    public static Map<String, Integer> readableTables(Connection c) throws SQLException {
        String sql = "SELECT table_schema, count(*) FROM information_schema.tables"
                + " WHERE table_schema NOT IN ('pg_catalog', 'information_schema', 'askbar')"
                + " AND table_schema NOT LIKE 'pg\\_%' GROUP BY table_schema ORDER BY count(*) DESC, table_schema";
        Map<String, Integer> out = new LinkedHashMap<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                if (AskBarConfig.isSchemaName(rs.getString(1))) {
                    out.put(rs.getString(1), rs.getInt(2));
                }
            }
        }
        return out;
    }

    private boolean hidesAny(TableBuilder t, List<String> columns) {
        return columns.stream().anyMatch(c -> hidden.hides(t.schema, t.name, c));
    }

    private static boolean json(String type) {
        return type.equals("jsonb") || type.equals("json");
    }

    private static boolean textual(String type) {
        return type.equals("text")
                || type.startsWith("character")
                || type.equals("citext")
                || !type.contains(" ")
                        && !type.matches(
                                "(?i)(small|big)?int.*|integer|numeric.*|real|double.*|boolean|date|time.*|uuid|jsonb?|bytea|.*\\[\\]");
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
                        if (printable(v) && shortValues.size() < 8) {
                            shortValues.add(v.strip());
                        }
                    }
                    if (!shortValues.isEmpty()) {
                        values.put(rs.getString(1) + "." + rs.getString(2) + "." + rs.getString(3), shortValues);
                    }
                }
            }
        } catch (SQLException e) {
            // a cast error on an exotic type must not cost the whole catalog; values are a bonus
            log.debug("common values unavailable: {}", e.getMessage());
        }
        return values;
    }

    /**
     * A value worth showing as a hint: short, not blank, and unable to break the prompt's {@code {a|b}} form or
     * start a new line in it (database values are untrusted text).
     */
    static boolean printable(String v) {
        return v != null
                && !v.isBlank()
                && v.length() <= 40
                && v.chars().noneMatch(ch -> ch < 0x20 || ch == 0x7f)
                && v.indexOf('|') < 0
                && v.indexOf('{') < 0
                && v.indexOf('}') < 0
                && v.indexOf('"') < 0;
    }

    private static final class TableBuilder {
        final String schema;
        final String name;
        final boolean view;
        final Optional<String> comment;
        final long estimate;
        final boolean materialized;
        final boolean plain;
        /** per column: text whose values may be read (not a secret, not a personal identifier) */
        final List<Boolean> shareable = new ArrayList<>();

        final List<ColumnInfo> columns = new ArrayList<>();
        final List<String> primaryKey = new ArrayList<>();
        final List<ForeignKey> foreignKeys = new ArrayList<>();

        TableBuilder(
                String schema,
                String name,
                boolean view,
                Optional<String> comment,
                long estimate,
                boolean materialized,
                boolean plain) {
            this.materialized = materialized;
            this.plain = plain;
            this.schema = schema;
            this.name = name;
            this.view = view;
            this.comment = comment;
            this.estimate = estimate;
        }
    }
}
