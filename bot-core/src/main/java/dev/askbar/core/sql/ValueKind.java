package dev.askbar.core.sql;

/** The shape of a result column's values, which decides alignment, formatting and chart axes. */
public enum ValueKind {
    /** Java {@code Long}: smallint, integer, bigint. */
    INTEGER,
    /** Java {@code BigDecimal}: numeric and money. */
    DECIMAL,
    /** Java {@code Double}. */
    FLOAT,
    /** Java {@code Boolean}. */
    BOOLEAN,
    /** Java {@code LocalDate}. */
    DATE,
    /** Java {@code LocalDateTime}. */
    TIMESTAMP,
    /** Java {@code OffsetDateTime}. */
    TIMESTAMP_TZ,
    /** Java {@code LocalTime}. */
    TIME,
    /** Java {@code String}. */
    TEXT,
    /** Java {@code String} holding JSON. */
    JSON,
    /** Java {@code String} in PostgreSQL's array literal form, e.g. {@code {a,b}}. */
    ARRAY,
    /** Java {@code String}: uuid, interval, inet and anything else. */
    OTHER;

    public boolean isNumeric() {
        return this == INTEGER || this == DECIMAL || this == FLOAT;
    }

    public boolean isTemporal() {
        return this == DATE || this == TIMESTAMP || this == TIMESTAMP_TZ;
    }
}
