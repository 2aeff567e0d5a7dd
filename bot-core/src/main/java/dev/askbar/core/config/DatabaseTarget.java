package dev.askbar.core.config;

import java.util.Optional;

/** Where a database is and who to log in as. */
public record DatabaseTarget(String jdbcUrl, String user, Optional<Secret> password) {

    public String passwordOrEmpty() {
        return password.map(Secret::reveal).orElse("");
    }

    @Override
    public String toString() {
        return "DatabaseTarget[" + jdbcUrl + " as " + user + "]";
    }
}
