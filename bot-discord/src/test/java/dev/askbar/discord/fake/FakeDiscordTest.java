package dev.askbar.discord.fake;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.askbar.discord.fake.FakeDiscord.Person;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The fake is a witness only if it refuses what Discord refuses: each refusal, seen from a plain HTTP client. */
class FakeDiscordTest {
    private static final MediaType JSON = MediaType.get("application/json");
    private static FakeDiscord discord;
    private static OkHttpClient http;
    private static WebSocket gateway;

    @BeforeAll
    static void start() throws Exception {
        discord = FakeDiscord.start();
        http = new OkHttpClient();
        CountDownLatch ready = new CountDownLatch(1);
        gateway = http.newWebSocket(
                new Request.Builder().url(discord.gatewayUrl()).build(), new WebSocketListener() {
                    @Override
                    public void onMessage(WebSocket webSocket, String text) {
                        JsonObject frame = JsonParser.parseString(text).getAsJsonObject();
                        // events flow only to an identified session, as on Discord
                        if (frame.get("op").getAsInt() == 10) {
                            webSocket.send(
                                    "{\"op\": 2, \"d\": {\"token\": \"t\", \"intents\": 512, \"properties\": {}}}");
                        } else if (frame.has("t")
                                && "READY".equals(frame.get("t").getAsString())) {
                            ready.countDown();
                        }
                    }
                });
        assertThat(ready.await(5, TimeUnit.SECONDS)).isTrue();
    }

    @AfterAll
    static void stop() {
        gateway.close(1000, "done");
        discord.close();
    }

    private static JsonObject send(String method, String path, String json) throws IOException {
        Request request = new Request.Builder()
                .url(discord.restBaseUrl() + path.substring(1))
                .method(method, json == null ? null : RequestBody.create(json, JSON))
                .build();
        try (Response response = http.newCall(request).execute()) {
            String body = response.body().string();
            JsonObject out = body.isBlank()
                    ? new JsonObject()
                    : JsonParser.parseString(body).getAsJsonObject();
            out.addProperty("status", response.code());
            return out;
        }
    }

    private static FakeDiscord.Interaction interaction() {
        return discord.slashCommand(Person.member("Tess"), "ask", FakeDiscord.stringOption("question", "x"));
    }

    private static String callback(FakeDiscord.Interaction i) {
        return i.callbackPath();
    }

    @Test
    void secondAcknowledgementIsRefused() throws Exception {
        var i = interaction();
        Thread.sleep(100);
        assertThat(send("POST", callback(i), "{\"type\":5}").get("status").getAsInt())
                .isEqualTo(204);
        JsonObject again = send("POST", callback(i), "{\"type\":5}");
        assertThat(again.get("code").getAsInt()).isEqualTo(40060);
    }

    @Test
    void acknowledgementAfterTheWindowIsAnUnknownInteraction() throws Exception {
        discord.ackWindow(Duration.ofMillis(200));
        try {
            var i = interaction();
            Thread.sleep(500);
            assertThat(send("POST", callback(i), "{\"type\":5}").get("code").getAsInt())
                    .isEqualTo(10062);
            String original = "/webhooks/" + discord.botId + "/" + i.token() + "/messages/@original";
            assertThat(send("PATCH", original, "{\"content\":\"x\"}")
                            .get("code")
                            .getAsInt())
                    .isEqualTo(10015);
        } finally {
            discord.ackWindow(Duration.ofSeconds(3));
        }
    }

    @Test
    void embedOverItsLimitsAndEmptyMessagesAreRefused() throws Exception {
        String channel = "/channels/" + discord.channelId + "/messages";
        String longTitle = "x".repeat(257);
        assertThat(send("POST", channel, "{\"embeds\":[{\"title\":\"" + longTitle + "\"}]}")
                        .get("code")
                        .getAsInt())
                .isEqualTo(50035);
        String sixThousand = "{\"embeds\":[{\"description\":\"" + "d".repeat(4000) + "\"},{\"description\":\""
                + "d".repeat(2001) + "\"}]}";
        assertThat(send("POST", channel, sixThousand).get("code").getAsInt()).isEqualTo(50035);
        assertThat(send("POST", channel, "{\"content\":\"" + "c".repeat(2001) + "\"}")
                        .get("code")
                        .getAsInt())
                .isEqualTo(50035);
        assertThat(send("POST", channel, "{\"content\":\"\"}").get("code").getAsInt())
                .isEqualTo(50006);
        assertThat(send("POST", channel, "{\"content\":\"fine\"}").get("status").getAsInt())
                .isEqualTo(200);
    }

    @Test
    void filesOverTheUploadLimitAreRefused() throws Exception {
        RequestBody body = new MultipartBody.Builder()
                .setType(MultipartBody.FORM)
                .addFormDataPart("payload_json", "{\"content\":\"big\"}")
                .addFormDataPart(
                        "files[0]",
                        "result.csv",
                        RequestBody.create(
                                new byte[(int) FakeDiscord.DEFAULT_UPLOAD_LIMIT + 1], MediaType.get("text/csv")))
                .build();
        Request request = new Request.Builder()
                .url(discord.restBaseUrl() + "channels/" + discord.channelId + "/messages")
                .post(body)
                .build();
        try (Response response = http.newCall(request).execute()) {
            assertThat(response.code()).isEqualTo(413);
            assertThat(response.body().string()).contains("40005");
        }
    }

    @Test
    void followUpOverAThinkingReplyReplacesItAndStaysPublic() throws Exception {
        var i = interaction();
        Thread.sleep(100);
        send("POST", callback(i), "{\"type\":5}");
        send("POST", "/webhooks/" + discord.botId + "/" + i.token(), "{\"content\":\"secret\",\"flags\":64}");
        FakeDiscord.StoredMessage original = discord.original(i).orElseThrow();
        assertThat(original.content).isEqualTo("secret");
        assertThat(original.ephemeral)
                .as("Discord ignores the ephemeral flag here")
                .isFalse();
    }
}
