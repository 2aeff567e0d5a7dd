package dev.askbar.core.sql;

import dev.askbar.core.config.HiddenColumns;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postgresql.PGResultSetMetaData;

/**
 * Keeps {@code ASKBAR_HIDDEN_COLUMNS} out of answers, after the statement was described (so the relations it reads
 * are known and locked, see {@link OpenedRelations}). A hidden table is refused outright. For a table with hidden
 * columns, the statement may not name a hidden column, bring one back through {@code *}, or use the table's whole
 * row as a value ({@code row_to_json(u)}, {@code u::text}, {@code SELECT u}), which would carry every column.
 * This is defence in depth: the database's own column privileges are the hard guarantee (docs/security.md).
 */
final class HiddenAccess {
    /** Every relation this transaction opened (outside pg_catalog) with its columns, in one round trip. */
    private static final String OPENED_COLUMNS = "SELECT n.nspname, c.relname, a.attname FROM pg_catalog.pg_locks l"
            + " JOIN pg_catalog.pg_class c ON c.oid = l.relation"
            + " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
            + " LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped"
            + " WHERE l.pid = pg_catalog.pg_backend_pid() AND l.locktype = 'relation' AND n.nspname <> 'pg_catalog'";

    private static final Pattern STRINGS_AND_COMMENTS =
            Pattern.compile("'(?:[^']|'')*'|--[^\\n]*|/\\*.*?\\*/", Pattern.DOTALL);
    private static final Pattern TOKEN = Pattern.compile("\"((?:[^\"]|\"\")+)\"|([\\p{L}_][\\p{L}\\p{N}_$]*)|(\\S)");
    private static final Set<String> CLAUSES = Set.of(
            "select",
            "from",
            "join",
            "where",
            "on",
            "using",
            "group",
            "order",
            "having",
            "window",
            "limit",
            "offset",
            "returning",
            "values");
    private static final Set<String> STAR_LISTS = Set.of("select", ",", ".", "distinct", "all");
    private static final Set<String> NOT_AN_ALIAS = Set.of(
            "where",
            "join",
            "inner",
            "left",
            "right",
            "full",
            "cross",
            "natural",
            "on",
            "using",
            "group",
            "order",
            "limit",
            "offset",
            "union",
            "intersect",
            "except",
            "window",
            "having",
            "fetch",
            "for",
            "tablesample",
            "lateral",
            "as",
            "with",
            "select",
            "from");

    private HiddenAccess() {}

    private record Table(String schema, String name, Set<String> hiddenColumns, Set<String> allColumns) {}

    /** Why the statement may not run, in words for the asker's error; empty when it keeps hidden columns hidden. */
    static Optional<String> refusal(Connection c, String sql, ResultSetMetaData result, HiddenColumns hidden)
            throws SQLException {
        List<Table> tables = opened(c, hidden);
        for (Table t : tables) {
            if (hidden.hidesTable(t.schema(), t.name())) {
                return Optional.of("it reads " + t.schema() + "." + t.name()
                        + ", which ASKBAR_HIDDEN_COLUMNS keeps from questions");
            }
        }
        List<Table> withHidden =
                tables.stream().filter(t -> !t.hiddenColumns().isEmpty()).toList();
        if (withHidden.isEmpty()) {
            return Optional.empty();
        }
        PGResultSetMetaData base = result.unwrap(PGResultSetMetaData.class);
        for (int i = 1; i <= result.getColumnCount(); i++) {
            String schema = base.getBaseSchemaName(i);
            String table = base.getBaseTableName(i);
            String column = base.getBaseColumnName(i);
            if (!column.isEmpty() && hidden.hides(schema, table, column)) {
                return Optional.of("its result includes " + table + "." + column
                        + ", which ASKBAR_HIDDEN_COLUMNS keeps from answers");
            }
            String type = result.getColumnTypeName(i).toLowerCase(Locale.ROOT).replaceFirst("^_", "");
            for (Table t : withHidden) {
                if (type.equals(t.name().toLowerCase(Locale.ROOT))) {
                    return Optional.of("it returns whole rows of " + t.name()
                            + ", which has columns ASKBAR_HIDDEN_COLUMNS keeps from answers");
                }
            }
        }
        return textRefusal(sql, withHidden);
    }

