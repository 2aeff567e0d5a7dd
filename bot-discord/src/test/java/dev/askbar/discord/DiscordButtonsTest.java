package dev.askbar.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.askbar.core.platform.AskbarAction;
import dev.askbar.core.platform.Sentences;
import dev.askbar.discord.fake.FakeDiscord;
import dev.askbar.discord.fake.FakeDiscord.Person;
import dev.askbar.discord.fake.FakeDiscord.StoredMessage;
import dev.askbar.discord.fake.ShopAnswers;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Buttons end to end: CSV and SQL under an answer, and the admin's review of examples with its second admin check. */
@Timeout(90)
class DiscordButtonsTest {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String BY_STATUS =
            "SELECT status, count(*) AS orders FROM orders GROUP BY status ORDER BY status";

    private static FakeDiscord discord;
    private static ShopAnswers shop;
    private static DiscordAdapter adapter;
    private static Person admin;

    @BeforeAll
    static void connect() throws Exception {
        discord = FakeDiscord.start();
        shop = new ShopAnswers().answers("orders per status?", BY_STATUS, "Even.");
        adapter = new DiscordAdapter(
                shop.context,
                new DiscordAdapter.Settings(
                        "fake-token",
                        Set.of(discord.guildId),
                        DiscordAdmins.of(List.of()),
                        DiscordEndpoints.local(discord.restBaseUrl(), discord.gatewayUrl())));
        adapter.start();
        admin = new Person(FakeDiscord.snowflake(), "Ada", List.of(discord.adminRoleId));
    }

    @AfterAll
    static void disconnect() {
        if (adapter != null) {
            adapter.close();
        }
        if (shop != null) {
            shop.close();
        }
        if (discord != null) {
            discord.close();
        }
    }

    @AfterEach
    void nothingRefused() {
        assertThat(discord.rejections()).isEmpty();
    }

    private static StoredMessage reply(FakeDiscord.Interaction i) throws InterruptedException {
        return discord.awaitMessage(m -> m == discord.original(i).orElse(null) && !m.loading, WAIT);
    }

    private static StoredMessage answered(String question) throws InterruptedException {
        var ask = discord.slashCommand(Person.member("Ann"), "ask", FakeDiscord.stringOption("question", question));
        return discord.awaitMessage(
                m -> m == discord.original(ask).orElse(null)
                        && m.buttonIds().stream().anyMatch(b -> b.startsWith("askbar:up:")),
                WAIT);
    }

    @Test
    void csvButtonSendsEveryRowOnlyToThePresser() throws Exception {
        String csv = answered("orders per status?").buttonIds().stream()
                .filter(b -> b.startsWith("askbar:csv:"))
                .findFirst()
                .orElseThrow();
        var click = discord.buttonClick(Person.member("Bea"), csv);
        StoredMessage file =
                discord.awaitMessage(m -> m == discord.original(click).orElse(null) && !m.attachments.isEmpty(), WAIT);
        assertThat(file.ephemeral).isTrue();
        assertThat(file.content).isEqualTo(Sentences.ALL_ROWS);
        assertThat(file.attachments).containsExactly(DiscordAnswerRenderer.CSV_FILE);
    }

    @Test
    void buttonOfAForgottenAnswerSaysItExpired() throws Exception {
        var click = discord.buttonClick(Person.member("Cal"), "askbar:csv:000000000000");
        StoredMessage expired = reply(click);
        assertThat(expired.ephemeral).isTrue();
        assertThat(expired.content).isEqualTo(Sentences.EXPIRED);
        var vote = discord.buttonClick(Person.member("Cal"), "askbar:up:000000000000");
        assertThat(reply(vote).content).isEqualTo(Sentences.EXPIRED);
    }

    @Test
    void examplesAreListedToAdminsWithApproveAndRejectButtonsAndReviewedOnlyByAnAdmin() throws Exception {
        shop.examples.suggest(41, "how many orders are there?", "SELECT count(*) FROM orders", "user-1");
        shop.examples.suggest(42, "[free money](https://evil.example)", "SELECT 1 -- ```", "user-2");

        var refused = discord.slashCommand(Person.member("Eve"), "askbar", FakeDiscord.subcommand("examples"));
        assertThat(reply(refused).content).isEqualTo(Sentences.notAdmin(AskbarAction.EXAMPLES, AskbarCommand.WHO_MAY));

        var list = discord.slashCommand(admin, "askbar", FakeDiscord.subcommand("examples"));
        StoredMessage shown = reply(list);
        assertThat(shown.ephemeral).isTrue();
        assertThat(shown.buttonIds())
                .containsExactly("askbar:approve:41", "askbar:reject:41", "askbar:approve:42", "askbar:reject:42");
        assertThat(shown.embed().orElseThrow().getAsJsonArray("fields")).hasSize(2);
        assertThat(DiscordInertText.problems(shown.embeds.toString().replace("\\\\", "\\")))
                .isEmpty();

        // anyone who sees the button may press it: the presser is checked again
        var sneaky = discord.buttonClick(Person.member("Eve"), "askbar:approve:41");
        assertThat(reply(sneaky).content).isEqualTo(Sentences.notAdmin(AskbarAction.EXAMPLES, AskbarCommand.WHO_MAY));
        assertThat(shop.examples.reviewed).isEmpty();

        var approve = discord.buttonClick(admin, "askbar:approve:41");
        assertThat(reply(approve).content).isEqualTo(Sentences.approved(41));
        var reject = discord.buttonClick(admin, "askbar:reject:42");
        assertThat(reply(reject).content).isEqualTo(Sentences.rejected(42));
        var again = discord.buttonClick(admin, "askbar:reject:42");
        assertThat(reply(again).content).isEqualTo(Sentences.UNKNOWN_EXAMPLE);
        assertThat(shop.examples.reviewed)
                .containsExactly("41 approved by " + admin.id(), "42 rejected by " + admin.id());

        var empty = discord.slashCommand(admin, "askbar", FakeDiscord.subcommand("examples"));
        assertThat(reply(empty).content).isEqualTo(Sentences.NO_PENDING_EXAMPLES);
    }
}
