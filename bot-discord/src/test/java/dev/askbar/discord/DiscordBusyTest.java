package dev.askbar.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.askbar.core.engine.Answer;
import dev.askbar.core.engine.Question;
import dev.askbar.core.engine.Timings;
import dev.askbar.core.platform.AdapterContext;
import dev.askbar.core.platform.AnswerWorkers;
import dev.askbar.core.platform.Sentences;
import dev.askbar.core.sql.QueryResult;
import dev.askbar.core.sql.ResultColumn;
import dev.askbar.core.sql.ValueKind;
import dev.askbar.discord.fake.FakeDiscord;
import dev.askbar.discord.fake.FakeDiscord.Person;
import dev.askbar.discord.fake.FakeDiscord.StoredMessage;
import dev.askbar.discord.fake.ShopAnswers;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every worker busy and the queue full: whatever was pressed or asked, the asker's "thinking…" ends with
 * {@link Sentences#BUSY}, privately, and nothing is acknowledged twice.
 */
@Timeout(90)
class DiscordBusyTest {
    private static final Duration WAIT = Duration.ofSeconds(20);

    @RegisterExtension
    final FakeDiscord discord = FakeDiscord.start();

    @RegisterExtension
    final ShopAnswers shop = new ShopAnswers();

    @Test
    void fullWorkerQueueEndsEveryThinkingWithTheBusySentence() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        try (AnswerWorkers workers = new AnswerWorkers("busy", 1, 1, Duration.ofSeconds(5))) {
            for (int i = 0; i < 2; i++) {
                assertThat(workers.submit(() -> {
                            try {
                                release.await();
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                        }))
                        .isTrue();
            }
            assertThat(workers.submit(() -> {})).as("the queue is full").isFalse();
            AdapterContext busy = shop.context(workers);
            String archived = busy.archive()
                    .keep(new Answer(
                            new Question("orders?", "1", "discord", Optional.empty()),
                            Optional.of("SELECT 1"),
                            Optional.of(new QueryResult(
                                    List.of(
                                            new ResultColumn("a", "int4", ValueKind.INTEGER),
                                            new ResultColumn("b", "int4", ValueKind.INTEGER)),
                                    List.of(List.of(1L, 2L)),
                                    false)),
                            Optional.of("ok"),
                            Optional.empty(),
                            Optional.empty(),
                            Optional.empty(),
                            Optional.empty(),
                            new Timings(1, 1, 1, 1),
                            false,
                            Optional.of(3L)));
            DiscordAdapter adapter = new DiscordAdapter(
                    busy,
                    new DiscordAdapter.Settings(
                            "fake-token",
                            Set.of(discord.guildId),
                            DiscordAdmins.of(List.of()),
                            DiscordEndpoints.local(discord.restBaseUrl(), discord.gatewayUrl())));
            try {
                adapter.start();
                var csv = discord.buttonClick(Person.member("Ann"), ButtonIds.id(ButtonIds.Action.CSV, archived));
                StoredMessage csvReply =
                        discord.awaitMessage(m -> m == discord.original(csv).orElse(null) && !m.loading, WAIT);
                assertThat(csvReply.content).isEqualTo(Sentences.BUSY);
                assertThat(csvReply.ephemeral).isTrue();

                var vote = discord.buttonClick(Person.member("Ann"), ButtonIds.id(ButtonIds.Action.UP, archived));
                assertThat(discord.awaitMessage(m -> m == discord.original(vote).orElse(null) && !m.loading, WAIT)
                                .content)
                        .isEqualTo(Sentences.BUSY);

                var help = discord.slashCommand(Person.member("Ann"), "askbar", FakeDiscord.subcommand("help"));
                assertThat(discord.awaitMessage(m -> m == discord.original(help).orElse(null) && !m.loading, WAIT)
                                .content)
                        .isEqualTo(Sentences.BUSY);

                var ask = discord.slashCommand(
                        Person.member("Bob"), "ask", FakeDiscord.stringOption("question", "orders?"));
                StoredMessage error = discord.awaitMessage(
                        m -> ask.token().equals(m.token)
                                && m.ephemeral
                                && m.description().equals(Sentences.BUSY),
                        WAIT);
                assertThat(error.deleted).isFalse();
                discord.awaitMessage(m -> m == discord.original(ask).orElse(null) && m.deleted, WAIT);
                assertThat(discord.rejections()).isEmpty();
            } finally {
                release.countDown();
                adapter.close();
            }
        }
    }
}
