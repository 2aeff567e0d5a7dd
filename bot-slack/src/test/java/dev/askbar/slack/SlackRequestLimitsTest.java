package dev.askbar.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.askbar.slack.fake.SignedSlackRequests;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Slack's HTTP endpoint caps bodies before anything reads them: a huge unsigned POST is answered 413 and the
 * connection closed long before the body was sent, whether it announces its size or streams it in chunks. The build
 * runs these in a JVM with a 256 MB heap that exits on OutOfMemoryError, after which a signed request is still answered.
 */
class SlackRequestLimitsTest {
    private static final long HUGE = 150L << 20;
    private static SlackTestbed bed;

    @BeforeAll
    static void start() throws Exception {
        bed = new SlackTestbed("slack_limits", Duration.ZERO, 2);
    }

    @AfterAll
    static void stop() {
        bed.close();
    }

    @Test
    void inTheBuildTheseRunInAJvmWithA256MegabyteHeap() {
        // mvn verify runs this class in its own surefire execution (bot-slack/pom.xml, small-heap)
        String promised = System.getProperty("askbar.smallHeap");
        if (promised != null) {
            assertThat(Runtime.getRuntime().maxMemory()).isLessThanOrEqualTo(Long.parseLong(promised) << 20);
        }
    }

    @Test
    void a150MegabyteUnsignedPostIsRefusedOnItsContentLengthWithoutBeingRead() throws Exception {
        Outcome outcome = send("Content-Length: " + HUGE + "\r\n", false);

        assertThat(outcome.status()).startsWith("HTTP/1.1 413");
        assertThat(outcome.bytesSent()).as("bytes the server let us send").isLessThan(16L << 20);
        stillServesSignedRequests();
    }

    @Test
    void aChunkedBodyIsCutOffOnceItPassesTheCap() throws Exception {
        Outcome outcome = send("Transfer-Encoding: chunked\r\n", true);

        assertThat(outcome.status()).startsWith("HTTP/1.1 413");
        assertThat(outcome.bytesSent()).as("bytes the server let us send").isLessThan(16L << 20);
        stillServesSignedRequests();
    }

    @Test
    void aBodyJustUnderTheCapIsReadAndJudgedByItsSignature() {
        String body = SignedSlackRequests.formBody(
                java.util.Map.of("command", "/ask", "text", "x".repeat(SlackAdapter.MAX_BODY_BYTES - 200)));
        assertThat(body.length()).isLessThan(SlackAdapter.MAX_BODY_BYTES);
        var response =
                bed.requests.sendSigned(body, "application/x-www-form-urlencoded", null, null, java.util.Map.of());
        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void anOversizedHeaderIsRefused() {
        var response = bed.requests.sendSigned(
                "command=%2Fask",
                "application/x-www-form-urlencoded",
                null,
                null,
                java.util.Map.of("X-Padding", "p".repeat(SlackAdapter.MAX_HEADER_BYTES + 1024)));
        assertThat(response.statusCode()).isEqualTo(431);
    }

    private static void stillServesSignedRequests() {
        var ok = bed.requests.slashCommand("/askbar", "nonsense", "U60", "C_LIMITS", bed.slack.responseUrl("limits"));
        assertThat(ok.statusCode()).isEqualTo(200);
    }

    private record Outcome(String status, long bytesSent) {}

    /** Streams up to 150 MB of an unsigned POST while reading what the server answers; stops when it closes. */
    private static Outcome send(String lengthHeader, boolean chunked) throws Exception {
        AtomicLong sent = new AtomicLong();
        try (Socket socket = new Socket("127.0.0.1", bed.adapter.port().orElseThrow())) {
            socket.setSoTimeout((int) TimeUnit.SECONDS.toMillis(20));
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + SlackAdapter.PATH
                            + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                            + lengthHeader + "\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
                byte[] chunk = new byte[64 << 10];
                java.util.Arrays.fill(chunk, (byte) 'a');
                byte[] chunkHeader = (Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
                try {
                    while (sent.get() < HUGE) {
                        if (chunked) {
                            out.write(chunkHeader);
                        }
                        out.write(chunk);
                        if (chunked) {
                            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                        }
                        sent.addAndGet(chunk.length);
                    }
                } catch (IOException closed) {
                    // the server closed the connection: what this test waits for
                }
            });
            InputStream in = socket.getInputStream();
            StringBuilder status = new StringBuilder();
            int c;
            while ((c = in.read()) != -1 && c != '\n') {
                status.append((char) c);
            }
            // the server answers, then closes: the writer fails soon after
            writer.get(20, TimeUnit.SECONDS);
            return new Outcome(status.toString().strip(), sent.get());
        }
    }
}
