package dev.askbar.core.engine;

/** An earlier question in a conversation and the SQL that answered it. */
public record Turn(String question, String sql) {}
