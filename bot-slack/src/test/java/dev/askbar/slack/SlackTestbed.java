package dev.askbar.slack;

import dev.askbar.core.config.Secret;
import dev.askbar.core.engine.QueryEngine;
import dev.askbar.core.fixtures.ShopDatabase;
import dev.askbar.core.fixtures.TestEngine;
import dev.askbar.core.llm.KeyState;
import dev.askbar.core.llm.KeyStatus;
import dev.askbar.core.platform.AdapterContext;
import dev.askbar.core.platform.AnswerArchive;
import dev.askbar.core.platform.AnswerWorkers;
import dev.askbar.core.platform.AuditFeedback;
import dev.askbar.core.store.AuditLog;
import dev.askbar.core.store.VerifiedExamples;
import dev.askbar.slack.fake.FakeSlack;
import dev.askbar.slack.fake.SignedSlackRequests;
import dev.askbar.testkit.ChatCall;
import dev.askbar.testkit.FakeGroq;
import dev.askbar.testkit.GroqResponses;
import dev.askbar.testkit.TestKeys;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import mockwebserver3.MockResponse;

/**
 * The real Slack adapter in HTTP mode over a real engine: the shared shop database (questions run as its read-only
 * role), a fake Groq, a fake Slack for the Web API, and a client that signs requests like Slack does.
 */
final class SlackTestbed implements AutoCloseable {
    static final String SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
    static final String CONFIGURED_ADMIN = "UCONFADMIN";
    static final List<KeyStatus> KEYS = List.of(
            new KeyStatus(
                    "groq",
                    1,
                    "gsk_…a1b2",
                    "default",
                    "llama-3.3-70b-versatile",
                    KeyState.AVAILABLE,
                    Optional.empty(),
                    Optional.empty(),
                    12,
                    11,
                    1,
                    12_000,
                    900,
                    Optional.of("server error, HTTP 503"),
                    Optional.of(Duration.ofMillis(420))),
            new KeyStatus(
                    "gemini",
                    1,
                    "AIza…9f3c",
                    "default",
                    "gemini-2.5-flash",
                    KeyState.COOLING,
                    Optional.of(Instant.now().plusSeconds(42)),
                    Optional.of("rate limited per minute"),
                    30,
                    30,
                    0,
                    40_000,
                    2_000,
                    Optional.empty(),
                    Optional.empty()));

    final ShopDatabase shop;
    final FakeGroq groq;
    final FakeSlack slack;
    final QueryEngine engine;
    final AuditLog audit;
    private final TestEngine wired;
    final SlackAdapter adapter;
    final SignedSlackRequests requests;
    final AnswerWorkers workers;
    final PendingExamples examples = new PendingExamples();
    private final Map<String, Function<ChatCall, MockResponse>> summaries = new ConcurrentHashMap<>();

    SlackTestbed(String purpose, Duration channelInterval, int workers) throws Exception {
        this(purpose, channelInterval, workers, 200);
    }

    /** @param queue questions that may wait for a worker; beyond it the asker hears that AskBar is busy */
    SlackTestbed(String purpose, Duration channelInterval, int workers, int queue) throws Exception {
        shop = ShopDatabase.create(purpose);
        groq = FakeGroq.start();
        groq.when(call -> call.task() == ChatCall.Task.SUMMARY)
                .respond(call -> summaries.entrySet().stream()
                        .filter(e -> call.user().contains(e.getKey()))
                        .findFirst()
                        .map(e -> e.getValue().apply(call))
                        .orElseGet(() -> GroqResponses.completion(call.model(), "Here is what I found.")));
        wired = TestEngine.over(
                shop.reader(),
                shop.writer(),
                groq.baseUrl(),
                Map.of(
                        "ASKBAR_LLM_TIMEOUT_SECONDS",
                        "5",
                        "ASKBAR_QUESTIONS_PER_MINUTE",
                        "10000",
                        "ASKBAR_CACHE_TTL_MINUTES",
                        "0"),
                null);
        engine = wired.engine();
        audit = wired.audit();
        VerifiedExamples verified = wired.examples();
        slack = FakeSlack.start();
        this.workers = new AnswerWorkers("slack-test", workers, queue, Duration.ofSeconds(5));
        AdapterContext context = new AdapterContext(
                engine,
                this.workers,
                new AnswerArchive(Duration.ofHours(1), 64L << 20),
                () -> KEYS,
                new AuditFeedback(audit, verified),
                this.examples,
                List.of("public"));
        SlackSettings settings = new SlackSettings(
                new Secret(TestKeys.slackBot("test-token")),
                Optional.of(new Secret(SIGNING_SECRET)),
                Optional.empty(),
                0,
                slack.apiUrl(),
                Set.of(CONFIGURED_ADMIN),
                channelInterval);
        adapter = new SlackAdapter(settings, context);
        adapter.start();
        requests = new SignedSlackRequests(
                SIGNING_SECRET, URI.create("http://127.0.0.1:" + adapter.port().orElseThrow() + SlackAdapter.PATH));
    }

    /** The fake model answers the SQL prompt for this question with this SQL. */
    SlackTestbed sqlFor(String question, String sql) {
        groq.when(call -> call.task() == ChatCall.Task.SQL && call.user().contains("Question: " + question))
                .reply("```sql\n" + sql + "\n```");
        return this;
    }

    /** The summary of questions whose prompt contains this text comes from {@code answer} instead of the usual reply. */
    SlackTestbed summaryFor(String question, Function<ChatCall, MockResponse> answer) {
        summaries.put(question, answer);
        return this;
    }

    long count(String sql) {
        return shop.count(sql);
    }

    @Override
    public void close() {
        adapter.close();
        workers.close();
        wired.close();
        slack.close();
        groq.close();
        shop.close();
    }
}
