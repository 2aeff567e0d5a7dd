package dev.askbar.core.sql;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
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

/**
 * Runs one already-guarded query: inside a READ ONLY transaction with statement, lock and idle timeouts,
 * always rolled back, reading at most {@code maxRows} rows (one more to know the result was cut), cells
 * cut at {@code maxCellChars} and the whole result at {@code maxBytes}.
 */
public final class SqlRunner {
    private static final Logger log = LoggerFactory.getLogger(SqlRunner.class);

    private final DataSource dataSource;
    private final int maxRows;
    private final Duration statementTimeout;
    private final int maxCellChars;
    private final long maxBytes;

    public SqlRunner(DataSource dataSource, int maxRows, Duration statementTimeout) {
        this(dataSource, maxRows, statementTimeout, 2000, 8L * 1024 * 1024);
    }

    public SqlRunner(DataSource dataSource, int maxRows, Duration statementTimeout, int maxCellChars, long maxBytes) {
        this.dataSource = dataSource;
        this.maxRows = maxRows;
        this.statementTimeout = statementTimeout;
        this.maxCellChars = maxCellChars;
        this.maxBytes = maxBytes;
    }

    public QueryResult run(String sql) throws SqlFailedException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            c.setReadOnly(true);
            try (Statement s = c.createStatement()) {
                long ms = statementTimeout.toMillis();
                // SET LOCAL lasts until the rollback below, so a pooled connection never keeps these settings
                s.execute("SET TRANSACTION READ ONLY");
                s.execute("SET LOCAL statement_timeout = " + ms);
                s.execute("SET LOCAL lock_timeout = " + Math.min(ms, 2000));
                s.execute("SET LOCAL idle_in_transaction_session_timeout = " + (ms + 5000));
                s.setMaxRows(maxRows + 1);
                s.setFetchSize(Math.min(maxRows + 1, 500));
                try (ResultSet rs = s.executeQuery(sql)) {
                    return read(rs);
                }
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            String state = e.getSQLState() == null ? "" : e.getSQLState();
            log.info("query failed ({}): {}", state, firstLine(e.getMessage()));
            throw new SqlFailedException(state, firstLine(e.getMessage()), e);
        }
    }

    private QueryResult read(ResultSet rs) throws SQLException {
        ResultSetMetaData md = rs.getMetaData();
        int n = md.getColumnCount();
        List<ResultColumn> columns = new ArrayList<>(n);
        for (int i = 1; i <= n; i++) {
            columns.add(new ResultColumn(md.getColumnLabel(i), md.getColumnTypeName(i), kind(md.getColumnType(i), md.getColumnTypeName(i))));
        }
        List<List<Object>> rows = new ArrayList<>();
        boolean truncated = false;
        long bytes = 0;
        while (rs.next()) {
            if (rows.size() == maxRows || bytes > maxBytes) {
                truncated = true;
                break;
            }
            List<Object> row = new ArrayList<>(n);
            for (int i = 1; i <= n; i++) {
                Object v = value(rs, i, columns.get(i - 1).kind());
                bytes += v == null ? 4 : v.toString().length();
                row.add(v);
            }
            rows.add(row);
        }
        return new QueryResult(columns, rows, truncated);
    }

    private Object value(ResultSet rs, int i, ValueKind kind) throws SQLException {
        Object v = switch (kind) {
            case INTEGER -> {
                long l = rs.getLong(i);
                yield rs.wasNull() ? null : l;
            }
            case DECIMAL -> rs.getBigDecimal(i);
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
        if (v instanceof String s && s.length() > maxCellChars) {
            return s.substring(0, maxCellChars) + "…";
        }
        return v;
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
            case Types.BOOLEAN, Types.BIT -> ValueKind.BOOLEAN;
            case Types.DATE -> ValueKind.DATE;
            case Types.TIMESTAMP -> t.equals("timestamptz") ? ValueKind.TIMESTAMP_TZ : ValueKind.TIMESTAMP;
            case Types.TIMESTAMP_WITH_TIMEZONE -> ValueKind.TIMESTAMP_TZ;
            case Types.TIME, Types.TIME_WITH_TIMEZONE -> ValueKind.TIME;
            case Types.ARRAY -> ValueKind.ARRAY;
            case Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.NCHAR, Types.NVARCHAR -> ValueKind.TEXT;
            default -> t.equals("json") || t.equals("jsonb") ? ValueKind.JSON
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
