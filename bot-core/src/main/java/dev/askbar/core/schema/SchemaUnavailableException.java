package dev.askbar.core.schema;

import java.sql.SQLException;

/** The database could not be asked what it holds. */
public final class SchemaUnavailableException extends RuntimeException {
    public SchemaUnavailableException(SQLException cause) {
        super("could not read the schema: " + cause.getMessage(), cause);
    }
}
