package dev.askbar.app;

/** AskBar cannot start; the message is one sentence saying what is wrong and what to do. */
final class StartupException extends RuntimeException {
    StartupException(String message, Throwable cause) {
        super(message, cause);
    }
}
