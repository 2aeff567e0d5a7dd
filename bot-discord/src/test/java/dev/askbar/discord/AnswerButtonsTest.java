package dev.askbar.discord;

import static org.assertj.core.api.Assertions.assertThat;

import net.dv8tion.jda.api.components.buttons.Button;
import org.junit.jupiter.api.Test;

class AnswerButtonsTest {

    @Test
    void buttonIdsRoundTripAndStayShort() {
        for (ButtonIds.Action action : ButtonIds.Action.values()) {
            String id = ButtonIds.id(action, "3fa9c01b22de");
            assertThat(id.length()).isLessThanOrEqualTo(Button.ID_MAX_LENGTH);
            assertThat(ButtonIds.parse(id)).contains(new ButtonIds.Pressed(action, "3fa9c01b22de"));
        }
    }

    @Test
    void foreignOrBrokenIdsAreIgnored() {
        assertThat(ButtonIds.parse("other-bot:sql:1")).isEmpty();
        assertThat(ButtonIds.parse("askbar:drop:1")).isEmpty();
        assertThat(ButtonIds.parse("askbar:sql:")).isEmpty();
        assertThat(ButtonIds.parse(null)).isEmpty();
    }
}
