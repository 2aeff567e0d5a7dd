package dev.askbar.core.llm;

import static dev.askbar.core.llm.Gateway.GEMINI_1;
import static dev.askbar.core.llm.Gateway.GROQ_1;
import static dev.askbar.core.llm.Gateway.GROQ_2;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.askbar.core.config.AskBarConfig;
import dev.askbar.core.config.ProviderType;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;

/** A provider that cannot be reached is named as such, at start, in answers and in the key check. */
class ProviderReachTest {

    @Test
    void aRefusedConnectionIsNamedWithTheHostAndTheSettingNotAsAWait() throws IOException {
        String closed = "http://127.0.0.1:" + freePort() + "/openai/v1";
        try (Gateway g = new Gateway(Map.of(
                "GROQ_API_KEYS", GROQ_1 + "," + GROQ_2, "ASKBAR_GROQ_BASE_URL", closed, "ASKBAR_PROVIDERS", "groq"))) {
            assertThatThrownBy(g::ask)
                    .isInstanceOf(LlmException.class)
                    .satisfies(e -> assertThat(((LlmException) e).userMessage())
                            .isEqualTo("Cannot reach 127.0.0.1: check the network or ASKBAR_GROQ_BASE_URL."));
            assertThat(g.status("groq", "a1b2", Gateway.BIG_MODEL).lastError()).contains("cannot connect");
            assertThat(g.groq.callCount()
                            + g.status("groq", "c3d4", Gateway.BIG_MODEL).requestsToday())
                    .as("one refusal speaks for every key")
                    .isZero();
            assertThat(g.status("groq", "a1b2", Gateway.BIG_MODEL).state())
                    .as("not the key's fault")
                    .isEqualTo(KeyState.AVAILABLE);
        }
    }

