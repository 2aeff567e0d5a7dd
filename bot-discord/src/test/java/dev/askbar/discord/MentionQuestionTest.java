package dev.askbar.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MentionQuestionTest {
    private static final String SELF = "800000000000000001";
    private static final String BOT_ROLE = "800000000000000077";
    private final ReplyChains chains = new ReplyChains();

    private static MentionQuestion.Incoming message(String content, Set<String> users, Set<String> roles, String id) {
        return new MentionQuestion.Incoming(content, false, users, roles, id, Optional.empty(), Optional.empty());
    }

    @Test
    void userMentionOfTheBotBecomesTheQuestionWithoutTheMention() {
        var m = MentionQuestion.read(
                message("<@" + SELF + "> how many orders ¿cuántos? 🚀", Set.of(SELF), Set.of(), "10"),
                SELF,
                Optional.of(BOT_ROLE),
                chains);
        assertThat(m).contains(new MentionQuestion("how many orders ¿cuántos? 🚀", "discord:chain:10"));
    }

    @Test
    void nicknameMentionAndManagedRoleMentionCountToo() {
        assertThat(MentionQuestion.read(
                                message("<@!" + SELF + "> top customers", Set.of(SELF), Set.of(), "11"),
                                SELF,
                                Optional.empty(),
                                chains)
                        .map(MentionQuestion::text))
                .contains("top customers");
        assertThat(MentionQuestion.read(
                                message("<@&" + BOT_ROLE + "> orders per month", Set.of(), Set.of(BOT_ROLE), "12"),
                                SELF,
                                Optional.of(BOT_ROLE),
                                chains)
                        .map(MentionQuestion::text))
                .contains("orders per month");
    }

    @Test
    void everyoneHereAndOtherRolesAreIgnored() {
        assertThat(MentionQuestion.read(
                        message("@everyone standup in 5", Set.of(), Set.of(), "13"),
                        SELF,
                        Optional.of(BOT_ROLE),
                        chains))
                .isEmpty();
        assertThat(MentionQuestion.read(
                        message("<@&42> please review", Set.of(), Set.of("42"), "14"),
                        SELF,
                        Optional.of(BOT_ROLE),
                        chains))
                .isEmpty();
        assertThat(MentionQuestion.read(
                        message("<@77> hi", Set.of("77"), Set.of(), "15"), SELF, Optional.of(BOT_ROLE), chains))
                .isEmpty();
    }

    @Test
    void botsAreNeverAnswered() {
        var fromBot = new MentionQuestion.Incoming(
                "<@" + SELF + "> loop?", true, Set.of(SELF), Set.of(), "16", Optional.empty(), Optional.empty());
        assertThat(MentionQuestion.read(fromBot, SELF, Optional.empty(), chains))
                .isEmpty();
    }

    @Test
    void onlyAMentionGivesAnEmptyQuestion() {
        assertThat(MentionQuestion.read(
                                message("<@" + SELF + ">  ", Set.of(SELF), Set.of(), "17"),
                                SELF,
                                Optional.empty(),
                                chains)
                        .map(MentionQuestion::text))
                .contains("");
    }

    @Test
    void threadIsTheConversation() {
        var inThread = new MentionQuestion.Incoming(
                "<@" + SELF + "> and last year?",
                false,
                Set.of(SELF),
                Set.of(),
                "18",
                Optional.of("5000"),
                Optional.empty());
        assertThat(MentionQuestion.read(inThread, SELF, Optional.empty(), chains)
                        .map(MentionQuestion::conversation))
                .contains("discord:thread:5000");
    }

    @Test
    void replyToTheBotsAnswerContinuesTheQuestionsConversation() {
        MentionQuestion first = MentionQuestion.read(
                        message("<@" + SELF + "> orders by status", Set.of(SELF), Set.of(), "20"),
                        SELF,
                        Optional.empty(),
                        chains)
                .orElseThrow();
        chains.remember("21", first.conversation()); // the bot's answer, posted as a reply to message 20
        // replying to the bot pings it, so the bot is a user mention even without "<@id>" in the text
        var followUp = new MentionQuestion.Incoming(
                "and only cancelled ones?", false, Set.of(SELF), Set.of(), "22", Optional.empty(), Optional.of("21"));
        MentionQuestion second =
                MentionQuestion.read(followUp, SELF, Optional.empty(), chains).orElseThrow();
        assertThat(second.conversation()).isEqualTo(first.conversation()).isEqualTo("discord:chain:20");
        assertThat(second.text()).isEqualTo("and only cancelled ones?");
        var third = new MentionQuestion.Incoming(
                "<@" + SELF + "> per month?", false, Set.of(SELF), Set.of(), "23", Optional.empty(), Optional.of("22"));
        assertThat(MentionQuestion.read(third, SELF, Optional.empty(), chains)
                        .orElseThrow()
                        .conversation())
                .isEqualTo("discord:chain:20");
    }

    @Test
    void roleMentionWithoutContentIsRecognisedAsHidden() {
        var hidden = MentionQuestion.read(
                        message("", Set.of(), Set.of(BOT_ROLE), "30"), SELF, Optional.of(BOT_ROLE), chains)
                .orElseThrow();
        assertThat(hidden.contentHidden()).isTrue();
        assertThat(hidden.text()).isEmpty();
        var typed = MentionQuestion.read(
                        message("<@&" + BOT_ROLE + ">", Set.of(), Set.of(BOT_ROLE), "31"),
                        SELF,
                        Optional.of(BOT_ROLE),
                        chains)
                .orElseThrow();
        assertThat(typed.contentHidden())
                .as("the text arrived: it was only the mention")
                .isFalse();
        var user = MentionQuestion.read(
                        message("", Set.of(SELF), Set.of(BOT_ROLE), "32"), SELF, Optional.of(BOT_ROLE), chains)
                .orElseThrow();
        assertThat(user.contentHidden())
                .as("a user mention always carries its text")
                .isFalse();
    }
}
