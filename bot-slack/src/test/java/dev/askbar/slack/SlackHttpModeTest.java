package dev.askbar.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import dev.askbar.core.platform.AskbarAction;
import dev.askbar.core.platform.Sentences;
import dev.askbar.slack.fake.SignedSlackRequests;
import dev.askbar.slack.fake.SlackCall;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real Bolt app over HTTP, driven by signed requests as Slack sends them, talking to a fake Slack Web API. */
class SlackHttpModeTest {
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static SlackTestbed bed;
    /** What "how many orders" must answer, read from the shop rather than remembered. */
    private static String orderCount;

    @BeforeAll
    static void start() throws Exception {
        bed = new SlackTestbed("slack_http", Duration.ZERO, 4);
        orderCount = String.valueOf(bed.count("SELECT count(*) FROM public.orders"));
        bed.sqlFor(
                        "orders per status",
                        "SELECT status, count(*) AS orders FROM public.orders GROUP BY status ORDER BY status")
                .sqlFor("every order", "SELECT id, status, total FROM public.orders ORDER BY id")
                .sqlFor("how many orders", "SELECT count(*) AS orders FROM public.orders")
                .sqlFor("customers by name", "SELECT name, country FROM public.customers ORDER BY id")
                .sqlFor(
                        "and only shipped ones",
                        "SELECT count(*) AS shipped FROM public.orders WHERE status = 'shipped'")
                .sqlFor(
                        "and only the shipped ones",
                        "SELECT count(*) AS shipped FROM public.orders WHERE status = 'shipped'");
    }

    @AfterAll
    static void stop() {
        bed.close();
    }

    @Test
    void askIsAcknowledgedAtOnceThenProgressIsReplacedByTheAnswerWithATableAndAChart() {
        long started = System.nanoTime();
        HttpResponse<String> ack =
                bed.requests.slashCommand("/ask", "orders per status", "U1", "C_ASK", bed.slack.responseUrl("ask1"));
        long ackMillis = (System.nanoTime() - started) / 1_000_000;

        assertThat(ack.statusCode()).isEqualTo(200);
        assertThat(ack.body()).isEmpty();
        assertThat(ackMillis).isLessThan(3000);
        SlackCall working = bed.slack.await("chat.postMessage", c -> "C_ASK".equals(c.param("channel")), WAIT);
        assertThat(working.content()).contains("orders per status").contains("Writing the SQL");
        assertThat(working.param("thread_ts")).isNull();
        String ts = working.ts();

        SlackCall answer = bed.slack.await(
                "chat.update", c -> c.param("ts").equals(ts) && c.blocks().contains("Here is what I found."), WAIT);
        assertThat(answer.param("channel")).isEqualTo("C_ASK");
        // Slack documents the table block inside attachments, beside the blocks
        assertThat(answer.attachments())
                .contains("\"type\":\"table\"")
                .contains("raw_text")
                .contains("shipped");
        assertThat(answer.blocks())
                .doesNotContain("\"type\":\"table\"")
                .contains(BlockKitAnswer.SHOW_SQL)
                .contains(BlockKitAnswer.THUMBS_UP)
                .contains("llama");
        assertThat(bed.slack.message(ts).orElseThrow().progress()).isFalse();
        assertThat(bed.slack.refused()).noneMatch(c -> "C_ASK".equals(c.param("channel")));
        // a quick query goes from "Writing the SQL…" straight to the rows: no stage edit flashes by in between
        List<SlackCall> updates = bed.slack.calls("chat.update").stream()
                .filter(c -> c.param("ts").equals(ts))
                .toList();
        assertThat(updates).noneMatch(u -> u.content().contains("Running the query"));
        assertThat(updates.get(updates.size() - 1)).isSameAs(answer);

        SlackCall chart = bed.slack.await(
                "files.completeUploadExternal", c -> c.param("files").contains("Chart: orders per status"), WAIT);
        assertThat(chart.param("channel_id")).isEqualTo("C_ASK");
        assertThat(chart.param("thread_ts")).isEqualTo(ts);
        assertThat(bed.slack.calls("upload")).anyMatch(u -> u.bodyBytes() > 1000);
        assertThat(bed.slack.calls("files.completeUploadExternal"))
                .noneMatch(c -> c.param("files").contains("CSV: orders per status"));
    }

