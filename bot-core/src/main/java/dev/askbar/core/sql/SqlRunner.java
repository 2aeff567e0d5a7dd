package dev.askbar.core.sql;

import dev.askbar.core.config.HiddenColumns;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one {@link GuardedSql} (layers 2 and 4 of SQL safety): inside a READ ONLY transaction with statement,
 * lock and idle timeouts, always rolled back; with the search path set to pg_catalog and the allowed schemas
 * only, so an unqualified name cannot resolve elsewhere whatever the role's own search path says; refused
 * when it opens a relation outside those schemas ({@link OpenedRelations}); and capped inside the database
 * ({@link CappedQuery}): at most {@code maxRows} rows (one more to know the result was cut), cells cut at
 * {@code maxCellChars}, fewer characters per cell for very wide rows, and reading stops past {@code maxBytes}
 * characters. Whatever the query asks for, AskBar holds a few megabytes of it at most; on data connections
 * made through {@link BoundedReplies}, error messages too.
 */
public final class SqlRunner {
    private static final Logger log = LoggerFactory.getLogger(SqlRunner.class);

    /** Characters one row may bring; wide rows get shorter cells so that 1,600 columns stay small too. */
    private static final int ROW_CHARS = 64_000;
    /** Characters one round trip may bring; the driver holds a whole fetch in memory. */
    private static final int FETCH_CHARS = 1_000_000;

    private static final int MIN_CELL_CHARS = 32;
    /** Text width of the typed values that pass uncut (a timestamp with zone is the longest). */
    private static final int TYPED_CHARS = 40;

    private final DataSource dataSource;
    private final int maxRows;
    private final Duration statementTimeout;
    private final int maxCellChars;
    private final long maxBytes;
    private final HiddenColumns hidden;
    private final SharedRuns shared = new SharedRuns();

    public SqlRunner(DataSource dataSource, int maxRows, Duration statementTimeout) {
        this(dataSource, maxRows, statementTimeout, 2000, 4L * 1024 * 1024);
    }

    public SqlRunner(DataSource dataSource, int maxRows, Duration statementTimeout, int maxCellChars, long maxBytes) {
        this(dataSource, maxRows, statementTimeout, maxCellChars, maxBytes, HiddenColumns.none());
    }

    /** @param hidden columns no answer may carry ({@code ASKBAR_HIDDEN_COLUMNS}) */
    public SqlRunner(DataSource dataSource, int maxRows, Duration statementTimeout, HiddenColumns hidden) {
        this(dataSource, maxRows, statementTimeout, 2000, 4L * 1024 * 1024, hidden);
    }

    SqlRunner(
            DataSource dataSource,
            int maxRows,
            Duration statementTimeout,
            int maxCellChars,
            long maxBytes,
            HiddenColumns hidden) {
        this.hidden = hidden;
        this.dataSource = dataSource;
        this.maxRows = maxRows;
        this.statementTimeout = statementTimeout;
        this.maxCellChars = maxCellChars;
        this.maxBytes = maxBytes;
    }

    /** Runs the statement, or waits for an identical one already running and shares its rows ({@link SharedRuns}). */
    public QueryResult run(GuardedSql sql) throws SqlFailedException {
        return shared.run(sql, () -> runAlone(sql));
    }

