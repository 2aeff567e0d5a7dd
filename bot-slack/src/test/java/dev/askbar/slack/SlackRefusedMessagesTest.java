package dev.askbar.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.askbar.core.platform.Sentences;
import dev.askbar.slack.fake.FakeSlack;
import dev.askbar.slack.fake.SignedSlackRequests;
import dev.askbar.slack.fake.SlackCall;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every way Slack can refuse an answer, end to end against the strict fake: the asker gets the answer in a plainer
 * form, or one sentence, and never a "working on it" message left standing.
 */
class SlackRefusedMessagesTest {
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static SlackTestbed bed;

    @BeforeAll
    static void start() throws Exception {
        bed = new SlackTestbed("slack_refused", Duration.ZERO, 4);
        bed.sqlFor(
                        "orders per status",
                        "SELECT status, count(*) AS orders FROM public.orders GROUP BY status ORDER BY status")
                .sqlFor(
                        "wide order notes",
                        "SELECT id, repeat('note ', 30) || status AS note FROM public.orders WHERE id <= 90 ORDER BY id");
    }

    @AfterAll
    static void stop() {
        bed.close();
    }

    @AfterEach
    void slackTakesEverythingAgain() {
        bed.slack.clearRejections();
    }

    @Test
    void aRefusedTableAttachmentIsShownAgainAsACodeBlockTable() {
        bed.slack.rejectWhen("chat.update", c -> c.attachments().contains("\"table\""), "invalid_attachments");

        FakeSlack.PostedMessage answer = askAndAwaitTheEnd("C_REF_ATT", "orders per status", "Here is what I found.");

        assertThat(answer.attachments()).doesNotContain("\"table\"");
        assertThat(answer.blocks()).contains("```").contains("shipped").contains(BlockKitAnswer.SHOW_SQL);
        assertThat(bed.slack.refused())
                .anyMatch(c -> "invalid_attachments".equals(c.error()) && "C_REF_ATT".equals(c.param("channel")));
        assertNothingStandsIn("C_REF_ATT");
    }

    @Test
    void refusedBlocksAreShownAgainAsText() {
        bed.slack.rejectWhen(
                "chat.update",
                c -> "C_REF_BLK".equals(c.param("channel"))
                        && !c.blocks().isEmpty()
                        && !c.blocks().equals("[]")
                        && c.content().contains("shipped"),
                "invalid_blocks");

        FakeSlack.PostedMessage answer = askAndAwaitTheEnd("C_REF_BLK", "orders per status", "Here is what I found.");

        assertThat(answer.blocks()).isIn("", "[]");
        assertThat(answer.text())
                .contains("Here is what I found.")
                .contains("```")
                .contains("shipped")
                .contains("groq");
        assertNothingStandsIn("C_REF_BLK");
    }

    @Test
    void whenEveryFormIsRefusedTheProgressBecomesOneSentence() {
        bed.slack.rejectWhen(
                "chat.update",
                c -> "C_REF_ALL".equals(c.param("channel")) && c.content().contains("shipped"),
                "msg_too_long");

        String ts = ask("C_REF_ALL", "orders per status");
        FakeSlack.PostedMessage shown = awaitMessage(ts, m -> m.content().contains(Sentences.NOT_SHOWN));

        assertThat(shown.content()).doesNotContain("shipped");
        assertThat(bed.slack.refused())
                .filteredOn(c -> "C_REF_ALL".equals(c.param("channel")))
                .extracting(SlackCall::error)
                .containsOnly("msg_too_long")
                .hasSizeGreaterThanOrEqualTo(3);
        assertNothingStandsIn("C_REF_ALL");
    }

    @Test
    void aProgressMessageThatCannotBeEditedIsDeletedAndTheSentencePostedAnew() {
        bed.slack.rejectWhen("chat.update", c -> "C_REF_EDIT".equals(c.param("channel")), "cant_update_message");

        String ts = ask("C_REF_EDIT", "orders per status");
        SlackCall sentence = bed.slack.await(
                "chat.postMessage",
                c -> "C_REF_EDIT".equals(c.param("channel")) && c.content().contains(Sentences.NOT_SHOWN),
                WAIT);

        assertThat(sentence.accepted()).isTrue();
        assertThat(bed.slack.message(ts).orElseThrow().deleted()).isTrue();
        assertNothingStandsIn("C_REF_EDIT");
    }

    @Test
    void aRateLimitedEditWaitsForRetryAfterAndTheAnswerStillArrives() {
        bed.slack.rateLimit("chat.update", 1, 1);

        FakeSlack.PostedMessage answer = askAndAwaitTheEnd("C_REF_429", "orders per status", "Here is what I found.");

        assertThat(answer.attachments()).contains("\"table\"");
        assertThat(bed.slack.refused()).anyMatch(c -> "ratelimited".equals(c.error()));
        assertNothingStandsIn("C_REF_429");
    }

    @Test
    void aTableOverSlacksCellCharacterLimitIsSentAsACodeBlockAndTaken() {
        FakeSlack.PostedMessage answer = askAndAwaitTheEnd("C_REF_WIDE", "wide order notes", "Here is what I found.");

        assertThat(answer.attachments()).doesNotContain("\"table\"");
        assertThat(answer.blocks()).contains("```").contains("note note");
        assertThat(bed.slack.refused()).noneMatch(c -> "C_REF_WIDE".equals(c.param("channel")));
        bed.slack.await("files.completeUploadExternal", c -> c.param("files").contains("CSV: wide order notes"), WAIT);
    }

