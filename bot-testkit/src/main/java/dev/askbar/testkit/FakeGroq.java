package dev.askbar.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
 * A local stand-in for Groq's OpenAI-compatible API ({@code POST /openai/v1/chat/completions}) that answers
 * with Groq's real bodies and rate-limit headers. Tests either script raw responses in order ({@link #enqueue})
 * or give rules that answer by prompt content ({@link #when}); scripted responses come first.
 */
public final class FakeGroq implements AutoCloseable, AfterEachCallback {
    private final MockWebServer server = new MockWebServer();
    private final ChatScript chat =
            new ChatScript(call -> GroqResponses.completion(call.model(), "I cannot answer that."));
    private final Set<String> rejected = ConcurrentHashMap.newKeySet();
    private final AtomicInteger modelListCalls = new AtomicInteger();

    private FakeGroq() {
        server.setServerSocketFactory(NoDelayServerSockets.factory());
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                boolean modelList = "GET".equals(request.getMethod())
                        && request.getUrl().encodedPath().equals("/openai/v1/models");
                if (modelList) {
                    modelListCalls.incrementAndGet();
                }
                String auth = request.getHeaders().get("Authorization");
                if (auth != null && rejected.contains(auth.replaceFirst("^Bearer ", ""))) {
                    return GroqResponses.invalidKey();
                }
                if (modelList) {
                    return GroqResponses.modelList();
                }
                if (!"POST".equals(request.getMethod())
                        || !request.getUrl().encodedPath().endsWith("/chat/completions")) {
                    return GroqResponses.error(
                            404,
                            "invalid_request_error",
                            "unknown_url",
                            "Unknown request URL: " + request.getMethod() + " "
                                    + request.getUrl().encodedPath());
                }
                ChatCall call = ChatCall.parseOpenAi(request);
                return chat.answer(call);
            }
        });
    }

    public static FakeGroq start() {
        FakeGroq fake = new FakeGroq();
        try {
            fake.server.start(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return fake;
    }

    /** What AskBar's {@code ASKBAR_GROQ_BASE_URL} should be to reach this fake. */
    public String baseUrl() {
        return server.url("/openai/v1").toString();
    }

    /** Answers the next call with this response, before any rule. */
    public FakeGroq enqueue(MockResponse response) {
        chat.enqueue(response);
        return this;
    }

    /** Forgets scripted responses not yet used. */
    public FakeGroq clearScript() {
        chat.clear();
        return this;
    }

    /** Starts a rule: calls whose prompt contains every fragment get the reply given to {@link When#reply}. */
    public When when(String... fragments) {
        return new When(call -> {
            for (String f : fragments) {
                if (!call.prompt().toLowerCase().contains(f.toLowerCase())) {
                    return false;
                }
            }
            return true;
        });
    }

    public When when(Predicate<ChatCall> match) {
        return new When(match);
    }

    /** The reply when no script entry or rule applies. */
    public FakeGroq otherwise(String reply) {
        chat.otherwise(call -> GroqResponses.completion(call.model(), reply));
        return this;
    }

    /** Every call waits this long before it is answered, like a real model thinking. */
    public FakeGroq latency(long millis) {
        chat.latency(millis);
        return this;
    }

    /** Answers every request carrying this key with Groq's 401, as for a revoked key. */
    public FakeGroq rejectKey(String key) {
        rejected.add(key);
        return this;
    }

    /** Calls to {@code GET /models}, which spend no completion quota. */
    public int modelListCalls() {
        return modelListCalls.get();
    }

    public List<ChatCall> calls() {
        return chat.calls();
    }

    public int callCount() {
        return chat.callCount();
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

        public FakeGroq reply(String content) {
            chat.rule(match, call -> GroqResponses.completion(call.model(), content));
            return FakeGroq.this;
        }

        public FakeGroq respond(Function<ChatCall, MockResponse> answer) {
            chat.rule(match, answer);
            return FakeGroq.this;
        }
    }

    /** A 200 whose message content is empty, as a model that stopped at once returns. */
    public static MockResponse emptyReply(String model) {
        return GroqResponses.completion(model, "");
    }

    /** A response that never finishes its headers within any sane client timeout. */
    public static MockResponse hang() {
        return new MockResponse.Builder()
                .headersDelay(60, TimeUnit.SECONDS)
                .body(GroqResponses.completionBody("llama-3.3-70b-versatile", "too late"))
                .build();
    }
}
