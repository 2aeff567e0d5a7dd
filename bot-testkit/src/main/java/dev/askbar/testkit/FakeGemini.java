package dev.askbar.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A local stand-in for the Gemini API ({@code POST /v1beta/models/{model}:generateContent}) answering with Gemini's
 * real bodies. Used like {@link FakeGroq}: scripted responses first ({@link #enqueue}), then rules ({@link #when}),
 * then the fallback. It records every request, including the URL, so tests can check the key never travels in it.
 */
public final class FakeGemini implements AutoCloseable, AfterEachCallback {
    private final MockWebServer server = new MockWebServer();
    private final List<String> urls = new CopyOnWriteArrayList<>();
    private final ChatScript chat =
            new ChatScript(call -> GeminiResponses.completion(call.model(), "I cannot answer that."));
    private final Set<String> rejected = ConcurrentHashMap.newKeySet();
    private final AtomicInteger modelListCalls = new AtomicInteger();

    private FakeGemini() {
        server.setServerSocketFactory(NoDelayServerSockets.factory());
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                String path = request.getUrl().encodedPath();
                urls.add(request.getUrl().toString());
                boolean modelList = "GET".equals(request.getMethod()) && path.equals("/v1beta/models");
                if (modelList) {
                    modelListCalls.incrementAndGet();
                }
                String key = request.getHeaders().get("x-goog-api-key");
                if (key != null && rejected.contains(key)) {
                    return GeminiResponses.invalidKey();
                }
                if (modelList && key != null) {
                    return GeminiResponses.modelList();
                }
                if (!"POST".equals(request.getMethod())
                        || !path.contains("/models/")
                        || !path.endsWith(":generateContent")) {
                    return GeminiResponses.error(
                            404, "NOT_FOUND", "The requested URL " + path + " was not found on this server.", null);
                }
                if (request.getHeaders().get("x-goog-api-key") == null) {
                    return GeminiResponses.error(
                            403,
                            "PERMISSION_DENIED",
                            "Method doesn't allow unregistered callers (callers without established identity). Please use API Key or other form of API consumer identity to call this API.",
                            null);
                }
                ChatCall call = ChatCall.parseGemini(request);
                return chat.answer(call);
            }
        });
    }

    public static FakeGemini start() {
        FakeGemini fake = new FakeGemini();
        try {
            fake.server.start(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return fake;
    }

    /** What AskBar's {@code ASKBAR_GEMINI_BASE_URL} should be to reach this fake. */
    public String baseUrl() {
        return server.url("/v1beta").toString();
    }

    public FakeGemini enqueue(MockResponse response) {
        chat.enqueue(response);
        return this;
    }

    public When when(Predicate<ChatCall> match) {
        return new When(match);
    }

    public FakeGemini otherwise(String reply) {
        chat.otherwise(call -> GeminiResponses.completion(call.model(), reply));
        return this;
    }

    public FakeGemini latency(long millis) {
        chat.latency(millis);
        return this;
    }

    /** Answers every request carrying this key with Gemini's 400 API_KEY_INVALID. */
    public FakeGemini rejectKey(String key) {
        rejected.add(key);
        return this;
    }

    /** Calls to {@code GET /models}, which spend no generation quota. */
    public int modelListCalls() {
        return modelListCalls.get();
    }

    public List<ChatCall> calls() {
        return chat.calls();
    }

    public int callCount() {
        return chat.callCount();
    }

    /** Every request URL as received, query string included. */
    public List<String> urls() {
        return List.copyOf(urls);
    }

    /** As a JUnit 5 extension on an instance field ({@code @RegisterExtension final ... = start()}): closed after each test. */
    @Override
    public void afterEach(ExtensionContext context) {
        close();
    }

    @Override
    public void close() {
        server.close();
    }

    /** The second half of a rule. */
    public final class When {
        private final Predicate<ChatCall> match;

        private When(Predicate<ChatCall> match) {
            this.match = match;
        }

        public FakeGemini reply(String text) {
            chat.rule(match, call -> GeminiResponses.completion(call.model(), text));
            return FakeGemini.this;
        }

        public FakeGemini respond(Function<ChatCall, MockResponse> answer) {
            chat.rule(match, answer);
            return FakeGemini.this;
        }
    }

    /** A 200 whose only candidate has no text, as when the model stops before writing anything. */
    public static MockResponse emptyReply(String model) {
        return new MockResponse.Builder()
                .code(200)
                .addHeader("content-type", "application/json")
                .body(GeminiResponses.completionBody(model, "", "STOP"))
                .build();
    }

    /** A response whose headers do not arrive within any sane client timeout. */
    public static MockResponse hang() {
        return new MockResponse.Builder()
                .headersDelay(60, TimeUnit.SECONDS)
                .body(GeminiResponses.completionBody("gemini-2.5-flash", "too late", "STOP"))
                .build();
    }
}
