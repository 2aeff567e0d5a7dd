package dev.askbar.core.platform;

import java.util.Locale;
import java.util.Optional;

/**
 * The {@code /askbar} subcommands, the same on every platform. A platform only answers "is this person an admin
 * here"; which actions need an admin is decided here.
 */
public enum AskbarAction {
    HELP("help", false, "see help"),
    KEYS("keys", true, "see key status"),
    REFRESH("refresh", true, "refresh the schema and the cache"),
    EXAMPLES("examples", true, "review examples");

    private final String word;
    private final boolean adminOnly;
    private final String what;

    AskbarAction(String word, boolean adminOnly, String what) {
        this.word = word;
        this.adminOnly = adminOnly;
        this.what = what;
    }

    /** The subcommand as typed; empty or blank means help, anything unknown is empty. */
    public static Optional<AskbarAction> parse(String typed) {
        String w = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        if (w.isEmpty()) {
            return Optional.of(HELP);
        }
        for (AskbarAction a : values()) {
            if (a.word.equals(w)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    public String word() {
        return word;
    }

    public boolean adminOnly() {
        return adminOnly;
    }

    /** What the action lets one do, for the refusal sentence. */
    String what() {
        return what;
    }
}
