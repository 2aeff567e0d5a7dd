package dev.askbar.discord.fake;

import dev.askbar.core.engine.QueryEngine;
import dev.askbar.core.fixtures.ShopDatabase;
import dev.askbar.core.fixtures.TestEngine;
import dev.askbar.core.llm.KeyState;
import dev.askbar.core.llm.KeyStatus;
import dev.askbar.core.platform.AdapterContext;
import dev.askbar.core.platform.AnswerArchive;
import dev.askbar.core.platform.AnswerWorkers;
import dev.askbar.core.platform.AuditFeedback;
import dev.askbar.core.platform.ExampleReview;
import dev.askbar.core.store.AuditLog;
import dev.askbar.core.store.VerifiedExamples;
import dev.askbar.testkit.ChatCall;
import dev.askbar.testkit.FakeGroq;
import dev.askbar.testkit.GroqResponses;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real engine over the shared shop database ({@link ShopDatabase}) and a fake Groq, packed as the
 * {@link AdapterContext} the launcher hands an adapter. Questions run as a read-only role, like in production.
 */
public final class ShopAnswers implements AutoCloseable, AfterEachCallback {
    /** Two keys as the router reports them: one taking traffic, one cooling down after a daily limit. */
    public static final List<KeyStatus> KEYS = List.of(
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
                    4000,
                    300,
                    Optional.empty(),
                    Optional.of(Duration.ofMillis(420))),
            new KeyStatus(
                    "groq",
                    2,
                    "gsk_…c3d4",
                    "team",
                    "llama-3.3-70b-versatile",
                    KeyState.COOLING,
                    Optional.of(Instant.parse("2030-01-01T08:00:00Z")),
                    Optional.of("rate limited per day"),
                    30,
                    20,
                    10,
                    9000,
                    800,
                    Optional.of("rate limited per day, HTTP 429"),
                    Optional.empty()));

    public final FakeGroq groq = FakeGroq.start();
    public final AdapterContext context;
    /** Examples waiting for review, as the state store would list them; what admins approved or rejected. */
    public final Examples examples = new Examples();

    private final QueryEngine engine;
    private final AnswerArchive archive = new AnswerArchive(Duration.ofMinutes(10), 64L << 20);
    private final AuditFeedback feedback;
    private final ShopDatabase shop;
    private final TestEngine wired;

    public ShopAnswers() {
        shop = ShopDatabase.create("discord");
        wired = TestEngine.over(shop.reader(), shop.writer(), groq.baseUrl(), Map.of(), null);
        engine = wired.engine();
        AuditLog audit = wired.audit();
        VerifiedExamples verified = wired.examples();
        feedback = new AuditFeedback(audit, verified);
        context = context(new AnswerWorkers("discord-test", 4, 20, Duration.ofSeconds(5)));
    }

    /** The same engine, archive and feedback with other workers (the caller closes them). */
    public AdapterContext context(AnswerWorkers workers) {
        return new AdapterContext(engine, workers, archive, () -> KEYS, feedback, examples, List.of("public"));
    }

    /** The fake model writes this SQL at once, and takes {@code summaryDelay} to write the summary. */
    public ShopAnswers slowSummary(String question, String sql, String summary, Duration summaryDelay) {
        groq.when(call -> call.task() == ChatCall.Task.SQL && call.user().contains("Question: " + question))
                .reply("```sql\n" + sql + "\n```");
        groq.when(call -> call.task() == ChatCall.Task.SUMMARY && call.user().contains("Question: " + question))
                .respond(call -> new MockResponse.Builder()
                        .headersDelay(summaryDelay.toMillis(), TimeUnit.MILLISECONDS)
                        .setHeader("Content-Type", "application/json")
                        .body(GroqResponses.completionBody(call.model(), summary))
                        .build());
        return this;
    }

    /** The fake model writes this SQL, and fails every time it is asked for the summary. */
    public ShopAnswers failingSummary(String question, String sql) {
        groq.when(call -> call.task() == ChatCall.Task.SQL && call.user().contains("Question: " + question))
                .reply("```sql\n" + sql + "\n```");
        groq.when(call -> call.task() == ChatCall.Task.SUMMARY && call.user().contains("Question: " + question))
                .respond(call -> GroqResponses.error(400, "invalid_request_error", null, "summary refused"));
        return this;
    }

    /** Pending examples in memory: the review flow is the shared one, the store behind it is not Discord's concern. */
    public static final class Examples implements ExampleReview {
        private final List<Candidate> pending = new ArrayList<>();
        public final List<String> reviewed = new ArrayList<>();

        public synchronized void suggest(long id, String question, String sql, String by) {
            pending.add(new Candidate(id, question, sql, by, Instant.now()));
        }

        @Override
        public synchronized List<Candidate> pending(int max) {
            return pending.stream().limit(max).toList();
        }

        @Override
        public synchronized boolean approve(long id, String admin) {
            return review(id, "approved", admin);
        }

        @Override
        public synchronized boolean reject(long id, String admin) {
            return review(id, "rejected", admin);
        }

        private boolean review(long id, String what, String admin) {
            boolean found = pending.removeIf(c -> c.id() == id);
            if (found) {
                reviewed.add(id + " " + what + " by " + admin);
            }
            return found;
        }
    }

    /** The fake model writes this SQL for this question, and summarises its result with this text. */
    public ShopAnswers answers(String question, String sql, String summary) {
        groq.when(call -> call.task() == ChatCall.Task.SQL && call.user().contains("Question: " + question))
                .reply("```sql\n" + sql + "\n```");
        groq.when(call -> call.task() == ChatCall.Task.SUMMARY && call.user().contains("Question: " + question))
                .reply(summary);
        return this;
    }

    /** Runs SQL as the database owner and lets the read-only role read every table, new ones included. */
    public void execute(String sql) {
        shop.database().execute(sql);
        shop.database().execute("GRANT SELECT ON ALL TABLES IN SCHEMA public TO " + shop.readerRole());
        engine.refreshSchema();
    }

    public long count(String sql) {
        return shop.count(sql);
    }

    /** As a JUnit 5 extension on an instance field ({@code @RegisterExtension final ShopAnswers shop = ...}): closed after each test. */
    @Override
    public void afterEach(ExtensionContext context) {
        close();
    }

    @Override
    public void close() {
        context.workers().close();
        wired.close();
        groq.close();
        shop.close();
    }
}
