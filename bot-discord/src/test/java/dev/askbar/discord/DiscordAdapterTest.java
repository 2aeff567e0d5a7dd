package dev.askbar.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.askbar.core.platform.AskbarAction;
import dev.askbar.core.platform.Sentences;
import dev.askbar.discord.fake.FakeDiscord;
import dev.askbar.discord.fake.FakeDiscord.Person;
import dev.askbar.discord.fake.FakeDiscord.RestCall;
import dev.askbar.discord.fake.ShopAnswers;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The real JDA client against a local fake Discord, answering with a real engine over PostgreSQL and a fake Groq. */
@Timeout(60)
class DiscordAdapterTest {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String ORDERS_BY_STATUS =
            "SELECT status, count(*) AS orders FROM orders GROUP BY status ORDER BY status";
    private static final String EVEN = "Placed, shipped, delivered and cancelled are even.";

    private static FakeDiscord discord;
    private static ShopAnswers shop;
    private static DiscordAdapter adapter;

    @BeforeAll
    static void connect() throws Exception {
        discord = FakeDiscord.start();
        shop = new ShopAnswers()
                .answers("How many orders per status?", ORDERS_BY_STATUS, EVEN)
                .answers(
                        "how many orders are there?",
                        "SELECT count(*) AS orders FROM orders",
                        "That is every order in the shop.")
                .answers(
                        "and how many were cancelled?",
                        "SELECT count(*) AS cancelled FROM orders WHERE status = 'cancelled'",
                        "A quarter of them were cancelled.")
                .answers("delete the cancelled orders", "DELETE FROM orders WHERE status = 'cancelled'", "");
        adapter = new DiscordAdapter(
                shop.context,
                new DiscordAdapter.Settings(
                        "fake-token",
                        Optional.of(discord.guildId),
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

    @Test
    void startConnectsWithGuildMessagesOnlyAndRegistersGuildCommands() throws Exception {
        assertThat(adapter.connected()).isTrue();
        RestCall put = discord.await(
                c -> c.method().equals("PUT")
                        && c.path()
                                .equals("/applications/" + discord.botId + "/guilds/" + discord.guildId + "/commands"),
                WAIT);
        JsonArray commands = JsonParser.parseString(put.body()).getAsJsonArray();
        assertThat(commands.asList())
                .extracting(c -> c.getAsJsonObject().get("name").getAsString())
                .containsExactly("ask", "askbar");
    }

    @Test
    void askIsDeferredThenShowsProgressThenTheAnswerEmbed() throws Exception {
        var ask = discord.slashCommand(
                Person.member("Ann"), "ask", FakeDiscord.stringOption("question", "How many orders per status?"));

        RestCall defer = discord.await(c -> c.path().equals(ask.callbackPath()), WAIT);
        assertThat(defer.json().get("type").getAsInt()).isEqualTo(5);

        String original = "/webhooks/" + discord.botId + "/" + ask.token() + "/messages/@original";
        RestCall answer = discord.await(
                c -> c.path().equals(original)
                        && c.embed().isPresent()
                        && !c.embed()
                                .get()
                                .get("description")
                                .getAsString()
                                .startsWith("*" + Sentences.WRITING_SUMMARY),
                WAIT);
        List<String> progress = discord.calls().stream()
                .filter(c -> c.path().equals(original) && c.embed().isEmpty())
                .map(c -> c.string("content"))
                .toList();
        // a quick query: "Running the query…" would only flash by, so the rows replace "Writing the SQL…" directly
        assertThat(progress).containsExactly(Sentences.WRITING_SQL);

        JsonObject embed = answer.embed().orElseThrow();
        assertThat(embed.get("title").getAsString()).isEqualTo("How many orders per status?");
        assertThat(embed.get("description").getAsString())
                .startsWith(EVEN)
                .contains("```\n")
                .contains("cancelled")
                .contains(String.valueOf(shop.count("SELECT count(*) FROM orders WHERE status = 'cancelled'")));
        assertThat(embed.getAsJsonArray("fields")
                        .get(0)
                        .getAsJsonObject()
                        .get("value")
                        .getAsString())
                .isEqualTo("```sql\n" + ORDERS_BY_STATUS + "\n```");
        assertThat(embed.getAsJsonObject("footer").get("text").getAsString())
                .startsWith("groq · ")
                .contains(shop.count("SELECT count(DISTINCT status) FROM orders") + " rows");
        assertThat(answer.body()).contains("askbar:up:").contains("askbar:down:");
        FakeDiscord.StoredMessage shown = discord.original(ask).orElseThrow();
        assertThat(shown.content).isEmpty();
        assertThat(shown.description()).startsWith(EVEN);
        assertThat(discord.rejections()).isEmpty();
    }

    @Test
    void mentionIsAnsweredAsAReplyAndAReplyToTheAnswerIsAFollowUp() throws Exception {
        Person zoe = Person.member("Zoë");
        String question = discord.message(
                zoe,
                "<@" + discord.botId + "> how many orders are there?",
                List.of(discord.botId),
                List.of(),
                Optional.empty());

        RestCall reply = discord.await(
                c -> c.method().equals("POST")
                        && c.path().equals("/channels/" + discord.channelId + "/messages")
                        && c.json().has("message_reference")
                        && question.equals(c.json()
                                .getAsJsonObject("message_reference")
                                .get("message_id")
                                .getAsString()),
                WAIT);
        assertThat(reply.string("content")).isEqualTo(Sentences.WRITING_SQL);
        RestCall answer = discord.await(
                c -> c.method().equals("PATCH")
                        && c.path().startsWith("/channels/" + discord.channelId + "/messages/")
                        && c.embed()
                                .map(e -> e.get("title").getAsString().equals("how many orders are there?"))
                                .orElse(false),
                WAIT);
        assertThat(answer.embed().orElseThrow().get("description").getAsString())
                .contains("# " + shop.count("SELECT count(*) FROM orders"));
        String answerId = answer.path().substring(answer.path().lastIndexOf('/') + 1);

        // Discord pings the replied-to author, so the bot is mentioned without "<@id>" in the text
        discord.message(zoe, "and how many were cancelled?", List.of(discord.botId), List.of(), Optional.of(answerId));
        discord.await(
                c -> c.method().equals("PATCH")
                        && c.embed()
                                .map(e -> e.get("title").getAsString().equals("and how many were cancelled?"))
                                .orElse(false),
                WAIT);
        assertThat(shop.count("SELECT count(DISTINCT conversation) FROM askbar.audit_log "
                        + "WHERE question IN ('how many orders are there?', 'and how many were cancelled?')"))
                .isEqualTo(1);
        assertThat(shop.count(
                        "SELECT count(*) FROM askbar.audit_log WHERE conversation = 'discord:chain:" + question + "'"))
                .isEqualTo(2);
    }

    @Test
    void everyoneAndOtherRolesAreNotQuestions() throws Exception {
        Person ann = Person.member("Ann");
        String announcement = discord.message(ann, "@everyone lunch is here", List.of(), List.of(), Optional.empty());
        // a mention of the bot's role right after proves the listener ran past the @everyone message
        String byRole = discord.message(
                ann, "<@&" + discord.botRoleId + ">", List.of(), List.of(discord.botRoleId), Optional.empty());
        RestCall hint = discord.await(
                c -> c.json().has("message_reference")
                        && byRole.equals(c.json()
                                .getAsJsonObject("message_reference")
                                .get("message_id")
                                .getAsString()),
                WAIT);
        assertThat(hint.string("content")).startsWith("Ask me a question after the mention");
        assertThat(discord.calls())
                .noneMatch(c -> c.json().has("message_reference")
                        && announcement.equals(c.json()
                                .getAsJsonObject("message_reference")
                                .get("message_id")
                                .getAsString()));
    }

    @Test
    void keysAreRefusedToMembersAndShownOnlyToAdministratorsAsEmbedFields() throws Exception {
        var refused = discord.slashCommand(Person.member("Bob"), "askbar", FakeDiscord.subcommand("keys"));
        RestCall defer = discord.await(c -> c.path().equals(refused.callbackPath()), WAIT);
        assertThat(defer.json().get("type").getAsInt()).isEqualTo(5);
        assertThat(defer.data().get("flags").getAsInt() & 64).as("ephemeral").isEqualTo(64);
        FakeDiscord.StoredMessage no =
                discord.awaitMessage(m -> m == discord.original(refused).orElse(null) && !m.loading, WAIT);
        assertThat(no.ephemeral).isTrue();
        assertThat(no.content)
                .isEqualTo(Sentences.notAdmin(AskbarAction.KEYS, AskbarCommand.WHO_MAY))
                .startsWith("Only server administrators");

        Person admin = new Person(FakeDiscord.snowflake(), "Ada", List.of(discord.adminRoleId));
        var allowed = discord.slashCommand(admin, "askbar", FakeDiscord.subcommand("keys"));
        FakeDiscord.StoredMessage yes =
                discord.awaitMessage(m -> m == discord.original(allowed).orElse(null) && !m.loading, WAIT);
        assertThat(yes.ephemeral).isTrue();
        JsonArray fields = yes.embed().orElseThrow().getAsJsonArray("fields");
        assertThat(fields.asList())
                .extracting(f -> f.getAsJsonObject().get("name").getAsString())
                .containsExactly(
                        DiscordMarkdown.escape("groq #1 · gsk_…a1b2 · llama-3.3-70b-versatile"),
                        DiscordMarkdown.escape("groq #2 · gsk_…c3d4 · llama-3.3-70b-versatile"));
        assertThat(fields.get(0).getAsJsonObject().get("value").getAsString()).startsWith("available");
        assertThat(fields.get(1).getAsJsonObject().get("value").getAsString())
                .startsWith("cooling down until <t:")
                .contains("(rate limited per day)");
        assertThat(yes.embeds.toString()).doesNotContain("printf").doesNotContain("    ");
    }

    @Test
    void refreshIsForAdministratorsAndSaysWhatItDid() throws Exception {
        var refused = discord.slashCommand(Person.member("Eve"), "askbar", FakeDiscord.subcommand("refresh"));
        FakeDiscord.StoredMessage no =
                discord.awaitMessage(m -> m == discord.original(refused).orElse(null) && !m.loading, WAIT);
        assertThat(no.content).isEqualTo(Sentences.notAdmin(AskbarAction.REFRESH, AskbarCommand.WHO_MAY));

        Person admin = new Person(FakeDiscord.snowflake(), "Ada", List.of(discord.adminRoleId));
        var refresh = discord.slashCommand(admin, "askbar", FakeDiscord.subcommand("refresh"));
        FakeDiscord.StoredMessage done =
                discord.awaitMessage(m -> m == discord.original(refresh).orElse(null) && !m.loading, WAIT);
        assertThat(done.content).startsWith("Schema re-read:");
        assertThat(done.ephemeral).isTrue();
    }

    @Test
    void helpListsTablesAndExamplesToTheCaller() throws Exception {
        var help = discord.slashCommand(Person.member("Cy"), "askbar", FakeDiscord.subcommand("help"));
        FakeDiscord.StoredMessage shown =
                discord.awaitMessage(m -> m == discord.original(help).orElse(null) && !m.loading, WAIT);
        assertThat(shown.ephemeral).isTrue();
        assertThat(shown.embeds.toString()).contains("public.orders");
    }

    @Test
    void refusedQuestionEndsAsAnEphemeralErrorForTheAsker() throws Exception {
        String cancelled = "SELECT count(*) FROM orders WHERE status = 'cancelled'";
        long cancelledBefore = shop.count(cancelled);
        assertThat(cancelledBefore).isPositive();
        var ask = discord.slashCommand(
                Person.member("Fay"), "ask", FakeDiscord.stringOption("question", "delete the cancelled orders"));
        String followUp = "/webhooks/" + discord.botId + "/" + ask.token();
        RestCall error =
                discord.await(c -> c.method().equals("POST") && c.path().equals(followUp), WAIT);
        assertThat(error.json().get("flags").getAsInt() & 64).as("ephemeral").isEqualTo(64);
        JsonObject embed = error.embed().orElseThrow();
        assertThat(embed.get("title").getAsString()).isEqualTo("Could not answer that");
        assertThat(error.body()).doesNotContain("Exception").doesNotContain("\tat ");
        // the public "thinking" reply is deleted after the private error is sent: wait for it rather than race it
        discord.await(c -> c.method().equals("DELETE") && c.path().equals(followUp + "/messages/@original"), WAIT);
        assertThat(shop.count(cancelled)).isEqualTo(cancelledBefore);
    }

    @Test
    void thumbsUpIsStoredAsFeedback() throws Exception {
        var ask = discord.slashCommand(
                Person.member("Dee"), "ask", FakeDiscord.stringOption("question", "How many orders per status?"));
        String original = "/webhooks/" + discord.botId + "/" + ask.token() + "/messages/@original";
        RestCall answer =
                discord.await(c -> c.path().equals(original) && c.body().contains("askbar:up:"), WAIT);
        String upId = answer
                .json()
                .getAsJsonArray("components")
                .get(0)
                .getAsJsonObject()
                .getAsJsonArray("components")
                .asList()
                .stream()
                .map(b -> b.getAsJsonObject().get("custom_id").getAsString())
                .filter(id -> id.startsWith("askbar:up:"))
                .findFirst()
                .orElseThrow();

        var click = discord.buttonClick(Person.member("Dee"), upId);
        FakeDiscord.StoredMessage thanks =
                discord.awaitMessage(m -> m == discord.original(click).orElse(null) && !m.loading, WAIT);
        assertThat(thanks.ephemeral).isTrue();
        assertThat(thanks.content).isEqualTo(Sentences.THANKS_UP);
        assertThat(shop.count("SELECT count(*) FROM askbar.audit_log WHERE feedback = 1"))
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    void answerOutlivingTheInteractionTokenIsPostedToTheChannel() throws Exception {
        discord.expireNextInteractionToken();
        var ask = discord.slashCommand(
                Person.member("Eve"), "ask", FakeDiscord.stringOption("question", "How many orders per status?"));
        RestCall late = discord.await(
                c -> c.method().equals("POST")
                        && c.path().equals("/channels/" + discord.channelId + "/messages")
                        && c.embed().isPresent()
                        && c.string("content") != null
                        && c.string("content").contains("took longer"),
                WAIT);
        assertThat(late.embed().orElseThrow().get("title").getAsString()).isEqualTo("How many orders per status?");
        assertThat(discord.calls()).anyMatch(c -> c.path().equals(ask.callbackPath()));
    }
}
