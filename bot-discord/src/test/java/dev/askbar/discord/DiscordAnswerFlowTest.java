package dev.askbar.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import dev.askbar.core.platform.Sentences;
import dev.askbar.discord.fake.FakeDiscord;
import dev.askbar.discord.fake.FakeDiscord.Person;
import dev.askbar.discord.fake.FakeDiscord.RestCall;
import dev.askbar.discord.fake.FakeDiscord.StoredMessage;
import dev.askbar.discord.fake.FakeDiscord.Where;
import dev.askbar.discord.fake.ShopAnswers;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The answer flow end to end against the strict fake Discord: the answer before its summary, every way Discord can
 * refuse a step (rich form, private error, late or missing acknowledgement, expired token), and where the bot
 * answers at all. In every case the asker ends with the answer, a plainer answer or one sentence, never a
 * progress message left standing.
 */
@Timeout(90)
class DiscordAnswerFlowTest {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String BY_STATUS =
            "SELECT status, count(*) AS orders, sum(total) AS total FROM orders GROUP BY status ORDER BY status";
    private static final Duration SLOW_SUMMARY = Duration.ofMillis(1500);

    private static FakeDiscord discord;
    private static ShopAnswers shop;
    private static DiscordAdapter adapter;

    @BeforeAll
    static void connect() throws Exception {
        discord = FakeDiscord.start();
        shop = new ShopAnswers()
                .answers("orders by status?", BY_STATUS, "Shipped orders bring the most.")
                .slowSummary(
                        "orders by status, slowly?", BY_STATUS, "Shipped orders bring the most, slowly.", SLOW_SUMMARY)
                .answers("drop the orders", "DROP TABLE orders", "")
                .failingSummary("orders by status, no summary?", BY_STATUS);
        adapter = new DiscordAdapter(
                shop.context,
                new DiscordAdapter.Settings(
                        "fake-token",
                        java.util.Set.of(discord.guildId),
                        DiscordAdmins.of(List.of()),
                        DiscordEndpoints.local(discord.restBaseUrl(), discord.gatewayUrl())));
        adapter.start();
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
    void neverAcknowledgedTwiceAndKnobsReset() {
        assertThat(discord.rejections()).noneMatch(r -> r.code() == 40060);
        discord.stopRefusing();
        discord.ackWindow(Duration.ofSeconds(3));
    }

    private static FakeDiscord.Interaction ask(String name, String question) {
        return discord.slashCommand(Person.member(name), "ask", FakeDiscord.stringOption("question", question));
    }

    private static String original(FakeDiscord.Interaction i) {
        return "/webhooks/" + discord.botId + "/" + i.token() + "/messages/@original";
    }

    private static boolean finalAnswer(StoredMessage m) {
        return m.embed().isPresent() && !m.description().startsWith("*" + Sentences.WRITING_SUMMARY);
    }

    @Test
    void slowSummaryShowsTheAnswerAtOnceThenEditsTheSummaryInKeepingTheFiles() throws Exception {
        var ask = ask("Ann", "orders by status, slowly?");
        RestCall first =
                discord.await(c -> c.path().equals(original(ask)) && c.embed().isPresent(), WAIT);
        long shownAt = System.nanoTime();
        assertThat(first.embed().get().get("description").getAsString())
                .startsWith("*" + Sentences.WRITING_SUMMARY + "*")
                .contains("```\n")
                .contains("shipped");
        assertThat(first.files()).as("the chart goes up with the answer").contains(DiscordAnswerRenderer.CHART_FILE);

        RestCall second = discord.await(
                c -> c.path().equals(original(ask))
                        && c.embed().isPresent()
                        && c.embed()
                                .get()
                                .get("description")
                                .getAsString()
                                .startsWith("Shipped orders bring the most, slowly."),
                WAIT);
        long summaryAfterMs = (System.nanoTime() - shownAt) / 1_000_000;
        assertThat(summaryAfterMs)
                .as("the answer stood while the summary was written")
                .isGreaterThan(SLOW_SUMMARY.toMillis() / 2);
        assertThat(second.files()).as("files are not uploaded again").isEmpty();
        assertThat(second.json().has("attachments"))
                .as("the edit leaves the attachments alone")
                .isFalse();
        assertThat(second.body()).contains("askbar:up:");

        StoredMessage shown = discord.original(ask).orElseThrow();
        assertThat(shown.attachments).containsExactly(DiscordAnswerRenderer.CHART_FILE);
        assertThat(shown.embed().get().getAsJsonObject("image").get("url").getAsString())
                .isEqualTo("attachment://chart.png");
        assertThat(shown.deleted).isFalse();
    }

    @Test
    void failedSummaryLeavesTheAnswerStandingWithAQuietNote() throws Exception {
        var ask = ask("Al", "orders by status, no summary?");
        StoredMessage shown = discord.awaitMessage(
                m -> m == discord.original(ask).orElse(null)
                        && m.description().startsWith("*" + Sentences.NO_SUMMARY + "*"),
                WAIT);
        assertThat(shown.description()).contains("```\n").contains("shipped");
        assertThat(shown.attachments).contains(DiscordAnswerRenderer.CHART_FILE);
        assertThat(shown.buttonIds()).anyMatch(b -> b.startsWith("askbar:up:"));
    }

    @Test
    void refusedRichAnswerIsShownAgainAsACodeBlockTable() throws Exception {
        var ask = ask("Bo", "orders by status?");
        discord.refuse(c -> c.path().equals(original(ask)) && c.embed().isPresent());
        StoredMessage shown = discord.awaitMessage(
                m -> m == discord.original(ask).orElse(null) && m.content.contains("Shipped orders bring the most."),
                WAIT);
        assertThat(shown.content).contains("```\n").contains("cancelled");
        assertThat(shown.embeds).isEmpty();
        assertThat(discord.rejections())
                .anyMatch(r -> r.code() == 50035 && r.call().path().equals(original(ask)));
    }

    @Test
    void refusedCodeBlockFallsBackToText() throws Exception {
        var ask = ask("Cy", "orders by status?");
        discord.refuse(c -> c.path().equals(original(ask))
                && (c.embed().isPresent() || String.valueOf(c.string("content")).contains("```")));
        StoredMessage shown = discord.awaitMessage(
                m -> m == discord.original(ask).orElse(null) && m.content.contains("Shipped orders bring the most."),
                WAIT);
        assertThat(shown.content).doesNotContain("```");
        assertThat(shown.embeds).isEmpty();
    }

    @Test
    void filesOverTheUploadLimitAreRefusedAndTheAnswerComesWithoutThem() throws Exception {
        discord.uploadLimit(1024);
        try {
            var ask = ask("Bea", "orders by status?");
            StoredMessage shown = discord.awaitMessage(
                    m -> m == discord.original(ask).orElse(null)
                            && m.content.contains("Shipped orders bring the most."),
                    WAIT);
            assertThat(shown.attachments).isEmpty();
            assertThat(shown.content).contains("```\n");
            assertThat(discord.rejections()).anyMatch(r -> r.code() == 40005 && r.status() == 413);
        } finally {
            discord.uploadLimit(FakeDiscord.DEFAULT_UPLOAD_LIMIT);
        }
    }

    @Test
    void answerRefusedInEveryFormEndsWithOneSentenceForTheAsker() throws Exception {
        var ask = ask("Di", "orders by status?");
        // every form of the answer is refused; only the progress edits and the error go through
        discord.refuse(c -> c.path().equals(original(ask))
                && c.method().equals("PATCH")
                && (c.embed().isPresent() || String.valueOf(c.string("content")).startsWith("**")));
        StoredMessage error = discord.awaitMessage(
                m -> ask.token().equals(m.token)
                        && m.ephemeral
                        && m.description().equals(Sentences.NOT_SHOWN),
                WAIT);
        assertThat(error.embed().get().get("title").getAsString()).isEqualTo(DiscordAnswerRenderer.ERROR_TITLE);
        discord.awaitMessage(m -> m == discord.original(ask).orElse(null) && m.deleted, WAIT);
    }

    @Test
    void errorGoesToTheAskerPrivatelyAndOnlyThenIsThePublicReplyDeleted() throws Exception {
        long ordersBefore = shop.count("SELECT count(*) FROM orders");
        assertThat(ordersBefore).isPositive();
        var ask = ask("Ed", "drop the orders");
        StoredMessage original =
                discord.awaitMessage(m -> m == discord.original(ask).orElse(null) && m.deleted, WAIT);
        StoredMessage error = discord.messages().stream()
                .filter(m -> ask.token().equals(m.token) && m != original)
                .findFirst()
                .orElseThrow();
        assertThat(error.ephemeral).isTrue();
        assertThat(error.embed().get().get("title").getAsString()).isEqualTo(DiscordAnswerRenderer.ERROR_TITLE);
        List<RestCall> calls = discord.calls();
        int followUp = indexOf(
                calls,
                c -> c.method().equals("POST") && c.path().equals("/webhooks/" + discord.botId + "/" + ask.token()));
        int delete = indexOf(calls, c -> c.method().equals("DELETE") && c.path().equals(original(ask)));
        assertThat(followUp).isNotNegative().isLessThan(delete);
        assertThat(shop.count("SELECT count(*) FROM orders")).isEqualTo(ordersBefore);
    }

    @Test
    void refusedPrivateErrorIsShownInThePublicReplyInstead() throws Exception {
        var ask = ask("Flo", "drop the orders");
        discord.refuse(
                c -> c.method().equals("POST") && c.path().equals("/webhooks/" + discord.botId + "/" + ask.token()));
        StoredMessage original = discord.awaitMessage(
                m -> m == discord.original(ask).orElse(null) && m.embed().isPresent(), WAIT);
        assertThat(original.deleted).isFalse();
        assertThat(original.embed().get().get("title").getAsString()).isEqualTo(DiscordAnswerRenderer.ERROR_TITLE);
        assertThat(original.content).isEmpty();
    }

    @Test
    void answerWithoutAnAcknowledgementInTimeIsPostedToTheChannelForTheAsker() throws Exception {
        discord.ackWindow(Duration.ZERO);
        Person gus = Person.member("Gus");
        var ask = discord.slashCommand(gus, "ask", FakeDiscord.stringOption("question", "orders by status?"));
        StoredMessage late = discord.awaitMessage(
                m -> m.token == null && m.content.startsWith("<@" + gus.id() + ">") && finalAnswer(m), WAIT);
        assertThat(late.content).contains(Sentences.LATE_ANSWER);
        assertThat(late.allowedMentions.getAsJsonArray("users").asList())
                .extracting(e -> e.getAsString())
                .containsExactly(gus.id());
        assertThat(late.allowedMentions.getAsJsonArray("parse")).isEmpty();
        assertThat(discord.original(ask)).isEmpty();
        assertThat(discord.rejections()).anyMatch(r -> r.code() == 10062);
    }

    @Test
    void interactionExpiredByItsAgeAnswersInTheChannel() throws Exception {
        Person hal = Person.member("Hal");
        discord.slashCommand(
                hal,
                "ask",
                FakeDiscord.stringOption("question", "orders by status?"),
                Where.SHOP,
                Duration.ofMinutes(16));
        StoredMessage late = discord.awaitMessage(
                m -> m.token == null && m.content.startsWith("<@" + hal.id() + ">") && finalAnswer(m), WAIT);
        assertThat(late.description()).startsWith("Shipped orders bring the most.");
    }

    @Test
    void aRoleMentionWithoutTextIsAnsweredWithTheRoleHint() throws Exception {
        String byRole =
                discord.message(Person.member("Ivy"), "", List.of(), List.of(discord.botRoleId), Optional.empty());
        StoredMessage hint = discord.awaitMessage(m -> m.repliesTo.equals(Optional.of(byRole)), WAIT);
        assertThat(hint.content).isEqualTo(Sentences.ROLE_MENTION);
    }

    @Test
    void otherServersAreLeftAtStartAndOnJoin() throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!discord.leftGuilds().contains(discord.otherGuildId) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(discord.leftGuilds()).contains(discord.otherGuildId).doesNotContain(discord.guildId);
        String stranger = discord.joinGuild("Strangers");
        discord.await(c -> c.method().equals("DELETE") && c.path().equals("/users/@me/guilds/" + stranger), WAIT);
    }

