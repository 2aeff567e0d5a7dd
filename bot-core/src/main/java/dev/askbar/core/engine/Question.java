package dev.askbar.core.engine;

import java.util.Optional;

/**
 * A question as an adapter received it.
 *
 * @param asker        platform user id (or the OS user in the terminal)
 * @param platform     "discord", "slack" or "terminal"
 * @param conversation thread or reply chain, so follow-ups keep context
 * @param useCache     false to write the SQL afresh ({@code --no-cache})
 */
public record Question(String text, String asker, String platform, Optional<String> conversation, boolean useCache) {

    public Question(String text, String asker, String platform, Optional<String> conversation) {
        this(text, asker, platform, conversation, true);
    }

    public static Question fromTerminal(String text) {
        return new Question(text, System.getProperty("user.name", "terminal"), "terminal", Optional.empty());
    }

    /** Asked at the terminal by whoever runs AskBar, who is not held to the chat users' limits. */
    public boolean fromLocalOperator() {
        return "terminal".equals(platform);
    }

    /** The same question, but the SQL is written afresh even if a cached one exists. */
    public Question withoutCache() {
        return new Question(text, asker, platform, conversation, false);
    }
}
