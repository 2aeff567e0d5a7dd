package dev.askbar.app.ops;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /health} (200, or 503 with every reason: for people and alerts), {@code /health/ready} (the same for
 * this replica alone: for a load balancer), {@code /health/live} (200 while the process answers: for restarts)
 * and {@code /metrics} (Prometheus text format).
 */
public final class OpsServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(OpsServer.class);

    private final HttpServer server;

    private OpsServer(HttpServer server) {
        this.server = server;
    }

    /** @param host where to listen: 127.0.0.1 keeps health and metrics on this machine (ASKBAR_HTTP_HOST) */
    public static OpsServer start(String host, int port, HealthCheck health, AskBarMetrics metrics) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 0);
        server.createContext("/health", exchange -> sendHealth(exchange, health.problems()));
        // readiness: this replica can take requests. Shared troubles (database, LLM quota) stay out of it: see
        // HealthCheck
        server.createContext("/health/ready", exchange -> sendHealth(exchange, health.readinessProblems()));
        // liveness: the process answers. Not /health, whose 503 for a database outage or spent LLM quota would
        // make an orchestrator restart replicas that a restart cannot help
        server.createContext(
                "/health/live", exchange -> send(exchange, 200, "application/json", "{\"status\":\"alive\"}"));
        server.createContext(
                "/metrics",
                exchange -> send(exchange, 200, "text/plain; version=0.0.4; charset=utf-8", metrics.scrape()));
        server.createContext("/", exchange -> send(exchange, 404, "text/plain", "try /health or /metrics\n"));
        server.setExecutor(Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "askbar-ops");
            t.setDaemon(true);
            return t;
        }));
        server.start();
        log.info("health and metrics on {}:{}", host, server.getAddress().getPort());
        return new OpsServer(server);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private static void sendHealth(HttpExchange exchange, List<String> problems) throws IOException {
        JsonObject body = new JsonObject();
        body.addProperty("status", problems.isEmpty() ? "ok" : "unhealthy");
        JsonArray reasons = new JsonArray();
        problems.forEach(reasons::add);
        body.add("problems", reasons);
        send(exchange, problems.isEmpty() ? 200 : 503, "application/json", body.toString());
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(1);
    }
}