    @Test
    void aResultTooBigForTheTableBlockIsPreformattedAndTheCsvIsUploaded() {
        bed.requests.slashCommand("/ask", "every order", "U2", "C_BIG", bed.slack.responseUrl("ask2"));

        SlackCall working = bed.slack.await("chat.postMessage", c -> "C_BIG".equals(c.param("channel")), WAIT);
        SlackCall answer = bed.slack.await(
                "chat.update",
                c -> c.param("ts").equals(tsOf(working)) && c.blocks().contains("```"),
                WAIT);
        assertThat(answer.blocks()).doesNotContain("\"type\":\"table\"").contains("more rows");
        SlackCall csv = bed.slack.await(
                "files.completeUploadExternal", c -> c.param("files").contains("CSV: every order"), WAIT);
        assertThat(csv.param("thread_ts")).isEqualTo(tsOf(working));
        assertThat(bed.slack.calls("files.getUploadURLExternal"))
                .anyMatch(c -> "answer.csv".equals(c.param("filename")));
    }

    @Test
    void forgedMissingAndStaleSignaturesAreRefusedBeforeAnyWork() {
        int groqCalls = bed.groq.callCount();
        String body = SignedSlackRequests.formBody(Map.of(
                "command",
                "/ask",
                "text",
                "forged question",
                "user_id",
                "UEVIL",
                "channel_id",
                "C_EVIL",
                "response_url",
                bed.slack.responseUrl("evil")));
        long now = Instant.now().getEpochSecond();
        String type = "application/x-www-form-urlencoded";

        HttpResponse<String> forged = bed.requests.sendSigned(
                body, type, now, SignedSlackRequests.signature("wrong-secret", now, body), Map.of());
        HttpResponse<String> unsigned = bed.requests.sendSigned(body, type, null, null, Map.of());
        long stale = now - 6 * 60;
        HttpResponse<String> old = bed.requests.sendSigned(
                body, type, stale, SignedSlackRequests.signature(SlackTestbed.SIGNING_SECRET, stale, body), Map.of());
        HttpResponse<String> tampered = bed.requests.sendSigned(
                body.replace("forged", "tampered"),
                type,
                now,
                SignedSlackRequests.signature(SlackTestbed.SIGNING_SECRET, now, body),
                Map.of());

        assertThat(List.of(forged, unsigned, old, tampered))
                .allSatisfy(r -> assertThat(r.statusCode()).isEqualTo(401));
        // a correctly signed request afterwards is served, and by then nothing forged has reached Slack or the model
        HttpResponse<String> genuine =
                bed.requests.slashCommand("/askbar", "nonsense", "U3", "C_EVIL", bed.slack.responseUrl("ok"));
        assertThat(genuine.statusCode()).isEqualTo(200);
        assertThat(genuine.body()).contains("/askbar help");
        assertThat(bed.slack.calls())
                .noneMatch(c -> c.content().contains("forged")
                        || c.content().contains("tampered")
                        || "C_EVIL".equals(c.param("channel")));
        assertThat(bed.groq.calls())
                .noneMatch(c -> c.user().contains("forged") || c.user().contains("tampered"));
        assertThat(bed.groq.callCount()).isGreaterThanOrEqualTo(groqCalls);
    }

    @Test
    void aMentionIsAnsweredInItsThreadAndARetriedEventIsAnsweredOnce() {
        String event = SignedSlackRequests.mentionEvent(
                "Ev0MENTION1", "U4", "C_MENTION", "<@" + "UASKBAR01" + "> how many orders", "1767225000.000100", null);

        HttpResponse<String> first = bed.requests.event(event, Map.of());
        HttpResponse<String> retry1 =
                bed.requests.event(event, Map.of("X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout"));
        HttpResponse<String> retry2 =
                bed.requests.event(event, Map.of("X-Slack-Retry-Num", "2", "X-Slack-Retry-Reason", "http_timeout"));

        assertThat(List.of(first, retry1, retry2))
                .allSatisfy(r -> assertThat(r.statusCode()).isEqualTo(200));
        SlackCall working = bed.slack.await("chat.postMessage", c -> "C_MENTION".equals(c.param("channel")), WAIT);
        assertThat(working.param("thread_ts")).isEqualTo("1767225000.000100");
        // the rows first, then the summary (written once the answer is audited)
        SlackCall rows = bed.slack.await(
                "chat.update",
                c -> c.param("ts").equals(tsOf(working)) && c.blocks().contains(orderCount),
                WAIT);
        assertThat(rows.blocks()).contains("orders");
        bed.slack.await(
                "chat.update",
                c -> c.param("ts").equals(tsOf(working)) && c.blocks().contains("Here is what I found."),
                WAIT);
        // the answer is complete; a second delivery would have posted its own working message by now
        assertThat(bed.slack.calls("chat.postMessage"))
                .filteredOn(c -> "C_MENTION".equals(c.param("channel")))
                .hasSize(1);
        assertThat(bed.count(
                        "SELECT count(*) FROM askbar.audit_log WHERE conversation = 'C_MENTION:1767225000.000100'"))
                .isEqualTo(1);
    }

