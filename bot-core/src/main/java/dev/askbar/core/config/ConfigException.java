package dev.askbar.core.config;

/** A setting is missing or malformed. The message names the variable and what it expects, never its value. */
public final class ConfigException extends RuntimeException {
    private final String variable;

    public ConfigException(String variable, String expectation) {
        super(variable + " " + expectation);
        this.variable = variable;
    }

    public String variable() {
        return variable;
    }
}
