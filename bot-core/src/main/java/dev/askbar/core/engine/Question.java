package dev.askbar.core.engine;

import java.util.Optional;

/**
 * A question as an adapter received it.
 *
 * @param asker        platform user id (or the OS user in the terminal)
 * @param platform     "discord", "slack" or "terminal"
 * @param conversation thread or reply chain, so follow-ups keep context
 */
public record Question(String text, String asker, String platform, Optional<String> conversation) {

    public static Question fromTerminal(String text) {
        return new Question(text, System.getProperty("user.name", "terminal"), "terminal", Optional.empty());
    }
}
