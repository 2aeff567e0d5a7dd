package dev.askbar.app.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.askbar.core.engine.Answer;
import dev.askbar.core.engine.AnswerError;
import dev.askbar.core.engine.Question;
import dev.askbar.core.engine.Timings;
import dev.askbar.core.llm.AttemptEvent;
import dev.askbar.core.llm.FailureKind;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class OpsServerTest {
    final HttpClient http = HttpClient.newHttpClient();

    HttpResponse<String> get(OpsServer server, String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void healthSaysWhyItIsUnhealthyAndRecovers() throws Exception {
        AtomicBoolean databaseUp = new AtomicBoolean(false);
        HealthCheck health = new HealthCheck()
                .add("database", () -> databaseUp.get() ? Optional.empty() : Optional.of("database unreachable"))
                .add("slack", Optional::empty);
        try (OpsServer server = OpsServer.start("127.0.0.1", 0, health, new AskBarMetrics())) {
            HttpResponse<String> down = get(server, "/health");
            assertThat(down.statusCode()).isEqualTo(503);
            assertThat(down.body()).contains("database: database unreachable").doesNotContain("slack:");
            // liveness stays up: restarting cannot bring a database back
            assertThat(get(server, "/health/live").statusCode()).isEqualTo(200);
            databaseUp.set(true);
            HttpResponse<String> up = get(server, "/health");
            assertThat(up.statusCode()).isEqualTo(200);
            assertThat(up.body()).contains("\"status\":\"ok\"");
        }
    }

    @Test
    void metricsCountQuestionsStagesAndLlmCallsWithMaskedKeys() throws Exception {
        AskBarMetrics metrics = new AskBarMetrics();
        Question q = new Question("q", "u", "slack", Optional.empty());
        metrics.answered(new Answer(
                q,
                Optional.of("SELECT 1"),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.of("groq"),
                Optional.of("m"),
                Optional.of("gsk_…a1b2"),
                new Timings(300, 20, 200, 600),
                true,
                Optional.empty()));
        metrics.answered(new Answer(
                q,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.of(new AnswerError(AnswerError.Code.SQL_REFUSED, "no")),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                new Timings(0, 0, 0, 5),
                false,
                Optional.empty()));
        metrics.llmCall(new AttemptEvent(
                "groq", "gsk_…a1b2", "org-a", "llama-3.3-70b-versatile", Optional.empty(), Duration.ofMillis(310)));
        metrics.llmCall(new AttemptEvent(
                "groq",
                "gsk_…a1b2",
                "org-a",
                "llama-3.3-70b-versatile",
                Optional.of(FailureKind.RATE_LIMITED_DAY),
                Duration.ofMillis(40)));
        try (OpsServer server = OpsServer.start("127.0.0.1", 0, new HealthCheck(), metrics)) {
            HttpResponse<String> r = get(server, "/metrics");
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
            assertThat(r.body())
                    .contains("askbar_questions_total{outcome=\"answered\",platform=\"slack\"} 1.0")
                    .contains("askbar_questions_total{outcome=\"sql_refused\",platform=\"slack\"} 1.0")
                    .contains("askbar_cache_hits_total 1.0")
                    .contains("askbar_stage_seconds_count{stage=\"total\"} 2")
                    .contains(
                            "askbar_llm_calls_total{key=\"gsk_…a1b2\",model=\"llama-3.3-70b-versatile\",provider=\"groq\",status=\"rate_limited_day\"} 1.0");
        }
    }

    @Test
    void byDefaultHealthAndMetricsAnswerOnLoopbackOnly() throws Exception {
        java.net.InetAddress outside = nonLoopbackAddress();
        org.junit.jupiter.api.Assumptions.assumeTrue(outside != null, "this machine has no non-loopback address");
        String host =
                dev.askbar.core.config.AskBarConfig.from(java.util.Map.of()).httpHost();
        try (OpsServer server = OpsServer.start(host, 0, new HealthCheck(), new AskBarMetrics())) {
            assertThat(get(server, "/health").statusCode()).isEqualTo(200);
            try (java.net.Socket s = new java.net.Socket()) {
                org.assertj.core.api.Assertions.assertThatThrownBy(
                                () -> s.connect(new java.net.InetSocketAddress(outside, server.port()), 2000))
                        .isInstanceOf(java.io.IOException.class);
            }
        }
    }

    static java.net.InetAddress nonLoopbackAddress() throws Exception {
        for (java.net.NetworkInterface nic :
                java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces())) {
            if (!nic.isUp() || nic.isLoopback()) {
                continue;
            }
            for (java.net.InetAddress a : java.util.Collections.list(nic.getInetAddresses())) {
                if (a instanceof java.net.Inet4Address) {
                    return a;
                }
            }
        }
        return null;
    }

    @Test
    void healthSaysWhatIsWrongWithoutExceptionTextsUrlsOrHosts() throws Exception {
        java.sql.SQLException refused = new java.sql.SQLException(
                "Connection to db.internal.example:5432 refused. Check that the hostname and port are correct",
                "08001");
        java.sql.SQLException login = new java.sql.SQLException(
                "FATAL: password authentication failed for user \"askbar_reader\" at jdbc:postgresql://10.1.2.3/shop",
                "28P01");
        HealthCheck health = new HealthCheck()
                .add(
                        "database",
                        () -> Optional.of(DatabaseHealth.describe(new java.sql.SQLTransientConnectionException(
                                "askbar-data - Connection is not available", null, refused))))
                .add("state", () -> Optional.of(DatabaseHealth.describe(login)))
                .add("llm", () -> {
                    throw new IllegalStateException("jdbc:postgresql://10.1.2.3:5432/shop?password=hunter2 exploded");
                });
        try (OpsServer server = OpsServer.start("127.0.0.1", 0, health, new AskBarMetrics())) {
            HttpResponse<String> r = get(server, "/health");
            assertThat(r.statusCode()).isEqualTo(503);
            assertThat(r.body())
                    .contains(
                            "database: the data database cannot be reached; check that it is running and ASKBAR_DATABASE_URL")
                    .contains(
                            "state: the data database refused AskBar's login; check ASKBAR_DATABASE_USER and ASKBAR_DATABASE_PASSWORD")
                    .contains("llm: the check itself failed (details in the log)")
                    .doesNotContain("db.internal")
                    .doesNotContain("10.1.2.3")
                    .doesNotContain("jdbc:")
                    .doesNotContain("hunter2")
                    .doesNotContain("Exception")
                    .doesNotContain("5432");
        }
    }

    @Test
    void readinessLooksAtThisReplicaOnlyNotAtWhatEveryReplicaShares() throws Exception {
        AtomicBoolean slackUp = new AtomicBoolean(true);
        HealthCheck health = new HealthCheck()
                .add("database", () -> Optional.of("the data database cannot be reached"))
                .add("llm", () -> Optional.of("no LLM key available right now (see askbar keys)"))
                .addForReadiness("slack", () -> slackUp.get() ? Optional.empty() : Optional.of("not connected"));
        try (OpsServer server = OpsServer.start("127.0.0.1", 0, health, new AskBarMetrics())) {
            assertThat(get(server, "/health").statusCode()).isEqualTo(503);
            HttpResponse<String> ready = get(server, "/health/ready");
            assertThat(ready.statusCode()).isEqualTo(200);
            assertThat(ready.body()).contains("\"status\":\"ok\"");
            slackUp.set(false);
            HttpResponse<String> notReady = get(server, "/health/ready");
            assertThat(notReady.statusCode()).isEqualTo(503);
            assertThat(notReady.body()).contains("slack: not connected").doesNotContain("database");
            assertThat(get(server, "/health/live").statusCode()).isEqualTo(200);
        }
    }
}
