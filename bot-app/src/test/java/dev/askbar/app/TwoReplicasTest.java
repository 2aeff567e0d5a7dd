package dev.askbar.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import dev.askbar.core.config.AskBarConfig;
import dev.askbar.core.platform.ChatAdapter;
import dev.askbar.slack.fake.FakeSlack;
import dev.askbar.slack.fake.SignedSlackRequests;
import dev.askbar.slack.fake.SlackCall;
import dev.askbar.testkit.TestKeys;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Two AskBar replicas in one JVM, each with its own runtime (pools, router, engine) and its own Slack adapter on its
 * own port, sharing one state database as two processes behind a load balancer would. Slack's requests go to either.
 */
@Timeout(120)
class TwoReplicasTest {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
    private static final String SHOW_SQL = "askbar_show_sql";

    private static FakeSlack slack;
    private static final List<AskBarRuntime> runtimes = new ArrayList<>();
    private static final List<ChatAdapter> adapters = new ArrayList<>();
    private static SignedSlackRequests replicaA;
    private static SignedSlackRequests replicaB;

    @BeforeAll
    static void start() throws Exception {
        MainTest.setUp();
        slack = FakeSlack.start();
        replicaA = replica();
        replicaB = replica();
    }

    private static SignedSlackRequests replica() throws Exception {
        int port = freePort();
        Map<String, String> env = MainTest.env();
        env.put("SLACK_BOT_TOKEN", TestKeys.slackBot("replica-token"));
        env.put("SLACK_SIGNING_SECRET", SIGNING_SECRET);
        env.put("ASKBAR_SLACK_API_URL", slack.apiUrl());
        env.put("ASKBAR_SLACK_PORT", Integer.toString(port));
        env.put("ASKBAR_CACHE_TTL_MINUTES", "0");
        AskBarRuntime runtime = AskBarRuntime.start(AskBarConfig.from(env));
        runtimes.add(runtime);
        List<ChatAdapter> created = ChatAdapters.create(runtime.config(), runtime);
        adapters.addAll(created);
        for (ChatAdapter adapter : created) {
            adapter.start();
        }
        return new SignedSlackRequests(SIGNING_SECRET, URI.create("http://127.0.0.1:" + port + "/slack/events"));
    }

    @AfterAll
    static void stop() {
        adapters.forEach(ChatAdapter::close);
        runtimes.forEach(AskBarRuntime::close);
        if (slack != null) {
            slack.close();
        }
        MainTest.tearDown();
    }

    @Test
    void theSameSlackEventDeliveredToBothReplicasIsAnsweredOnce() {
        String event = SignedSlackRequests.mentionEvent(
                "Ev0REPLICAS1",
                "U4",
                "C_TWICE",
                "<@" + FakeSlack.BOT_USER + "> how many products are there?",
                "1767225000.000100",
                null);

        // at once, as a retry that Slack sends to the other replica while the first is still being answered
        CompletableFuture<HttpResponse<String>> toA =
                CompletableFuture.supplyAsync(() -> replicaA.event(event, Map.of()));
        CompletableFuture<HttpResponse<String>> toB = CompletableFuture.supplyAsync(
                () -> replicaB.event(event, Map.of("X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout")));

        assertThat(List.of(toA.join(), toB.join()))
                .allSatisfy(r -> assertThat(r.statusCode()).isEqualTo(200));
        SlackCall working = slack.await("chat.postMessage", c -> "C_TWICE".equals(c.param("channel")), WAIT);
        slack.await(
                "chat.update",
                c -> c.param("ts").equals(working.ts()) && c.blocks().contains("There are 3 products."),
                WAIT);
        // the answer is complete; the other delivery would have posted its own working message by now
        assertThat(slack.calls("chat.postMessage"))
                .filteredOn(c -> "C_TWICE".equals(c.param("channel")))
                .hasSize(1);
        assertThat(MainTest.db.count(
                        "SELECT count(*) FROM askbar.audit_log WHERE conversation = 'C_TWICE:1767225000.000100'"))
                .isEqualTo(1);
        assertThat(
                        MainTest.db.count(
                                "SELECT count(*) FROM askbar.event_claim WHERE platform = 'slack' AND event_id = 'Ev0REPLICAS1'"))
                .isEqualTo(1);
    }

    @Test
    void aButtonClickedOnReplicaBForAnAnswerMadeOnReplicaAWorks() {
        replicaA.slashCommand(
                "/ask", "which are the most expensive products?", "U7", "C_BUTTON", slack.responseUrl("ask-a"));
        SlackCall working = slack.await("chat.postMessage", c -> "C_BUTTON".equals(c.param("channel")), WAIT);
        SlackCall answer = slack.await(
                "chat.update",
                c -> c.param("ts").equals(working.ts()) && c.blocks().contains(SHOW_SQL),
                WAIT);

        replicaB.buttonClick(
                SHOW_SQL,
                buttonValue(answer, SHOW_SQL),
                "U8",
                "C_BUTTON",
                working.ts(),
                null,
                slack.responseUrl("sql-on-b"));

        SlackCall sql = slack.await("response_url", c -> c.path().endsWith("/sql-on-b"), WAIT);
        assertThat(sql.content()).contains("SELECT name, price FROM public.products ORDER BY price DESC");
    }

    @Test
    void aMentionInTheThreadOfAnAnswerPostedByReplicaAContinuesThatConversationOnReplicaB() {
        replicaA.slashCommand(
                "/ask", "how many products are there?", "U9", "C_THREAD", slack.responseUrl("ask-thread"));
        SlackCall working = slack.await("chat.postMessage", c -> "C_THREAD".equals(c.param("channel")), WAIT);
        slack.await(
                "chat.update",
                c -> c.param("ts").equals(working.ts()) && c.blocks().contains("There are 3 products."),
                WAIT);
        String first =
                "SELECT conversation FROM askbar.audit_log WHERE question = 'how many products are there?' AND conversation LIKE 'C_THREAD:%'";
        assertThat(MainTest.db.count("SELECT count(*) FROM (" + first + ") q")).isEqualTo(1);

        replicaB.event(
                SignedSlackRequests.mentionEvent(
                        "Ev0REPLICAS2",
                        "U9",
                        "C_THREAD",
                        "<@" + FakeSlack.BOT_USER + "> and how many products cost more than 10?",
                        "1767225100.000100",
                        working.ts()),
                Map.of());

        SlackCall followUp = slack.await(
                "chat.postMessage",
                c -> "C_THREAD".equals(c.param("channel")) && working.ts().equals(c.param("thread_ts")),
                WAIT);
        slack.await(
                "chat.update",
                c -> c.param("ts").equals(followUp.ts()) && c.blocks().contains("There are 3 products."),
                WAIT);
        assertThat(MainTest.db.count(
                        "SELECT count(*) FROM askbar.audit_log WHERE question = 'and how many products cost more than 10?'"
                                + " AND conversation = (" + first + ")"))
                .as("the follow-up is in the /ask's conversation, not a new one")
                .isEqualTo(1);
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

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
