package dev.askbar.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.askbar.core.platform.AdapterContext;
import dev.askbar.core.platform.Coordination;
import dev.askbar.discord.fake.FakeDiscord;
import dev.askbar.discord.fake.FakeDiscord.Person;
import dev.askbar.discord.fake.ShopAnswers;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The adapter asks the context's coordination before answering a mention and keeps reply chains there, so the
 * launcher's store-backed coordination makes replicas agree. Here the coordination is the other replica's view.
 */
@Timeout(60)
class DiscordCoordinationTest {
    private static final Duration WAIT = Duration.ofSeconds(20);

    @RegisterExtension
    final FakeDiscord discord = FakeDiscord.start();

    @RegisterExtension
    final ShopAnswers shop = new ShopAnswers()
            .answers(
                    "how many orders are there?",
                    "SELECT count(*) AS orders FROM orders",
                    "That is every order in the shop.")
            .answers(
                    "and how many were cancelled?",
                    "SELECT count(*) AS cancelled FROM orders WHERE status = 'cancelled'",
                    "A quarter of them were cancelled.");

    private DiscordAdapter adapter;

    /** The adapter goes before the fakes and the shop under it, which close after each test. */
    @AfterEach
    void stop() {
        if (adapter != null) {
            adapter.close();
        }
    }

    /** Claims and links kept as another replica sharing them would see them; claims can be taken in advance. */
    private static final class SharedView implements Coordination {
        final List<String> claimed = new CopyOnWriteArrayList<>();
        final Map<String, String> links = new ConcurrentHashMap<>();
        volatile boolean otherReplicaTakesEverything;

        @Override
        public boolean claim(String platform, String eventId) {
            claimed.add(platform + ":" + eventId);
            return !otherReplicaTakesEverything;
        }

        @Override
        public void link(String platform, String messageId, String conversation) {
            links.put(platform + ":" + messageId, conversation);
        }

        @Override
        public Optional<String> conversationOf(String platform, String messageId) {
            return Optional.ofNullable(links.get(platform + ":" + messageId));
        }
    }

    private void start(Coordination coordination) throws Exception {
        AdapterContext c = shop.context;
        AdapterContext context = new AdapterContext(
                c.engine(), c.workers(), c.archive(), c.keys(), c.feedback(), c.examples(), c.schemas(), coordination);
        adapter = new DiscordAdapter(
                context,
                new DiscordAdapter.Settings(
                        "fake-token",
                        Set.of(discord.guildId),
                        DiscordAdmins.of(List.of()),
                        DiscordEndpoints.local(discord.restBaseUrl(), discord.gatewayUrl())));
        adapter.start();
    }

    @Test
    void aMentionAnotherReplicaHasClaimedIsLeftToIt() throws Exception {
        SharedView shared = new SharedView();
        shared.otherReplicaTakesEverything = true;
        start(shared);

        String mention = discord.message(
                Person.member("Zoë"),
                "<@" + discord.botId + "> how many orders are there?",
                List.of(discord.botId),
                List.of(),
                Optional.empty());
        // a slash command reaches one shard only and is not claimed: once it is answered, the mention has been handled
        var ask = discord.slashCommand(
                Person.member("Ann"), "ask", FakeDiscord.stringOption("question", "how many orders are there?"));
        discord.awaitMessage(m -> m == discord.original(ask).orElse(null) && !m.loading, WAIT);

        assertThat(shared.claimed).contains("discord:" + mention);
        assertThat(discord.calls())
                .noneMatch(c -> c.json().has("message_reference")
                        && mention.equals(c.json()
                                .getAsJsonObject("message_reference")
                                .get("message_id")
                                .getAsString()));
    }

    @Test
    void aReplyToAnAnswerContinuesTheConversationTheSharedLinksName() throws Exception {
        SharedView shared = new SharedView();
        start(shared);
        // another replica posted this answer, in a conversation begun there
        String answerByOtherReplica = FakeDiscord.snowflake();
        shared.link("discord", answerByOtherReplica, "discord:chain:1300000000000000000");

        String reply = discord.message(
                Person.member("Zoë"),
                "<@" + discord.botId + "> and how many were cancelled?",
                List.of(discord.botId),
                List.of(),
                Optional.of(answerByOtherReplica));
        discord.await(
                c -> c.method().equals("PATCH")
                        && c.embed()
                                .map(e -> e.get("title").getAsString().equals("and how many were cancelled?"))
                                .orElse(false),
                WAIT);

        assertThat(shared.claimed).containsExactly("discord:" + reply);
        assertThat(shared.links).containsEntry("discord:" + reply, "discord:chain:1300000000000000000");
        assertThat(
                        shop.count(
                                "SELECT count(*) FROM askbar.audit_log WHERE conversation = 'discord:chain:1300000000000000000'"))
                .isEqualTo(1);
        // the answer to it is linked too, so a reply to that reaches the same conversation on any replica
        assertThat(shared.links.values())
                .filteredOn("discord:chain:1300000000000000000"::equals)
                .hasSizeGreaterThanOrEqualTo(2);
    }
}
