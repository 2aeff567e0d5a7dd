package dev.askbar.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.askbar.core.config.Secret;
import dev.askbar.core.platform.AdapterContext;
import dev.askbar.core.platform.AnswerArchive;
import dev.askbar.core.platform.AnswerWorkers;
import dev.askbar.core.platform.ExampleReview;
import dev.askbar.slack.fake.FakeSlack;
import dev.askbar.slack.fake.SlackCall;
import dev.askbar.testkit.TestKeys;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Socket Mode: the adapter opens a websocket from apps.connections.open, takes envelopes and acknowledges them on it. */
class SlackSocketModeTest {
    private static final String APP_TOKEN = TestKeys.slackApp("1-A0ASKBAR1-1234-abcd");

    @RegisterExtension
    final FakeSlack slack = FakeSlack.start();

    @Test
    void aSlashCommandArrivingOverTheWebsocketIsAcknowledgedThereAndAnswered() throws Exception {
        BlockingQueue<String> fromApp = new LinkedBlockingQueue<>();
        CountDownLatch opened = new CountDownLatch(1);
        WebSocket[] connection = new WebSocket[1];
        WebSocketServer slackSide = new WebSocketServer(new InetSocketAddress("127.0.0.1", 0)) {
            @Override
            public void onOpen(WebSocket conn, ClientHandshake handshake) {
                connection[0] = conn;
                conn.send("{\"type\":\"hello\",\"num_connections\":1,\"connection_info\":{\"app_id\":\"A0ASKBAR1\"}}");
                opened.countDown();
            }

            @Override
            public void onClose(WebSocket conn, int code, String reason, boolean remote) {}

            @Override
            public void onMessage(WebSocket conn, String message) {
                fromApp.add(message);
            }

            @Override
            public void onError(WebSocket conn, Exception ex) {}

            @Override
            public void onStart() {}
        };
        slackSide.setReuseAddr(true);
        slackSide.start();
        try {
            awaitBound(slackSide);
            slack.socketModeUrl("ws://127.0.0.1:" + slackSide.getPort() + "/link");
            // /askbar with an unknown word needs no engine: this test is about the transport
            AnswerWorkers workers = new AnswerWorkers("slack-socket-test", 1, 10, Duration.ofSeconds(1));
            AdapterContext context = new AdapterContext(
                    null,
                    workers,
                    new AnswerArchive(Duration.ofMinutes(1), 1 << 20),
                    List::of,
                    (id, user, value) -> false,
                    ExampleReview.NONE,
                    List.of("public"));
            SlackAdapter adapter = new SlackAdapter(
                    new SlackSettings(
                            new Secret(TestKeys.slackBot("test-token")),
                            Optional.empty(),
                            Optional.of(new Secret(APP_TOKEN)),
                            0,
                            slack.apiUrl(),
                            Set.of(),
                            Duration.ZERO),
                    context);
            try {
                adapter.start();
                assertThat(opened.await(10, TimeUnit.SECONDS)).isTrue();
                assertThat(adapter.port()).isEmpty();

                JsonObject payload = new JsonObject();
                payload.addProperty("team_id", FakeSlack.TEAM);
                payload.addProperty("channel_id", "C_SOCKET");
                payload.addProperty("user_id", "U1");
                payload.addProperty("command", "/askbar");
                payload.addProperty("text", "dance");
                payload.addProperty("api_app_id", "A0ASKBAR1");
                payload.addProperty("response_url", slack.responseUrl("socket"));
                payload.addProperty("trigger_id", "1.2.3");
                JsonObject envelope = new JsonObject();
                envelope.addProperty("envelope_id", "env-1");
                envelope.addProperty("type", "slash_commands");
                envelope.addProperty("accepts_response_payload", true);
                envelope.add("payload", payload);
                connection[0].send(envelope.toString());

                String ack = fromApp.poll(10, TimeUnit.SECONDS);
                assertThat(ack).isNotNull();
                JsonObject ackJson = JsonParser.parseString(ack).getAsJsonObject();
                assertThat(ackJson.get("envelope_id").getAsString()).isEqualTo("env-1");
                assertThat(ackJson.toString()).contains("/askbar help");
                assertThat(slack.calls("apps.connections.open"))
                        .isNotEmpty()
                        .allSatisfy(c -> assertThat(c.authorization()).isEqualTo("Bearer " + APP_TOKEN));
                assertThat(adapter.connected()).isTrue();
                assertThat(slack.calls()).extracting(SlackCall::method).doesNotContain("chat.postMessage");
            } finally {
                adapter.close();
                workers.close();
            }
        } finally {
            slackSide.stop(1000);
        }
    }

    private static void awaitBound(WebSocketServer server) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        // 0 until the server thread opens its channel, then -1 until the channel is bound
        while (server.getPort() <= 0 && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(10);
        }
        assertThat(server.getPort()).isPositive();
    }
}
