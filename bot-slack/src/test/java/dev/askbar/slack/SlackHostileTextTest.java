package dev.askbar.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.slack.api.util.json.GsonFactory;
import dev.askbar.core.answer.AnswerView;
import dev.askbar.core.answer.TextTable;
import dev.askbar.core.engine.Answer;
import dev.askbar.core.engine.AnswerError;
import dev.askbar.core.engine.Question;
import dev.askbar.core.engine.Timings;
import dev.askbar.core.llm.KeyState;
import dev.askbar.core.llm.KeyStatus;
import dev.askbar.core.platform.ExampleReview;
import dev.askbar.core.platform.HelpText;
import dev.askbar.core.sql.QueryResult;
import dev.askbar.core.sql.ResultColumn;
import dev.askbar.core.sql.ValueKind;
import dev.askbar.slack.fake.SlackCall;
import dev.askbar.testkit.GroqResponses;
import dev.askbar.testkit.HostileValues;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Untrusted text never pings or deceives: every value of the shared hostile corpus, placed wherever a user, a
 * database row or the model can put text, comes out of the real Slack renderer inert: no {@code <!channel>},
 * {@code <@U…>} or masked link in any text Slack parses, mrkdwn sent verbatim, and no value closing a code block.
 */
class SlackHostileTextTest {
    private static final String ASKER = "U1";

    @Test
    void theCorpusIsLoadedAndHoldsTheKnownAttacks() {
        assertThat(HostileValues.all())
                .hasSizeGreaterThan(30)
                .contains("<!channel>", "<!here>", "<@U0123ABCD>", "<https://evil.example/login|your invoice>", "```");
    }

    @Test
    void noHostileValueLeavesAnySlackMessageLive() {
        for (String value : HostileValues.all()) {
            for (SlackMessage message : everywhere(value)) {
                assertInert(value, message);
            }
        }
    }

    @Test
    void incomingTextIsDecodedOnceAndEncodedOnceOnTheWayOut() throws Exception {
        try (SlackTestbed bed = new SlackTestbed("slack_decode", Duration.ZERO, 2)) {
            bed.sqlFor(
                    "orders with total > 100 & status <> 'x'",
                    "SELECT count(*) AS orders FROM public.orders WHERE total > 100");

            bed.requests.slashCommand(
                    "/ask",
                    "orders with total &gt; 100 &amp; status &lt;&gt; 'x'",
                    "U50",
                    "C_DECODE",
                    bed.slack.responseUrl("decode"));

            SlackCall working = bed.slack.await(
                    "chat.postMessage", c -> "C_DECODE".equals(c.param("channel")), Duration.ofSeconds(15));
            assertThat(working.text())
                    .contains("total &gt; 100 &amp; status &lt;&gt; 'x'")
                    .doesNotContain("&amp;gt;");
            bed.slack.await(
                    "chat.update",
                    c -> working.ts().equals(c.param("ts")) && c.blocks().contains("Here is what I found."),
                    Duration.ofSeconds(15));
            assertThat(bed.groq.calls())
                    .anyMatch(c -> c.user().contains("Question: orders with total > 100 & status <> 'x'"));
        }
    }

    @Test
    void aHostileSummaryAndQuestionGoOutInertThroughTheWholeAdapter() throws Exception {
        String summary = "<!channel> pay now: <https://evil.example/login|your invoice> ``` <@U0BOSS> @here";
        try (SlackTestbed bed = new SlackTestbed("slack_hostile", Duration.ZERO, 2)) {
            bed.sqlFor("how many orders <!here>", "SELECT count(*) AS orders FROM public.orders");
            bed.summaryFor("how many orders", call -> GroqResponses.completion(call.model(), summary));

            bed.requests.event(
                    dev.askbar.slack.fake.SignedSlackRequests.mentionEvent(
                            "Ev0HOSTILE1",
                            ASKER,
                            "C_HOSTILE",
                            "<@UASKBAR01> how many orders <!here>",
                            "1767226000.000100",
                            null),
                    java.util.Map.of());

            SlackCall answer = bed.slack.await(
                    "chat.update",
                    c -> "C_HOSTILE".equals(c.param("channel")) && c.blocks().contains("pay now"),
                    Duration.ofSeconds(15));
            assertThat(answer.text())
                    .contains("&lt;!channel&gt;")
                    .contains("&lt;https://evil.example/login|your invoice&gt;");
            for (SlackCall c : bed.slack.calls()) {
                if ("C_HOSTILE".equals(c.param("channel")) && c.method().startsWith("chat.")) {
                    assertThat(c.param("parse")).as("parse").isEqualTo("none");
                    assertThat(c.param("link_names")).as("link_names").isIn("0", "false");
                    assertInert(summary, new SlackMessage(c.text(), List.of()));
                    assertInertJson(summary, c.blocks());
                }
            }
        }
    }