    @Test
    void aMentionIsAcknowledgedBeforeAnythingIsPostedEvenWhileSlackMakesPostsWait() {
        bed.slack.rateLimit("chat.postMessage", 1, 2);
        long started = System.nanoTime();

        HttpResponse<String> ack = bed.requests.event(
                SignedSlackRequests.mentionEvent(
                        "Ev0EMPTY1", "U12", "C_EMPTY", "<@UASKBAR01>", "1767225400.000100", null),
                Map.of());

        long ackMillis = (System.nanoTime() - started) / 1_000_000;
        assertThat(ack.statusCode()).isEqualTo(200);
        assertThat(ackMillis).isLessThan(1500);
        SlackCall usage =
                bed.slack.await("chat.postMessage", c -> "C_EMPTY".equals(c.param("channel")) && c.accepted(), WAIT);
        assertThat(usage.content()).contains(Sentences.MENTION_USAGE);
        assertThat(usage.param("thread_ts")).isEqualTo("1767225400.000100");
        // posted after Slack's Retry-After, long after the event was acknowledged
        assertThat((usage.receivedNanos() - started) / 1_000_000).isGreaterThan(1900);
        assertThat(bed.slack.refused())
                .anyMatch(c -> "ratelimited".equals(c.error()) && "C_EMPTY".equals(c.param("channel")));
    }

    @Test
    void aLaterMentionInTheThreadIsAFollowUpWithTheEarlierQuestionInItsPrompt() {
        String thread = "1767225100.000200";
        bed.requests.event(
                SignedSlackRequests.mentionEvent(
                        "Ev0FOLLOW1", "U5", "C_FOLLOW", "<@UASKBAR01> how many orders", thread, null),
                Map.of());
        SlackCall firstWorking = bed.slack.await("chat.postMessage", c -> "C_FOLLOW".equals(c.param("channel")), WAIT);
        bed.slack.await(
                "chat.update",
                c -> c.param("ts").equals(tsOf(firstWorking)) && c.blocks().contains("Here is what I found."),
                WAIT);

        bed.requests.event(
                SignedSlackRequests.mentionEvent(
                        "Ev0FOLLOW2",
                        "U5",
                        "C_FOLLOW",
                        "<@UASKBAR01|askbar> and only shipped ones",
                        "1767225160.000300",
                        thread),
                Map.of());

        List<SlackCall> posts =
                bed.slack.awaitAll("chat.postMessage", c -> "C_FOLLOW".equals(c.param("channel")), 2, WAIT);
        assertThat(posts.get(1).param("thread_ts")).isEqualTo(thread);
        bed.slack.await(
                "chat.update",
                c -> c.param("ts").equals(tsOf(posts.get(1))) && c.blocks().contains("shipped"),
                WAIT);
        assertThat(bed.groq.calls())
                .anyMatch(c -> c.user().contains("Question: and only shipped ones")
                        && c.user().contains("Earlier in this conversation")
                        && c.user().contains("how many orders"));
    }

