package dev.askbar.core.store;

/** An earlier question in a conversation and the SQL that answered it. */
public record Turn(String question, String sql) {
}