    @Test
    void aTlsFailureIsNamedAsNotReachingTheHost() throws IOException {
        // a plain HTTP server that answers at once and hangs up: the TLS handshake fails promptly, whereas a server
        // that waits for a whole request line (MockWebServer) leaves the handshake to a timeout on a loaded machine
        try (ServerSocket plain = new ServerSocket(0)) {
            Thread answering = new Thread(() -> {
                while (!plain.isClosed()) {
                    try (java.net.Socket s = plain.accept()) {
                        s.getOutputStream()
                                .write("HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n"
                                        .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                    } catch (IOException closed) {
                        return;
                    }
                }
            });
            answering.setDaemon(true);
            answering.start();
            String tls = "https://localhost:" + plain.getLocalPort() + "/openai/v1";
            try (Gateway g = new Gateway(
                    Map.of("GROQ_API_KEYS", GROQ_1, "ASKBAR_GROQ_BASE_URL", tls, "ASKBAR_PROVIDERS", "groq"))) {
                assertThatThrownBy(g::ask)
                        .isInstanceOf(LlmException.class)
                        .satisfies(e -> assertThat(((LlmException) e).userMessage())
                                .isEqualTo("Cannot reach localhost: check the network or ASKBAR_GROQ_BASE_URL."));
            }
        }
    }

    @Test
    void anUnreachableProviderHandsOverToTheNextAtOnce() throws IOException {
        String closed = "http://127.0.0.1:" + freePort() + "/openai/v1";
        try (Gateway g = new Gateway(Map.of(
                "GROQ_API_KEYS", GROQ_1 + "," + GROQ_2, "ASKBAR_GROQ_BASE_URL", closed, "GEMINI_API_KEYS", GEMINI_1))) {
            g.gemini.otherwise("SELECT 5");
            assertThat(g.ask().provider()).isEqualTo("gemini");
            assertThat(g.status("groq", "c3d4", Gateway.BIG_MODEL).requestsToday())
                    .as("one refusal speaks for every key")
                    .isZero();
            assertThat(g.ask().provider()).isEqualTo("gemini");
            assertThat(g.status("groq", "a1b2", Gateway.BIG_MODEL).requestsToday())
                    .as("the next question goes elsewhere first")
                    .isEqualTo(1);
        }
    }

    @Test
    void connectionFailuresAreClassifiedByTypeNeverByText() {
        InFlight open = new InFlight();
        assertThat(HttpExchange.kind(new UnknownHostException("api.groq.com"), open))
                .isEqualTo(FailureKind.UNREACHABLE);
        assertThat(HttpExchange.kind(new ConnectException("whatever it says"), open))
                .isEqualTo(FailureKind.UNREACHABLE);
        assertThat(HttpExchange.kind(new SSLHandshakeException("PKIX path building failed"), open))
                .isEqualTo(FailureKind.UNREACHABLE);
        assertThat(HttpExchange.kind(new SocketTimeoutException("connect timed out"), open))
                .as("a read timeout: no frame says connect")
                .isEqualTo(FailureKind.TRANSIENT);
        assertThat(HttpExchange.kind(new InterruptedIOException("timeout"), open))
                .isEqualTo(FailureKind.TRANSIENT);
        InFlight cancelled = new InFlight();
        cancelled.cancel();
        assertThat(HttpExchange.kind(new IOException("Canceled"), cancelled)).isEqualTo(FailureKind.CANCELLED);
    }

    @Test
    void startUpSaysWhereEachProviderPointsAndWarnsWhenKeysWouldLeaveForAnotherHost() {
        try (CapturedLogs logs = new CapturedLogs();
                Gateway g = new Gateway(Map.of("GROQ_API_KEYS", GROQ_1 + "," + GROQ_2, "GEMINI_API_KEYS", GEMINI_1))) {
            List<String> lines = logs.linesFrom(ProviderAddress.class);
            assertThat(lines)
                    .anyMatch(l -> l.equals("groq: " + g.groq.baseUrl()
                            + " (2 keys, models llama-3.3-70b-versatile, llama-3.1-8b-instant)"));
            assertThat(lines)
                    .anyMatch(
                            l -> l.startsWith(
                                    "groq: ASKBAR_GROQ_BASE_URL points at localhost, not api.groq.com; its 2 keys will be sent there"));
            assertThat(lines)
                    .anyMatch(
                            l -> l.startsWith(
                                    "gemini: ASKBAR_GEMINI_BASE_URL points at localhost, not generativelanguage.googleapis.com; its key"));
            assertThat(String.join("\n", logs.lines())).doesNotContain(GROQ_1).doesNotContain(GEMINI_1);
        }
    }

    @Test
    void noWarningForTheProvidersOwnHostOrAKeylessLocalServer() {
        AskBarConfig defaults = AskBarConfig.from(Map.of(
                "GROQ_API_KEYS",
                GROQ_1,
                "GEMINI_API_KEYS",
                GEMINI_1,
                "ASKBAR_OPENAI_COMPATIBLE_BASE_URL",
                "http://ollama.internal:11434/v1",
                "ASKBAR_OPENAI_COMPATIBLE_MODELS",
                "llama3.1"));
        for (AskBarConfig.ProviderSettings settings : defaults.providers()) {
            assertThat(ProviderAddress.warning(settings)).as(settings.name()).isEmpty();
        }
        AskBarConfig remote = AskBarConfig.from(Map.of(
                "ASKBAR_PROVIDERS",
                "openai-compatible",
                "ASKBAR_OPENAI_COMPATIBLE_BASE_URL",
                "http://10.0.0.7:8000/v1",
                "ASKBAR_OPENAI_COMPATIBLE_MODELS",
                "qwen",
                "OPENAI_COMPATIBLE_API_KEYS",
                "sk-vllm-0123456789abcdef"));
        assertThat(ProviderAddress.warning(remote.providers().get(0)))
                .contains(
                        "openai-compatible: its key would travel unencrypted to 10.0.0.7 (use an https:// address in ASKBAR_OPENAI_COMPATIBLE_BASE_URL)");
        assertThat(ProviderType.GROQ.ownHost()).contains("api.groq.com");
    }

    @Test
    void textEchoingAnyKnownProvidersKeyIsMaskedInLogs() {
        try (Gateway g = Gateway.groqOrganisation()) {
            String stranger = "sk-" + "proj0123456789abcdefghij";
            String redacted = g.router.redact(
                    "proxy said: bad key " + stranger + " and " + "AIza" + "SyZZZZZZZZZZZZZZZZZZZZZZZZ1234");
            assertThat(redacted)
                    .doesNotContain(stranger)
                    .doesNotContain("ZZZZZZZZZZZZZZZZ")
                    .contains("…1234");
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
