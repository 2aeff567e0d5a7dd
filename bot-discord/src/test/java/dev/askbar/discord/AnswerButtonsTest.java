package dev.askbar.discord;

import net.dv8tion.jda.api.components.buttons.Button;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AnswerButtonsTest {

    @Test
    void buttonIdsRoundTripAndStayShort() {
        for (AnswerButtons.Action action : AnswerButtons.Action.values()) {
            String id = AnswerButtons.id(action, "3fa9c01b22de");
            assertThat(id.length()).isLessThanOrEqualTo(Button.ID_MAX_LENGTH);
            assertThat(AnswerButtons.parse(id)).contains(new AnswerButtons.Pressed(action, "3fa9c01b22de"));
        }
    }

    @Test
    void foreignOrBrokenIdsAreIgnored() {
        assertThat(AnswerButtons.parse("other-bot:sql:1")).isEmpty();
        assertThat(AnswerButtons.parse("askbar:drop:1")).isEmpty();
        assertThat(AnswerButtons.parse("askbar:sql:")).isEmpty();
        assertThat(AnswerButtons.parse(null)).isEmpty();
    }
}