    @Test
    void aRefusedAnswerThroughTheResponseUrlIsRetriedPlainerAndUsesItAtMostThreeTimes() {
        bed.slack.failing("chat.postMessage", "not_in_channel");
        bed.slack.rejectWhen(
                "response_url",
                c -> c.path().endsWith("/refused-url") && c.attachments().contains("\"table\""),
                "invalid_attachments");
        try {
            bed.requests.slashCommand(
                    "/ask", "orders per status", "U31", "C_REF_URL", bed.slack.responseUrl("refused-url"));
            SlackCall reply =
                    bed.slack.await("response_url", c -> c.path().endsWith("/refused-url") && c.accepted(), WAIT);
            assertThat(reply.content()).contains("shipped").contains("Here is what I found.");
            assertThat(bed.slack.responseUrlUses("refused-url")).isBetween(2, 3);
        } finally {
            bed.slack.failing("chat.postMessage", null);
        }
    }

    @Test
    void aStrictSlackRefusesWhatItWouldRefuse() {
        // the witness itself: a table among the top-level blocks, a too-long section, a too-long button value
        String table = "[{\"type\":\"table\",\"rows\":[[{\"type\":\"raw_text\",\"text\":\"a\"}]]}]";
        String longSection =
                "[{\"type\":\"section\",\"text\":{\"type\":\"mrkdwn\",\"text\":\"" + "x".repeat(3001) + "\"}}]";
        String longValue =
                "[{\"type\":\"actions\",\"elements\":[{\"type\":\"button\",\"action_id\":\"a\",\"text\":{\"type\":\"plain_text\",\"text\":\"b\"},\"value\":\""
                        + "v".repeat(2001) + "\"}]}]";
        String cell = "{\"type\":\"raw_text\",\"text\":\"" + "c".repeat(300) + "\"}";
        String row = "[" + String.join(",", Collections.nCopies(20, cell)) + "]";
        String tooManyCharacters = "[{\"blocks\":[{\"type\":\"table\",\"rows\":[" + row + "," + row + "]}]}]";

        assertThat(post(Map.of("blocks", table))).contains("invalid_blocks");
        assertThat(post(Map.of("blocks", longSection))).contains("invalid_blocks");
        assertThat(post(Map.of("blocks", longValue))).contains("invalid_blocks");
        assertThat(post(Map.of("text", "t", "attachments", tooManyCharacters))).contains("invalid_attachments");
        assertThat(post(Map.of("text", "x".repeat(40_001)))).contains("msg_too_long");
        String fiftyOneBlocks = "[" + String.join(",", Collections.nCopies(51, "{\"type\":\"divider\"}")) + "]";
        assertThat(post(Map.of("blocks", fiftyOneBlocks))).contains("invalid_blocks");
        assertThat(post(Map.of("text", "fine"))).contains("\"ok\":true");
    }

    @Test
    void aStrictSlackTakesAResponseUrlFiveTimesInThirtyMinutes() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(bed.slack.responseUrl("six-times")))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"reply " + i + "\"}"))
                    .build();
            statuses.add(
                    http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode());
        }
        assertThat(statuses).containsExactly(200, 200, 200, 200, 200, 404);
        assertThat(bed.slack.responseUrlUses("six-times")).isEqualTo(6);
    }

    @Test
    void aQuestionWithoutAnAnswerReplacesTheProgressWithOneSentence() {
        // no SQL is scripted for this question: the model answers "I cannot answer that."
        String ts = ask("C_REF_NONE", "what is the meaning of life");

        FakeSlack.PostedMessage shown = awaitMessage(ts, m -> m.content().contains(":warning:"));

        assertThat(shown.blocks()).doesNotContain(BlockKitAnswer.SHOW_SQL);
        assertNothingStandsIn("C_REF_NONE");
    }

    private static String post(Map<String, String> form) {
        Map<String, String> all = new LinkedHashMap<>(form);
        all.put("channel", "C_WITNESS");
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(bed.slack.apiUrl() + "chat.postMessage"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(SignedSlackRequests.formBody(all)))
                    .build();
            return HttpClient.newHttpClient()
                    .send(request, HttpResponse.BodyHandlers.ofString())
                    .body();
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    private static String ask(String channel, String question) {
        bed.requests.slashCommand("/ask", question, "U30", channel, bed.slack.responseUrl(channel));
        return bed.slack
                .await("chat.postMessage", c -> channel.equals(c.param("channel")) && c.accepted(), WAIT)
                .ts();
    }

    private static FakeSlack.PostedMessage askAndAwaitTheEnd(String channel, String question, String summary) {
        String ts = ask(channel, question);
        return awaitMessage(ts, m -> m.content().contains(summary));
    }

    /** Waits until the message with this ts stands as expected. */
    private static FakeSlack.PostedMessage awaitMessage(String ts, Predicate<FakeSlack.PostedMessage> done) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            FakeSlack.PostedMessage m = bed.slack.message(ts).orElseThrow();
            if (done.test(m)) {
                return m;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("message " + ts + " never got there; it stands as " + bed.slack.message(ts));
    }

    private static void assertNothingStandsIn(String channel) {
        assertThat(bed.slack.messages(channel)).isNotEmpty().noneMatch(FakeSlack.PostedMessage::progress);
    }
}