    private QueryResult runAlone(GuardedSql sql) throws SqlFailedException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            c.setReadOnly(true);
            try (Statement s = c.createStatement()) {
                long ms = statementTimeout.toMillis();
                // SET LOCAL lasts until the rollback below, so a pooled connection never keeps these settings;
                // one round trip sets them all
                s.execute("SET TRANSACTION READ ONLY; SET LOCAL statement_timeout = " + ms
                        + "; SET LOCAL lock_timeout = " + Math.min(ms, 2000)
                        + "; SET LOCAL idle_in_transaction_session_timeout = " + (ms + 5000)
                        + "; SET LOCAL search_path = " + searchPath(sql.schemas()));
                List<ResultColumn> columns = describe(c, sql, hidden);
                int cellChars = cellChars(columns.size());
                String capped = CappedQuery.wrap(sql.text(), columns, cellChars, maxRows);
                s.setMaxRows(maxRows + 1);
                s.setFetchSize(fetchSize(columns, cellChars));
                try (ResultSet rs = s.executeQuery(capped)) {
                    return read(rs, columns, cellChars);
                }
            } finally {
                // a reply over the BoundedReplies limit leaves the connection closed: nothing to roll back
                if (!c.isClosed()) {
                    c.rollback();
                    c.setAutoCommit(true);
                }
            }
        } catch (SQLException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof BoundedReplies.MessageTooLarge tooLarge) {
                    log.warn("query failed: {}", tooLarge.getMessage());
                    throw new SqlFailedException("54000", tooLarge.getMessage(), e);
                }
            }
            String state = e.getSQLState() == null ? "" : e.getSQLState();
            log.info("query failed ({}): {}", state, firstLine(e.getMessage()));
            throw new SqlFailedException(state, firstLine(e.getMessage()), e);
        }
    }

    /** pg_catalog first, so a function in an allowed schema cannot stand in for a built-in; pg_temp last. */
    private static String searchPath(Set<String> schemas) {
        String allowed = schemas.stream().sorted().map(Identifiers::quote).collect(Collectors.joining(", "));
        return "pg_catalog" + (allowed.isEmpty() ? "" : ", " + allowed) + ", pg_temp";
    }

    /**
     * The statement's columns, from running it under {@code LIMIT 0}: no row is produced, but the server
     * parses it, which locks every relation it reads; those are checked before anything else (the driver's own
     * type lookups, which read catalogs, come after). A plain statement rather than a prepared one, because
     * the driver would take the jsonb operators {@code ?}, {@code ?|} and {@code ?&} for parameters.
     */
    private static List<ResultColumn> describe(Connection c, GuardedSql sql, HiddenColumns hidden)
            throws SQLException, SqlFailedException {
        try (Statement s = c.createStatement();
                ResultSet empty = s.executeQuery("SELECT * FROM (\n" + sql.text() + "\n) AS q LIMIT 0")) {
            Optional<String> outsider = OpenedRelations.outsider(c, sql.schemas());
            if (outsider.isPresent()) {
                log.warn("query refused: it reads {}, outside the allowed schemas", outsider.get());
                throw SqlFailedException.refused(
                        "it reads " + outsider.get() + ", outside the schemas questions may use");
            }
            ResultSetMetaData md = empty.getMetaData();
            if (!hidden.isEmpty()) {
                Optional<String> why = HiddenAccess.refusal(c, sql.text(), md, hidden);
                if (why.isPresent()) {
                    log.warn("query refused: {}", why.get());
                    throw SqlFailedException.refused(why.get());
                }
            }
            int n = md.getColumnCount();
            List<ResultColumn> columns = new ArrayList<>(n);
            for (int i = 1; i <= n; i++) {
                String type = md.getColumnTypeName(i);
                columns.add(new ResultColumn(md.getColumnLabel(i), type, kind(md.getColumnType(i), type)));
            }
            return columns;
        }
    }

    private int cellChars(int columnCount) {
        return Math.max(MIN_CELL_CHARS, Math.min(maxCellChars, ROW_CHARS / Math.max(1, columnCount)));
    }

    private int fetchSize(List<ResultColumn> columns, int cellChars) {
        long rowChars = 16;
        for (ResultColumn column : columns) {
            rowChars += CappedQuery.passesTyped(column) ? TYPED_CHARS : cellChars + 1;
        }
        return (int) Math.max(1, Math.min(maxRows + 1L, Math.min(500, FETCH_CHARS / rowChars)));
    }

    private QueryResult read(ResultSet rs, List<ResultColumn> columns, int cellChars) throws SQLException {
        int n = columns.size();
        List<List<Object>> rows = new ArrayList<>();
        boolean truncated = false;
        long chars = 0;
        while (rs.next()) {
            if (rows.size() == maxRows || chars > maxBytes) {
                truncated = true;
                break;
            }
            List<Object> row = new ArrayList<>(n);
            for (int i = 1; i <= n; i++) {
                ResultColumn column = columns.get(i - 1);
                Object v = CappedQuery.passesTyped(column)
                        ? typed(rs, i, column.kind())
                        : text(rs.getString(i), column, cellChars);
                chars += v == null ? 4 : v.toString().length();
                row.add(v);
            }
            rows.add(row);
        }
        return new QueryResult(columns, rows, truncated);
    }

    private static Object typed(ResultSet rs, int i, ValueKind kind) throws SQLException {
        return switch (kind) {
            case INTEGER -> {
                long l = rs.getLong(i);
                yield rs.wasNull() ? null : l;
            }
            case FLOAT -> {
                double d = rs.getDouble(i);
                yield rs.wasNull() ? null : d;
            }
            case BOOLEAN -> {
                boolean b = rs.getBoolean(i);
                yield rs.wasNull() ? null : b;
            }
            case DATE -> rs.getObject(i, LocalDate.class);
            case TIMESTAMP -> rs.getObject(i, LocalDateTime.class);
            case TIMESTAMP_TZ -> rs.getObject(i, OffsetDateTime.class);
            case TIME -> rs.getObject(i, LocalTime.class);
            default -> rs.getString(i);
        };
    }

    /**
     * A value that came as cut text. Numerics become {@link BigDecimal} again (NaN and the infinities, which
     * BigDecimal cannot hold, become the double of that name); a value longer than the cap keeps its first
     * {@code cellChars} characters and an ellipsis.
     */
    private static Object text(String s, ResultColumn column, int cellChars) {
        if (s == null) {
            return null;
        }
        if (s.length() > cellChars) {
            return s.substring(0, cellChars) + "…";
        }
        if (column.kind() == ValueKind.DECIMAL) {
            return switch (s) {
                case "NaN" -> Double.NaN;
                case "Infinity" -> Double.POSITIVE_INFINITY;
                case "-Infinity" -> Double.NEGATIVE_INFINITY;
                default -> new BigDecimal(s);
            };
        }
        return s;
    }

    static ValueKind kind(int jdbcType, String typeName) {
        String t = typeName == null ? "" : typeName.toLowerCase(Locale.ROOT);
        if (t.startsWith("_")) {
            return ValueKind.ARRAY;
        }
        return switch (jdbcType) {
            case Types.SMALLINT, Types.INTEGER, Types.BIGINT, Types.TINYINT -> ValueKind.INTEGER;
            case Types.NUMERIC, Types.DECIMAL -> ValueKind.DECIMAL;
            case Types.REAL, Types.FLOAT, Types.DOUBLE -> t.equals("money") ? ValueKind.DECIMAL : ValueKind.FLOAT;
            // bit(n) and varbit report BIT too, but only bool reads as a boolean
            case Types.BOOLEAN, Types.BIT -> t.equals("bool") ? ValueKind.BOOLEAN : ValueKind.OTHER;
            case Types.DATE -> ValueKind.DATE;
            case Types.TIMESTAMP -> t.equals("timestamptz") ? ValueKind.TIMESTAMP_TZ : ValueKind.TIMESTAMP;
            case Types.TIMESTAMP_WITH_TIMEZONE -> ValueKind.TIMESTAMP_TZ;
            case Types.TIME, Types.TIME_WITH_TIMEZONE -> ValueKind.TIME;
            case Types.ARRAY -> ValueKind.ARRAY;
            case Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.NCHAR, Types.NVARCHAR -> ValueKind.TEXT;
            default ->
                t.equals("json") || t.equals("jsonb")
                        ? ValueKind.JSON
                        : t.equals("text") || t.equals("name") ? ValueKind.TEXT : ValueKind.OTHER;
        };
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