    @Test
    void aMentionInTheThreadOfAnAskAnswerIsAFollowUpOfThatQuestion() {
        bed.requests.slashCommand(
                "/ask", "how many orders", "U13", "C_ASK_FOLLOW", bed.slack.responseUrl("ask-follow"));
        SlackCall working = bed.slack.await("chat.postMessage", c -> "C_ASK_FOLLOW".equals(c.param("channel")), WAIT);
        bed.slack.await(
                "chat.update",
                c -> c.param("ts").equals(tsOf(working)) && c.blocks().contains("Here is what I found."),
                WAIT);

        bed.requests.event(
                SignedSlackRequests.mentionEvent(
                        "Ev0ASKFOLLOW",
                        "U13",
                        "C_ASK_FOLLOW",
                        "<@UASKBAR01> and only the shipped ones",
                        "1767225500.000300",
                        tsOf(working)),
                Map.of());

        List<SlackCall> posts =
                bed.slack.awaitAll("chat.postMessage", c -> "C_ASK_FOLLOW".equals(c.param("channel")), 2, WAIT);
        assertThat(posts.get(1).param("thread_ts")).isEqualTo(tsOf(working));
        bed.slack.await(
                "chat.update",
                c -> c.param("ts").equals(tsOf(posts.get(1))) && c.blocks().contains("shipped"),
                WAIT);
        assertThat(bed.groq.calls())
                .anyMatch(c -> c.user().contains("Question: and only the shipped ones")
                        && c.user().contains("Earlier in this conversation")
                        && c.user().contains("how many orders"));
    }

    @Test
    void keysAreShownOnlyToAdminsAndOnlyToThem() {
        bed.slack.workspaceAdmin("UWSADMIN");

        bed.requests.slashCommand(
                "/askbar", "keys", SlackTestbed.CONFIGURED_ADMIN, "C_KEYS", bed.slack.responseUrl("keys-configured"));
        bed.requests.slashCommand("/askbar", "keys", "UWSADMIN", "C_KEYS", bed.slack.responseUrl("keys-workspace"));
        HttpResponse<String> ack =
                bed.requests.slashCommand("/askbar", "keys", "UNOBODY", "C_KEYS", bed.slack.responseUrl("keys-nobody"));

        assertThat(ack.statusCode()).isEqualTo(200);
        for (String admin : List.of("keys-configured", "keys-workspace")) {
            SlackCall reply = bed.slack.await("response_url", c -> c.path().endsWith(admin), WAIT);
            assertThat(reply.bodyJson().getAsJsonObject().get("response_type").getAsString())
                    .isEqualTo("ephemeral");
            assertThat(reply.content())
                    .contains("gsk_…a1b2")
                    .contains("cooling down")
                    .doesNotContain("gsk_test0000");
            // a native table, in the attachments where Slack documents it, not the terminal's text
            assertThat(reply.attachments())
                    .contains("\"type\":\"table\"")
                    .contains("rate limited per minute")
                    .contains("AIza…9f3c");
            assertThat(reply.accepted()).isTrue();
        }
        SlackCall refusal = bed.slack.await("response_url", c -> c.path().endsWith("keys-nobody"), WAIT);
        assertThat(refusal.bodyJson().getAsJsonObject().get("response_type").getAsString())
                .isEqualTo("ephemeral");
        assertThat(refusal.content())
                .contains(Sentences.notAdmin(AskbarAction.KEYS, AskbarCommandHandler.WHO_MAY))
                .doesNotContain("gsk_");
        assertThat(bed.slack.calls("users.info"))
                .extracting(c -> c.param("user"))
                .contains("UWSADMIN", "UNOBODY")
                .doesNotContain(SlackTestbed.CONFIGURED_ADMIN);
        assertThat(bed.slack.calls("chat.postMessage")).noneMatch(c -> "C_KEYS".equals(c.param("channel")));
    }

    @Test
    void refreshIsForAdminsAndSaysWhatItDid() {
        bed.requests.slashCommand(
                "/askbar",
                "refresh",
                SlackTestbed.CONFIGURED_ADMIN,
                "C_REFRESH",
                bed.slack.responseUrl("refresh-admin"));
        bed.requests.slashCommand(
                "/askbar", "refresh", "UNOBODY2", "C_REFRESH", bed.slack.responseUrl("refresh-nobody"));
        SlackCall done = bed.slack.await("response_url", c -> c.path().endsWith("refresh-admin"), WAIT);
        assertThat(done.bodyJson().getAsJsonObject().get("response_type").getAsString())
                .isEqualTo("ephemeral");
        assertThat(done.content()).contains("Schema re-read:").contains("cached");
        SlackCall refused = bed.slack.await("response_url", c -> c.path().endsWith("refresh-nobody"), WAIT);
        assertThat(refused.content())
                .contains(Sentences.notAdmin(AskbarAction.REFRESH, AskbarCommandHandler.WHO_MAY))
                .doesNotContain("Schema re-read");
    }