    /**
     * PostgreSQL reads a bare name as a column when one has that name, else as the whole row of the FROM item so
     * named; so a table's name or alias used as a value, outside the FROM list, is its whole row.
     */
    private static Optional<String> textRefusal(String sql, List<Table> withHidden) {
        List<String> tokens = tokens(sql);
        Set<String> hiddenNames = new HashSet<>();
        Set<String> columns = new HashSet<>();
        Set<String> tableNames = new HashSet<>();
        for (Table t : withHidden) {
            hiddenNames.addAll(t.hiddenColumns());
            columns.addAll(t.allColumns());
            tableNames.add(t.name().toLowerCase(Locale.ROOT));
        }
        Set<String> rowNames = new HashSet<>(tableNames);
        Set<Integer> definitions = new HashSet<>();
        String clause = "";
        for (int i = 0; i < tokens.size(); i++) {
            String tok = tokens.get(i);
            if (CLAUSES.contains(tok)) {
                clause = tok;
            }
            boolean inFromList = clause.equals("from") || clause.equals("join");
            if (inFromList
                    && tableNames.contains(tok)
                    && (i + 1 >= tokens.size() || !tokens.get(i + 1).equals("."))) {
                definitions.add(i);
                int alias = i + 1 < tokens.size() && tokens.get(i + 1).equals("as") ? i + 2 : i + 1;
                if (alias < tokens.size() && isWord(tokens.get(alias)) && !NOT_AN_ALIAS.contains(tokens.get(alias))) {
                    rowNames.add(tokens.get(alias));
                    definitions.add(alias);
                }
            }
        }
        for (int i = 0; i < tokens.size(); i++) {
            String tok = tokens.get(i);
            // "all columns" anywhere (a subquery's star reaches its outer query's whole rows too); count(*) is no list
            if (tok.equals("*") && i > 0 && STAR_LISTS.contains(tokens.get(i - 1))) {
                return Optional.of(
                        "it asks for all columns (*) of a table with columns ASKBAR_HIDDEN_COLUMNS keeps from"
                                + " answers; name the columns instead");
            }
            if (hiddenNames.contains(tok)) {
                return Optional.of("it uses the column " + tok + ", which ASKBAR_HIDDEN_COLUMNS keeps from answers");
            }
            if (!rowNames.contains(tok)
                    || definitions.contains(i)
                    || columns.contains(tok)
                    || (i > 0 && tokens.get(i - 1).equals("."))) {
                continue;
            }
            boolean qualifies = i + 1 < tokens.size() && tokens.get(i + 1).equals(".");
            boolean star =
                    qualifies && i + 2 < tokens.size() && tokens.get(i + 2).equals("*");
            if (!qualifies || star) {
                return Optional.of(
                        "it uses whole rows of a table with columns ASKBAR_HIDDEN_COLUMNS keeps from answers;"
                                + " name the columns instead");
            }
        }
        return Optional.empty();
    }

    private static boolean isWord(String token) {
        return !token.isEmpty() && (Character.isLetter(token.charAt(0)) || token.charAt(0) == '_');
    }

    /** Lower-cased words (quoted names as written), single punctuation characters; strings and comments dropped. */
    static List<String> tokens(String sql) {
        String text = STRINGS_AND_COMMENTS.matcher(sql).replaceAll(" ");
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            if (m.group(1) != null) {
                out.add(m.group(1).replace("\"\"", "\"").toLowerCase(Locale.ROOT));
            } else if (m.group(2) != null) {
                out.add(m.group(2).toLowerCase(Locale.ROOT));
            } else {
                out.add(m.group(3));
            }
        }
        return out;
    }

    private static List<Table> opened(Connection c, HiddenColumns hidden) throws SQLException {
        Map<String, Table> tables = new LinkedHashMap<>();
        try (PreparedStatement p = c.prepareStatement(OPENED_COLUMNS);
                ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                String schema = rs.getString(1);
                String name = rs.getString(2);
                Table t = tables.computeIfAbsent(
                        schema + "." + name, k -> new Table(schema, name, new HashSet<>(), new HashSet<>()));
                String column = rs.getString(3);
                if (column != null) {
                    t.allColumns().add(column.toLowerCase(Locale.ROOT));
                    if (hidden.hides(schema, name, column)) {
                        t.hiddenColumns().add(column.toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        return new ArrayList<>(tables.values());
    }
}
