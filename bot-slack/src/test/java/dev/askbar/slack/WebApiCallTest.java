package dev.askbar.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.askbar.testkit.TestKeys;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Web API request as Slack documents it, and every kind of reply read without throwing. */
class WebApiCallTest {
    private final MockWebServer server = new MockWebServer();
    private final String token = TestKeys.slackBot("web-api");
    private WebApiCall api;

    @BeforeEach
    void start() throws Exception {
        server.start();
        api = new WebApiCall(new OkHttpClient(), server.url("/api/").toString(), token);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aMethodIsAFormPostWithTheBotTokenAsBearerAndUnsetFieldsLeftOut() throws Exception {
        server.enqueue(json(200, "{\"ok\":true,\"channel\":\"C1\",\"ts\":\"1700000000.000100\"}"));
        Map<String, String> form = new LinkedHashMap<>();
        form.put("channel", "C1");
        form.put("text", "Zoë & <b> 100%");
        form.put("thread_ts", null);

        WebApiCall.Reply reply = api.post("chat.postMessage", form);

        RecordedRequest request = server.takeRequest();
        assertThat(request.getUrl().encodedPath()).isEqualTo("/api/chat.postMessage");
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + token);
        assertThat(request.getHeaders().get("Content-Type")).startsWith("application/x-www-form-urlencoded");
        String body = request.getBody().utf8();
        // form encoding: a space is "+", everything else outside the safe set is percent-encoded
        assertThat(body).isEqualTo("channel=C1&text=Zo%C3%AB+%26+%3Cb%3E+100%25");
        assertThat(reply.ok()).isTrue();
        assertThat(reply.string("ts")).contains("1700000000.000100");
    }

    @Test
    void slacksOwnRefusalGivesItsErrorCode() throws Exception {
        server.enqueue(json(200, "{\"ok\":false,\"error\":\"channel_not_found\"}"));
        WebApiCall.Reply reply = api.post("chat.update", Map.of("channel", "C404", "ts", "1.2"));
        assertThat(reply.ok()).isFalse();
        assertThat(reply.error()).isEqualTo("channel_not_found");
    }

    @Test
    void aProxysHtmlErrorPageOrAnEmptyBodyIsReadAsItsHttpStatus() throws Exception {
        server.enqueue(new MockResponse.Builder()
                .code(502)
                .addHeader("Content-Type", "text/html")
                .body("<html><body>Bad Gateway</body></html>")
                .build());
        server.enqueue(new MockResponse.Builder().code(503).build());
        server.enqueue(json(200, "[\"not an object\"]"));

        assertThat(api.post("chat.update", Map.of()).error()).isEqualTo("http_502");
        assertThat(api.post("chat.update", Map.of()).error()).isEqualTo("http_503");
        WebApiCall.Reply odd = api.post("chat.update", Map.of());
        assertThat(odd.ok()).isFalse();
        assertThat(odd.error()).isEqualTo("http_200");
    }

    @Test
    void aRateLimitCarriesRetryAfter() throws Exception {
        server.enqueue(new MockResponse.Builder()
                .code(429)
                .addHeader("Retry-After", "7")
                .addHeader("Content-Type", "application/json")
                .body("{\"ok\":false,\"error\":\"ratelimited\"}")
                .build());
        WebApiCall.Reply reply = api.post("chat.postMessage", Map.of("channel", "C1"));
        assertThat(reply.status()).isEqualTo(429);
        assertThat(reply.retryAfter()).contains("7");
        assertThat(reply.error()).isEqualTo("ratelimited");
    }

    @Test
    void aFilesBytesGoToTheUploadUrlWithoutTheToken() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).body("OK - 5").build());
        byte[] csv = "a,b\n".getBytes(StandardCharsets.UTF_8);

        WebApiCall.Reply reply = api.upload(server.url("/upload/F1").toString(), csv);

        RecordedRequest request = server.takeRequest();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getHeaders().get("Authorization")).isNull();
        assertThat(request.getBody().toByteArray()).isEqualTo(csv);
        assertThat(reply.status()).isEqualTo(200);
    }

    private static MockResponse json(int code, String body) {
        return new MockResponse.Builder()
                .code(code)
                .addHeader("Content-Type", "application/json; charset=utf-8")
                .body(body)
                .build();
    }
}