    @Test
    void pendingExamplesAreListedForAdminsAndTheirButtonsCheckThePresserAgain() {
        bed.examples.add(41, "orders per status", "SELECT status, count(*) FROM public.orders GROUP BY status", "U7");

        bed.requests.slashCommand(
                "/askbar", "examples", "UNOBODY3", "C_EXAMPLES", bed.slack.responseUrl("examples-nobody"));
        bed.requests.slashCommand(
                "/askbar",
                "examples",
                SlackTestbed.CONFIGURED_ADMIN,
                "C_EXAMPLES",
                bed.slack.responseUrl("examples-admin"));

        assertThat(bed.slack
                        .await("response_url", c -> c.path().endsWith("examples-nobody"), WAIT)
                        .content())
                .contains(Sentences.notAdmin(AskbarAction.EXAMPLES, AskbarCommandHandler.WHO_MAY))
                .doesNotContain("GROUP BY");
        SlackCall list = bed.slack.await("response_url", c -> c.path().endsWith("examples-admin"), WAIT);
        assertThat(list.accepted()).isTrue();
        assertThat(list.bodyJson().getAsJsonObject().get("response_type").getAsString())
                .isEqualTo("ephemeral");
        assertThat(list.content())
                .contains("orders per status")
                .contains("GROUP BY status")
                .contains(ExampleList.APPROVE)
                .contains(ExampleList.REJECT);
        assertThat(buttonValue(list, ExampleList.APPROVE)).isEqualTo("41");

        bed.requests.buttonClick(
                ExampleList.APPROVE,
                "41",
                "UNOBODY3",
                "C_EXAMPLES",
                "1767225300.000100",
                null,
                bed.slack.responseUrl("approve-nobody"));
        assertThat(bed.slack
                        .await("response_url", c -> c.path().endsWith("approve-nobody"), WAIT)
                        .content())
                .contains(Sentences.notAdmin(AskbarAction.EXAMPLES, AskbarCommandHandler.WHO_MAY));
        assertThat(bed.examples.approvedBy).doesNotContainKey(41L);

        bed.requests.buttonClick(
                ExampleList.APPROVE,
                "41",
                SlackTestbed.CONFIGURED_ADMIN,
                "C_EXAMPLES",
                "1767225300.000100",
                null,
                bed.slack.responseUrl("approve-admin"));
        assertThat(bed.slack
                        .await("response_url", c -> c.path().endsWith("approve-admin"), WAIT)
                        .content())
                .contains(Sentences.approved(41));
        assertThat(bed.examples.approvedBy).containsEntry(41L, SlackTestbed.CONFIGURED_ADMIN);

        bed.requests.buttonClick(
                ExampleList.REJECT,
                "41",
                SlackTestbed.CONFIGURED_ADMIN,
                "C_EXAMPLES",
                "1767225300.000100",
                null,
                bed.slack.responseUrl("reject-again"));
        assertThat(bed.slack
                        .await("response_url", c -> c.path().endsWith("reject-again"), WAIT)
                        .content())
                .contains(Sentences.UNKNOWN_EXAMPLE);
    }

    @Test
    void helpListsTablesAndExamplesEphemerally() {
        bed.requests.slashCommand("/askbar", "help", "U6", "C_HELP", bed.slack.responseUrl("help"));

        SlackCall reply = bed.slack.await("response_url", c -> c.path().endsWith("/help"), WAIT);
        assertThat(reply.bodyJson().getAsJsonObject().get("response_type").getAsString())
                .isEqualTo("ephemeral");
        assertThat(reply.content()).contains("public.orders").contains("/ask ");
    }

