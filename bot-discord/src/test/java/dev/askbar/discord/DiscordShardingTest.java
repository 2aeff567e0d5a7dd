package dev.askbar.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.askbar.discord.fake.FakeDiscord;
import dev.askbar.discord.fake.FakeDiscord.Person;
import dev.askbar.discord.fake.FakeDiscord.RestCall;
import dev.askbar.discord.fake.FakeDiscord.Where;
import dev.askbar.discord.fake.ShopAnswers;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Sharding through JDA's shard manager against the fake gateway, which sends each server's events to shard
 * {@code (id >> 22) % total} only: the Shop server falls on shard 0 of 2, the other server on shard 1.
 */
@Timeout(90)
class DiscordShardingTest {
    private static final Duration WAIT = Duration.ofSeconds(20);

    @RegisterExtension
    final FakeDiscord discord = FakeDiscord.start();

    @RegisterExtension
    final ShopAnswers shop = new ShopAnswers()
            .answers(
                    "how many orders are there?",
                    "SELECT count(*) AS orders FROM orders",
                    "That is every order in the shop.");

    private DiscordAdapter adapter;

    /** The adapter goes before the fakes and the shop under it, which close after each test. */
    @AfterEach
    void stop() {
        if (adapter != null) {
            adapter.close();
        }
    }

    private DiscordAdapter shards(int total, List<Integer> ids) throws Exception {
        adapter = new DiscordAdapter(
                shop.context,
                new DiscordAdapter.Settings(
                        "fake-token",
                        Set.of(discord.guildId, discord.otherGuildId),
                        DiscordAdmins.of(List.of()),
                        DiscordEndpoints.local(discord.restBaseUrl(), discord.gatewayUrl()),
                        Optional.of(new DiscordShards(total, ids))));
        adapter.start();
        return adapter;
    }

    @Test
    void aProcessRunningShardsZeroAndOneOfTwoIdentifiesBothAndAnswersInTheServersOfEach() throws Exception {
        shards(2, List.of(0, 1));

        assertThat(adapter.connected()).isTrue();
        assertThat(discord.identifies()).containsExactlyInAnyOrder(List.of(0, 2), List.of(1, 2));
        for (String guild : List.of(discord.guildId, discord.otherGuildId)) {
            discord.await(
                    c -> c.method().equals("PUT")
                            && c.path().equals("/applications/" + discord.botId + "/guilds/" + guild + "/commands"),
                    WAIT);
        }
        for (Where where : List.of(Where.SHOP, Where.ELSEWHERE)) {
            String question = discord.message(
                    Person.member("Zoë"),
                    "<@" + discord.botId + "> how many orders are there?",
                    List.of(discord.botId),
                    List.of(),
                    Optional.empty(),
                    where);
            String channel = where == Where.SHOP ? discord.channelId : discord.otherChannelId;
            RestCall answer = discord.await(
                    c -> c.method().equals("PATCH")
                            && c.path().startsWith("/channels/" + channel + "/messages/")
                            && c.embed()
                                    .map(e -> e.get("title").getAsString().equals("how many orders are there?"))
                                    .orElse(false),
                    WAIT);
            assertThat(answer.embed().orElseThrow().get("description").getAsString())
                    .contains("# " + shop.count("SELECT count(*) FROM orders"));
            assertThat(discord.calls())
                    .anyMatch(c -> c.method().equals("POST")
                            && c.json().has("message_reference")
                            && question.equals(c.json()
                                    .getAsJsonObject("message_reference")
                                    .get("message_id")
                                    .getAsString()));
        }
    }

    @Test
    void aProcessRunningOnlyShardOneGetsOnlyTheServersOfThatShard() throws Exception {
        shards(2, List.of(1));

        assertThat(adapter.connected()).isTrue();
        assertThat(discord.identifies()).containsExactly(List.of(1, 2));
        discord.message(
                Person.member("Ann"),
                "<@" + discord.botId + "> how many orders are there?",
                List.of(discord.botId),
                List.of(),
                Optional.empty(),
                Where.ELSEWHERE);
        discord.await(
                c -> c.method().equals("PATCH")
                        && c.path().startsWith("/channels/" + discord.otherChannelId + "/messages/")
                        && c.embed().isPresent(),
                WAIT);
        // the Shop server's events belong to shard 0, which another process runs
        assertThatThrownBy(() -> discord.message(
                        Person.member("Ann"),
                        "<@" + discord.botId + "> hi",
                        List.of(discord.botId),
                        List.of(),
                        Optional.empty(),
                        Where.SHOP))
                .hasMessageContaining("shard 0");
        assertThat(discord.leftGuilds()).isEmpty();
    }
}
