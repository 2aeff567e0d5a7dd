package dev.askbar.core.sql;

/** A column of a query result: its label, the database type name and the Java shape of its values. */
public record ResultColumn(String name, String sqlType, ValueKind kind) {}
