package dev.askbar.discord;

import java.util.Locale;
import java.util.Optional;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.emoji.Emoji;

/**
 * The buttons under an answer, and under the examples an admin reviews. A button id holds 100 characters, so it
 * carries only the action and a short id: the answer's archive id ("askbar:sql:3fa9c01b22de"; the SQL, the CSV
 * and the audit id stay server-side) or an example's number ("askbar:approve:12").
 */
final class ButtonIds {
    private static final String PREFIX = "askbar:";

    enum Action {
        SQL,
        CSV,
        UP,
        DOWN,
        APPROVE,
        REJECT;

        boolean reviewsAnExample() {
            return this == APPROVE || this == REJECT;
        }
    }

    /** A pressed button, read back from its id; {@code answerId} is the example's number for a review button. */
    record Pressed(Action action, String answerId) {
        /** The example a review button is about; empty for a forged id. */
        Optional<Long> exampleId() {
            try {
                return Optional.of(Long.parseLong(answerId));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
    }

    private ButtonIds() {}

    static String id(Action action, String answerId) {
        return PREFIX + action.name().toLowerCase(Locale.ROOT) + ":" + answerId;
    }

    static Optional<Pressed> parse(String componentId) {
        if (componentId == null || !componentId.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String[] parts = componentId.substring(PREFIX.length()).split(":", 2);
        if (parts.length != 2 || parts[1].isBlank()) {
            return Optional.empty();
        }
        for (Action a : Action.values()) {
            if (a.name().equalsIgnoreCase(parts[0])) {
                return Optional.of(new Pressed(a, parts[1]));
            }
        }
        return Optional.empty();
    }

    static Button showSql(String answerId) {
        return Button.secondary(id(Action.SQL, answerId), "Show SQL");
    }

    static Button csv(String answerId) {
        return Button.secondary(id(Action.CSV, answerId), "CSV");
    }

    static Button up(String answerId) {
        return Button.secondary(id(Action.UP, answerId), Emoji.fromUnicode("👍"));
    }

    static Button down(String answerId) {
        return Button.secondary(id(Action.DOWN, answerId), Emoji.fromUnicode("👎"));
    }

    static Button approve(long exampleId) {
        return Button.success(id(Action.APPROVE, Long.toString(exampleId)), "Approve " + exampleId);
    }

    static Button reject(long exampleId) {
        return Button.danger(id(Action.REJECT, Long.toString(exampleId)), "Reject " + exampleId);
    }
}
