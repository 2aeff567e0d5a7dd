package dev.askbar.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.askbar.core.engine.Answer;
import dev.askbar.core.engine.Question;
import dev.askbar.core.engine.Timings;
import dev.askbar.core.llm.KeyState;
import dev.askbar.core.llm.KeyStatus;
import dev.askbar.core.platform.ExampleReview;
import dev.askbar.core.platform.HelpText;
import dev.askbar.core.sql.QueryResult;
import dev.askbar.core.sql.ResultColumn;
import dev.askbar.core.sql.ValueKind;
import dev.askbar.discord.DiscordAnswerRenderer.Form;
import dev.askbar.discord.DiscordAnswerRenderer.Summary;
import dev.askbar.discord.fake.FakeDiscord;
import dev.askbar.discord.fake.FakeDiscord.Person;
import dev.askbar.discord.fake.FakeDiscord.StoredMessage;
import dev.askbar.discord.fake.ShopAnswers;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The shared corpus of hostile values (bot-testkit's hostile-values.txt) through the real Discord renderer, in every
 * place untrusted text reaches a message: the echoed question, the summary, table cells and column names, a big
 * number, error texts, help, key status and examples. Nothing may ping, link or leave its code block.
 */
class HostileValuesTest {
    private final DiscordAnswerRenderer renderer = new DiscordAnswerRenderer();

    static List<String> corpus() throws IOException {
        List<String> values = new ArrayList<>();
        try (InputStream in = HostileValuesTest.class.getResourceAsStream("/hostile-values.txt")) {
            assertThat(in)
                    .as("bot-testkit's hostile-values.txt on the test classpath")
                    .isNotNull();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("# ")) {
                    values.add(line.replace("\\n", "\n"));
                }
            }
        }
        // very long values, cut somewhere inside their markup
        values.add("[invoice](https://evil.example) ".repeat(400));
        values.add("`".repeat(5000));
        values.add("@everyone ".repeat(700));
        values.add("\\".repeat(3001) + "[x](https://evil.example)");
        return values;
    }

    private static Answer answer(String value, QueryResult result) {
        return new Answer(
                new Question(value, "42", "discord", Optional.empty()),
                Optional.of("SELECT v FROM t"),
                Optional.of(result),
                Optional.of(value),
                Optional.empty(),
                Optional.of("groq"),
                Optional.of("llama"),
                Optional.of("gsk_…a1b2"),
                new Timings(1, 1, 1, 3),
                false,
                Optional.of(7L));
    }

    private static QueryResult table(String value) {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            rows.add(List.of((long) i, value));
        }
        return new QueryResult(
                List.of(
                        new ResultColumn("n", "int4", ValueKind.INTEGER),
                        new ResultColumn(value, "text", ValueKind.TEXT)),
                rows,
                false);
    }

    private static QueryResult single(String value) {
        return new QueryResult(
                List.of(new ResultColumn(value, "text", ValueKind.TEXT)), List.of(List.of(value)), false);
    }

    /** Every text Discord renders as markdown: content, embed titles, descriptions, field names and values. */
    private static List<String> texts(String content, List<MessageEmbed> embeds) {
        List<String> texts = new ArrayList<>();
        texts.add(content);
        for (MessageEmbed e : embeds) {
            texts.add(e.getTitle());
            texts.add(e.getDescription());
            e.getFields().forEach(f -> {
                texts.add(f.getName());
                texts.add(f.getValue());
            });
        }
        return texts;
    }

    private static void assertInert(String value, List<String> texts) {
        for (String text : texts) {
            assertThat(DiscordInertText.problems(text))
                    .as("value %s rendered as %s", value, text)
                    .isEmpty();
        }
    }

    @Test
    void answersWithHostileValuesAreInertInEveryForm() throws IOException {
        for (String v : corpus()) {
            for (QueryResult result : List.of(table(v), single(v))) {
                for (Summary summary : Summary.values()) {
                    for (Form form : Form.values()) {
                        MessageCreateData data = renderer.answer(
                                answer(v, result), Optional.of("id"), summary, form, DiscordLimits.UPLOAD);
                        assertInert(v, texts(data.getContent(), data.getEmbeds()));
                        MessageEditData edit = renderer.summaryEdit(
                                answer(v, result), Optional.of("id"), summary, form, DiscordLimits.UPLOAD);
                        assertInert(v, texts(edit.getContent(), edit.getEmbeds()));
                        data.getEmbeds()
                                .forEach(e -> assertThat(e.isSendable()).as(v).isTrue());
                    }
                }
            }
        }
    }

    @Test
    void errorsHelpKeysAndExamplesWithHostileValuesAreInert() throws IOException {
        for (String v : corpus()) {
            assertInert(v, texts("", List.of(renderer.error(v, v))));
            assertInert(v, List.of(renderer.errorText(v)));
            assertInert(v, texts("", List.of(renderer.help(new HelpText.Help(v, List.of(v), List.of(v))))));
            MessageEditData keys = AdminEmbeds.keys(List.of(new KeyStatus(
                    "groq",
                    1,
                    v,
                    v,
                    v,
                    KeyState.COOLING,
                    Optional.of(Instant.now()),
                    Optional.of(v),
                    1,
                    0,
                    1,
                    0,
                    0,
                    Optional.of(v),
                    Optional.empty())));
            // the key view's own timestamp markup (<t:…:t>) is Discord's, not a value's
            assertInert(
                    v,
                    texts(keys.getContent(), keys.getEmbeds()).stream()
                            .map(t -> t == null ? null : t.replaceAll("<t:\\d+:t>", ""))
                            .toList());
            MessageEditData examples =
                    AdminEmbeds.examples(List.of(new ExampleReview.Candidate(1, v, v, v, Instant.now())));
            assertInert(v, texts(examples.getContent(), examples.getEmbeds()));
        }
    }

    @Test
    void theCheckerCatchesLiveMarkup() {
        // the witness must be able to fail: raw values are live
        assertThat(DiscordInertText.problems("[invoice](https://evil.example)")).isNotEmpty();
        assertThat(DiscordInertText.problems("hi @everyone")).isNotEmpty();
        assertThat(DiscordInertText.problems("```\nx\n```\n<@&1>")).isNotEmpty();
        assertThat(DiscordInertText.problems("```\nend ``` <@1>\n```")).isNotEmpty();
        assertThat(DiscordInertText.problems(DiscordMarkdown.escape("[invoice](https://evil.example) @everyone <@&1>")))
                .isEmpty();
    }

    @Test
    @Timeout(90)
    void hostileRowsSummaryAndQuestionReachDiscordInertAndMentionNobody() throws Exception {
        List<String> corpus = corpus().subList(0, 48);
        String question = "show the hostile values @everyone [invoice](https://evil.example)";
        String summary = String.join(" ", corpus.subList(0, 20)).replace("\n", " ");
        try (FakeDiscord discord = FakeDiscord.start();
                ShopAnswers shop = new ShopAnswers()) {
            StringBuilder insert =
                    new StringBuilder("CREATE TABLE public.hostile (v text); INSERT INTO public.hostile VALUES ");
            for (int i = 0; i < corpus.size(); i++) {
                insert.append(i == 0 ? "" : ", ")
                        .append("('")
                        .append(corpus.get(i).replace("'", "''"))
                        .append("')");
            }
            shop.execute(insert.toString());
            shop.answers(question, "SELECT v FROM hostile", summary);
            DiscordAdapter adapter = new DiscordAdapter(
                    shop.context,
                    new DiscordAdapter.Settings(
                            "fake-token",
                            Set.of(discord.guildId),
                            DiscordAdmins.of(List.of()),
                            DiscordEndpoints.local(discord.restBaseUrl(), discord.gatewayUrl())));
            try {
                adapter.start();
                var ask = discord.slashCommand(
                        Person.member("Mallory"), "ask", FakeDiscord.stringOption("question", question));
                StoredMessage shown = discord.awaitMessage(
                        m -> m == discord.original(ask).orElse(null)
                                && m.embed().isPresent()
                                && !m.description().startsWith("*"),
                        Duration.ofSeconds(30));
                JsonObject embed = shown.embed().get();
                List<String> texts = new ArrayList<>(List.of(
                        shown.content,
                        embed.get("title").getAsString(),
                        embed.get("description").getAsString()));
                for (JsonElement f : embed.getAsJsonArray("fields")) {
                    texts.add(f.getAsJsonObject().get("name").getAsString());
                    texts.add(f.getAsJsonObject().get("value").getAsString());
                }
                assertInert("rows from the database", texts);
                assertThat(embed.get("description").getAsString()).contains("evil.example");
                assertThat(shown.allowedMentions.getAsJsonArray("parse")).isEmpty();
                assertThat(discord.rejections()).isEmpty();
            } finally {
                adapter.close();
            }
        }
    }
}