    @Test
    void interactionsFromOtherServersAndDirectMessagesAreIgnored() throws Exception {
        var elsewhere = discord.slashCommand(
                Person.member("Jo"),
                "ask",
                FakeDiscord.stringOption("question", "orders by status?"),
                Where.ELSEWHERE,
                Duration.ZERO);
        var dm = discord.slashCommand(
                Person.member("Jo"), "askbar", FakeDiscord.subcommand("keys"), Where.DM, Duration.ZERO);
        String mention = discord.message(
                Person.member("Jo"),
                "<@" + discord.botId + "> orders by status?",
                List.of(discord.botId),
                List.of(),
                Optional.empty(),
                Where.ELSEWHERE);
        // a question in the configured server, sent after them, is answered: the listener has seen the others
        var here = ask("Jo", "orders by status?");
        discord.await(c -> c.path().equals(here.callbackPath()), WAIT);
        assertThat(discord.calls())
                .noneMatch(c -> c.path().equals(elsewhere.callbackPath())
                        || c.path().equals(dm.callbackPath())
                        || c.json().has("message_reference")
                                && mention.equals(c.json()
                                        .getAsJsonObject("message_reference")
                                        .get("message_id")
                                        .getAsString()));
    }

    @Test
    void everyMessageAllowsNoMentionsUnlessItAddressesTheAsker() throws Exception {
        var ask = ask("Kai", "orders by status?");
        discord.awaitMessage(m -> m == discord.original(ask).orElse(null) && finalAnswer(m), WAIT);
        for (RestCall c : discord.calls()) {
            if (c.json().has("allowed_mentions")) {
                JsonObject allowed = c.json().getAsJsonObject("allowed_mentions");
                assertThat(allowed.getAsJsonArray("parse")).as(c.path()).isEmpty();
                if (allowed.has("roles")) {
                    assertThat(allowed.getAsJsonArray("roles")).isEmpty();
                }
            }
        }
        assertThat(discord.calls())
                .anyMatch(c -> c.path().equals(original(ask)) && c.json().has("allowed_mentions"));
    }

    private static int indexOf(List<RestCall> calls, java.util.function.Predicate<RestCall> match) {
        for (int i = 0; i < calls.size(); i++) {
            if (match.test(calls.get(i))) {
                return i;
            }
        }
        return -1;
    }
}