    @Test
    void buttonsShowTheSqlUploadTheCsvAndRecordFeedback() {
        bed.requests.slashCommand("/ask", "customers by name", "U7", "C_BTN", bed.slack.responseUrl("ask-btn"));
        SlackCall working = bed.slack.await("chat.postMessage", c -> "C_BTN".equals(c.param("channel")), WAIT);
        String ts = tsOf(working);
        SlackCall answer = bed.slack.await(
                "chat.update", c -> c.param("ts").equals(ts) && c.blocks().contains(BlockKitAnswer.THUMBS_UP), WAIT);
        String archiveId = buttonValue(answer, BlockKitAnswer.SHOW_SQL);
        // feedback buttons carry the archive id too, never the audit id
        assertThat(buttonValue(answer, BlockKitAnswer.THUMBS_UP)).isEqualTo(archiveId);
        long auditId = bed.count("SELECT max(id) FROM askbar.audit_log WHERE question = 'customers by name'");
        // Slack escapes nothing in raw_text cells; the mrkdwn parts are escaped
        assertThat(JsonParser.parseString(answer.attachments()).toString())
                .contains("José <Álvarez> & Co")
                .contains("山田 太郎");

        bed.requests.buttonClick(
                BlockKitAnswer.SHOW_SQL, archiveId, "U8", "C_BTN", ts, null, bed.slack.responseUrl("sql"));
        SlackCall sql = bed.slack.await("response_url", c -> c.path().endsWith("/sql"), WAIT);
        assertThat(sql.content()).contains("SELECT name, country FROM public.customers ORDER BY id");
        assertThat(sql.bodyJson().getAsJsonObject().get("replace_original").getAsBoolean())
                .isFalse();

        bed.requests.buttonClick(BlockKitAnswer.CSV, archiveId, "U8", "C_BTN", ts, null, bed.slack.responseUrl("csv"));
        SlackCall csv = bed.slack.await(
                "files.completeUploadExternal", c -> c.param("files").contains("CSV: customers by name"), WAIT);
        assertThat(csv.param("thread_ts")).isEqualTo(ts);

        bed.requests.buttonClick(
                BlockKitAnswer.THUMBS_UP, archiveId, "U8", "C_BTN", ts, null, bed.slack.responseUrl("thanks"));
        assertThat(bed.slack
                        .await("response_url", c -> c.path().endsWith("/thanks"), WAIT)
                        .content())
                .contains(Sentences.THANKS_UP);
        assertThat(bed.count("SELECT count(*) FROM askbar.audit_log WHERE id = " + auditId + " AND feedback = 1"))
                .isEqualTo(1);
        assertThat(bed.count("SELECT count(*) FROM askbar.verified_examples WHERE question = 'customers by name'"))
                .isEqualTo(1);

        bed.requests.buttonClick(
                BlockKitAnswer.SHOW_SQL, "000000000000", "U8", "C_BTN", ts, null, bed.slack.responseUrl("expired"));
        assertThat(bed.slack
                        .await("response_url", c -> c.path().endsWith("/expired"), WAIT)
                        .content())
                .contains(Sentences.EXPIRED);
    }

    @Test
    void whereTheBotIsNotInTheChannelTheAnswerGoesThroughTheResponseUrl() {
        bed.slack.failing("chat.postMessage", "not_in_channel");
        try {
            bed.requests.slashCommand("/ask", "how many orders", "U9", "C_OUTSIDE", bed.slack.responseUrl("outside"));
            SlackCall reply = bed.slack.await("response_url", c -> c.path().endsWith("/outside"), WAIT);
            assertThat(reply.bodyJson().getAsJsonObject().get("response_type").getAsString())
                    .isEqualTo("in_channel");
            assertThat(reply.content()).contains(orderCount).contains("Here is what I found.");
            // one post for the finished answer: Slack allows a response_url 5 in 30 minutes
            assertThat(bed.slack.responseUrlUses("outside")).isEqualTo(1);
            assertThat(bed.slack.calls("response_url"))
                    .filteredOn(c -> c.path().endsWith("/outside"))
                    .hasSize(1);
        } finally {
            bed.slack.failing("chat.postMessage", null);
        }
    }

    private static String tsOf(SlackCall post) {
        return post.ts();
    }

    private static String buttonValue(SlackCall message, String actionId) {
        for (var block : JsonParser.parseString(message.blocks()).getAsJsonArray()) {
            if (block.getAsJsonObject().get("type").getAsString().equals("actions")) {
                for (var element : block.getAsJsonObject().getAsJsonArray("elements")) {
                    if (element.getAsJsonObject().get("action_id").getAsString().equals(actionId)) {
                        return element.getAsJsonObject().get("value").getAsString();
                    }
                }
            }
        }
        throw new AssertionError("no " + actionId + " button in " + message.blocks());
    }
}