    /** The value in every place a Slack message can carry untrusted text. */
    private static List<SlackMessage> everywhere(String v) {
        List<SlackMessage> out = new ArrayList<>();
        QueryResult table = new QueryResult(
                List.of(new ResultColumn(v, "text", ValueKind.TEXT), new ResultColumn("n", "int8", ValueKind.INTEGER)),
                List.of(List.of(v, 1L), List.of("plain", 2L)),
                false);
        QueryResult single =
                new QueryResult(List.of(new ResultColumn(v, "text", ValueKind.TEXT)), List.of(List.of(v)), false);
        for (QueryResult result : List.of(table, single)) {
            Answer answer = new Answer(
                    new Question(v, ASKER, "slack", Optional.empty()),
                    Optional.of("SELECT '" + v + "'"),
                    Optional.of(result),
                    Optional.of(v),
                    Optional.empty(),
                    Optional.of("groq"),
                    Optional.of(v),
                    Optional.empty(),
                    new Timings(1, 1, 1, 3),
                    false,
                    Optional.of(1L));
            AnswerView view = AnswerView.of(answer, TextTable.Style.chat());
            for (BlockKitAnswer.Form form : BlockKitAnswer.Form.values()) {
                for (Optional<String> id : List.of(Optional.<String>empty(), Optional.of("abc123def456"))) {
                    out.add(BlockKitAnswer.render(answer, view, id, true, form).message());
                    out.add(BlockKitAnswer.render(answer, view, id, false, form).message());
                }
            }
        }
        Answer failed = new Answer(
                new Question(v, ASKER, "slack", Optional.empty()),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.of(new AnswerError(AnswerError.Code.SQL_REFUSED, v)),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                new Timings(0, 0, 0, 1),
                false,
                Optional.empty());
        out.add(BlockKitAnswer.render(failed, AnswerView.of(failed, TextTable.Style.chat()), Optional.empty())
                .message());
        out.add(BlockKitAnswer.working(ASKER, v, "Writing the SQL…"));
        out.add(BlockKitAnswer.warning(v));
        out.add(BlockKitAnswer.notice(v));
        out.add(new SlackMessage("SQL", BlockKitAnswer.monospace("SQL", v)));
        out.add(SlackReplies.helpMessage(new HelpText.Help(v, List.of(v), List.of(v))));
        out.add(KeysTable.message(List.of(new KeyStatus(
                "groq",
                1,
                v,
                v,
                v,
                KeyState.COOLING,
                Optional.of(Instant.now().plusSeconds(5)),
                Optional.of(v),
                1,
                1,
                0,
                1,
                1,
                Optional.of(v),
                Optional.empty()))));
        out.add(ExampleList.message(
                List.of(new ExampleReview.Candidate(7, v, "SELECT '" + v + "'", v, Instant.EPOCH))));
        return out;
    }

    private static void assertInert(String value, SlackMessage message) {
        assertThat(live(message.text()))
                .as("text of a message carrying %s: %s", value, message.text())
                .isFalse();
        assertInertJson(value, GsonFactory.createSnakeCase().toJson(message.blocks()));
        assertInertJson(value, GsonFactory.createSnakeCase().toJson(message.attachments()));
    }

    private static void assertInertJson(String value, String json) {
        if (json == null || json.isBlank()) {
            return;
        }
        walk(com.google.gson.JsonParser.parseString(json), value);
    }

    /** Every text object Slack parses: verbatim, no live markup, code fences only as pairs AskBar opened and closed. */
    private static void walk(JsonElement e, String value) {
        if (e.isJsonArray()) {
            e.getAsJsonArray().forEach(x -> walk(x, value));
            return;
        }
        if (!e.isJsonObject()) {
            return;
        }
        JsonObject o = e.getAsJsonObject();
        String type =
                o.has("type") && o.get("type").isJsonPrimitive() ? o.get("type").getAsString() : "";
        if (type.equals("mrkdwn")) {
            String text = o.get("text").getAsString();
            assertThat(o.has("verbatim") && o.get("verbatim").getAsBoolean())
                    .as("verbatim mrkdwn for %s", value)
                    .isTrue();
            assertThat(live(text)).as("mrkdwn carrying %s: %s", value, text).isFalse();
            int fences = (text.length() - text.replace("```", "").length()) / 3;
            assertThat(fences).as("code fences in %s", text).isIn(0, 2);
            if (fences == 2) {
                assertThat(text)
                        .as("a fence opens the text and one closes it")
                        .startsWith("```")
                        .endsWith("```");
            }
            return;
        }
        if (type.equals("raw_text")) {
            // table cells are never parsed: the value stands as it is
            return;
        }
        o.entrySet().forEach(entry -> walk(entry.getValue(), value));
    }

    /** Markup Slack would act on: any angle bracket (mention, broadcast, link) other than the asker's own mention. */
    private static boolean live(String s) {
        String rest = s.replace("<@" + ASKER + ">", "");
        return rest.contains("<") || rest.contains(">");
    }
}
