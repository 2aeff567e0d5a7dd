package dev.askbar.core.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.askbar.core.engine.Answer;
import dev.askbar.core.engine.Question;
import dev.askbar.core.fixtures.EngineFixture;
import dev.askbar.core.llm.KeyStatus;
import dev.askbar.testkit.ChatCall;
import dev.askbar.testkit.GroqResponses;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AnswerSessionTest {
    private EngineFixture f;
    private AnswerWorkers workers;

    @AfterEach
    void close() {
        if (workers != null) {
            workers.close();
        }
        if (f != null) {
            f.close();
        }
    }

    /** What a surface was told, in order. */
    static class RecordingSurface implements AnswerSurface {
        final List<String> events = new CopyOnWriteArrayList<>();
        final List<Answer> answers = new CopyOnWriteArrayList<>();
        final CountDownLatch done = new CountDownLatch(1);
        final CountDownLatch rowsShown = new CountDownLatch(1);
        boolean throwOnAnswer;

        @Override
        public void progress(String stage) {
            events.add("progress " + stage);
        }

        @Override
        public void answered(Answer answer, Optional<String> archiveId, boolean summaryPending) {
            if (throwOnAnswer) {
                throw new IllegalStateException("platform refused the message");
            }
            events.add(summaryPending ? "rows" : "answer " + answer.summary().orElse("(none)"));
            answers.add(answer);
            rowsShown.countDown();
            if (!summaryPending) {
                done.countDown();
            }
        }

        @Override
        public void failed(String sentence) {
            events.add("failed " + sentence);
            done.countDown();
        }

        void await() throws InterruptedException {
            assertThat(done.await(20, TimeUnit.SECONDS)).as("session finished").isTrue();
        }
    }

    private AdapterContext context() {
        return context(new AnswerWorkers("session-test", 4, 10, Duration.ofSeconds(5)));
    }

    /** The chat adapters' context over these workers, closed after the test. */
    private AdapterContext context(AnswerWorkers answerWorkers) {
        workers = answerWorkers;
        return new AdapterContext(
                f.engine,
                workers,
                new AnswerArchive(Duration.ofMinutes(5), 1 << 20),
                List::<KeyStatus>of,
                (id, user, value) -> true,
                ExampleReview.NONE,
                List.of("public"));
    }

    private static Question chat(String text) {
        return new Question(text, "U1", "slack", Optional.empty());
    }

    @Test
    void theRowsAreShownBeforeTheSummaryIsWrittenAndTheSummaryIsEditedInAfter() throws Exception {
        f = new EngineFixture("session-progressive");
        f.sqlFor("how many customers", "SELECT count(*) AS n FROM public.customers");
        CountDownLatch summaryMayAnswer = new CountDownLatch(1);
        f.groq.when(call -> call.task() == ChatCall.Task.SUMMARY).respond(call -> {
            try {
                summaryMayAnswer.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return GroqResponses.completion(call.model(), "There are 4 customers.");
        });
        RecordingSurface surface = new RecordingSurface();
        context().ask(chat("how many customers"), surface);

        assertThat(surface.rowsShown.await(20, TimeUnit.SECONDS))
                .as("rows shown while the summary is still being written")
                .isTrue();
        assertThat(surface.answers.get(0).summary()).isEmpty();
        assertThat(surface.answers.get(0).result().orElseThrow().rows().get(0).get(0))
                .isEqualTo(4L);
        summaryMayAnswer.countDown();
        surface.await();
        assertThat(surface.events)
                .as("a quick query goes from 'Writing the SQL…' straight to the rows")
                .containsExactly("progress " + Sentences.WRITING_SQL, "rows", "answer There are 4 customers.");
        assertThat(surface.answers.get(1).auditId())
                .as("the finished answer is audited, for feedback")
                .isPresent();
    }

    @Test
    void theSummaryIsAskedForWhileTheRowsAreStillBeingShownAndIsShownOnlyAfterThem() throws Exception {
        f = new EngineFixture("session-overlap");
        f.sqlFor("how many customers", "SELECT count(*) AS n FROM public.customers");
        CountDownLatch summaryAsked = new CountDownLatch(1);
        f.groq.when(call -> call.task() == ChatCall.Task.SUMMARY).respond(call -> {
            summaryAsked.countDown();
            return GroqResponses.completion(call.model(), "There are 4 customers.");
        });
        // a platform slow to take the table: the summary must not wait for it
        RecordingSurface surface = new RecordingSurface() {
            @Override
            public void answered(Answer answer, Optional<String> archiveId, boolean summaryPending) {
                if (summaryPending) {
                    AnswerSessionTest.await(summaryAsked);
                    events.add("summary asked: " + (summaryAsked.getCount() == 0));
                }
                super.answered(answer, archiveId, summaryPending);
            }
        };
        context().ask(chat("how many customers"), surface);
        surface.await();
        assertThat(surface.events)
                .containsExactly(
                        "progress " + Sentences.WRITING_SQL,
                        "summary asked: true",
                        "rows",
                        "answer There are 4 customers.");
    }

    @Test
    void aQueryThatKeepsTheDatabaseBusyIsShownAsRunningUntilItsRowsReplaceTheStage() throws Exception {
        f = new EngineFixture("session-slow-query");
        f.sqlFor("how many customers", "SELECT count(*) AS n FROM public.customers")
                .summaryFor("how many customers", "There are 4 customers.");
        AdapterContext context =
                context(new AnswerWorkers("slow-query-test", 4, 10, Duration.ofSeconds(5), Duration.ofMillis(50)));
        RecordingSurface first = new RecordingSurface();
        context.ask(chat("how many customers"), first); // reads the schema before the table is locked
        first.await();

        CountDownLatch running = new CountDownLatch(1);
        RecordingSurface surface = new RecordingSurface() {
            @Override
            public void progress(String stage) {
                super.progress(stage);
                if (stage.equals(Sentences.RUNNING_QUERY)) {
                    running.countDown();
                }
            }
        };
        try (Connection owner = f.shop.database().connect()) {
            owner.setAutoCommit(false);
            owner.createStatement().execute("LOCK TABLE public.customers IN ACCESS EXCLUSIVE MODE");
            context.ask(chat("how many customers"), surface);
            assertThat(running.await(10, TimeUnit.SECONDS))
                    .as("the stage is shown while the query waits on the database")
                    .isTrue();
            owner.rollback();
        }
        surface.await();
        assertThat(surface.events)
                .containsExactly(
                        "progress " + Sentences.WRITING_SQL,
                        "progress " + Sentences.RUNNING_QUERY,
                        "rows",
                        "answer There are 4 customers.");
        assertThat(surface.answers.get(0).result().orElseThrow().rows().get(0).get(0))
                .isEqualTo(4L);
    }

    @Test
    void tablesOfDifferentQuestionsArePostedSideBySideNotOneAfterAnother() throws Exception {
        f = new EngineFixture("session-side-by-side");
        f.sqlFor("how many customers", "SELECT count(*) AS n FROM public.customers");
        // each surface holds its table until the other's has arrived too: a platform that answers slowly
        CountDownLatch bothPosting = new CountDownLatch(2);
        List<RecordingSurface> surfaces = List.of(new PostingSurface(bothPosting), new PostingSurface(bothPosting));
        AdapterContext context = context();
        for (RecordingSurface surface : surfaces) {
            context.ask(chat("how many customers"), surface);
        }
        for (RecordingSurface surface : surfaces) {
            surface.await();
            assertThat(surface.events).contains("posted beside another", "rows");
        }
    }

    /** A surface whose table post waits for another question's post to start, as a slow platform API would. */
    private static final class PostingSurface extends RecordingSurface {
        private final CountDownLatch bothPosting;

        PostingSurface(CountDownLatch bothPosting) {
            this.bothPosting = bothPosting;
        }

        @Override
        public void answered(Answer answer, Optional<String> archiveId, boolean summaryPending) {
            if (summaryPending) {
                bothPosting.countDown();
                try {
                    if (bothPosting.await(10, TimeUnit.SECONDS)) {
                        events.add("posted beside another");
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            super.answered(answer, archiveId, summaryPending);
        }
    }

    @Test
    void aSummaryThatCannotBeWrittenLeavesTheTableStanding() throws Exception {
        f = new EngineFixture("session-nosummary");
        f.sqlFor("how many customers", "SELECT count(*) AS n FROM public.customers");
        f.groq.when(call -> call.task() == ChatCall.Task.SUMMARY)
                .respond(call -> GroqResponses.error(500, "internal_server_error", "internal_error", "boom"));
        RecordingSurface surface = new RecordingSurface();
        context().ask(chat("how many customers"), surface);
        surface.await();
        assertThat(surface.events).containsSubsequence("rows", "answer (none)");
        assertThat(surface.events).noneMatch(e -> e.startsWith("failed"));
    }

    @Test
    void aQuestionWithoutAnAnswerEndsWithTheEnginesOneSentence() throws Exception {
        f = new EngineFixture("session-fail");
        RecordingSurface surface = new RecordingSurface();
        context().ask(chat("   "), surface);
        surface.await();
        assertThat(surface.events).last().asString().startsWith("failed Your question is empty");
    }

    @Test
    void anAnswerTheSurfaceCannotShowBecomesOneSentenceInsteadOfAStrandedProgressMessage() throws Exception {
        f = new EngineFixture("session-render");
        f.sqlFor("how many customers", "SELECT count(*) AS n FROM public.customers");
        RecordingSurface surface = new RecordingSurface();
        surface.throwOnAnswer = true;
        context().ask(chat("how many customers"), surface);
        surface.await();
        assertThat(surface.events).last().isEqualTo("failed " + Sentences.NOT_SHOWN);
        assertThat(surface.events).filteredOn(e -> e.startsWith("failed")).hasSize(1);
    }

    @Test
    void whenEveryWorkerIsBusyTheAskerHearsSoAtOnce() throws Exception {
        f = new EngineFixture("session-busy");
        AdapterContext context = context(new AnswerWorkers("busy-test", 1, 1, Duration.ofSeconds(5)));
        CountDownLatch release = new CountDownLatch(1);
        workers.submit(() -> await(release));
        workers.submit(() -> await(release));
        RecordingSurface surface = new RecordingSurface();
        context.ask(chat("how many customers"), surface);
        assertThat(surface.events).containsExactly("failed " + Sentences.BUSY);
        release.countDown();
    }

    @Test
    void adminActionsAreRefusedToOthersWithOneSentenceNamingWhoMay() {
        f = new EngineFixture("session-admin");
        RecordingReplies replies = new RecordingReplies();
        context().askbar(AskbarAction.KEYS, false, "workspace admins", replies);
        context().askbar(AskbarAction.REFRESH, false, "workspace admins", replies);
        assertThat(replies.notices)
                .containsExactly(
                        "Only workspace admins can see key status.",
                        "Only workspace admins can refresh the schema and the cache.");
        assertThat(replies.keys).isEmpty();
    }

    @Test
    void anAdminsRefreshRereadsTheSchemaAndForgetsCachedSql() throws Exception {
        f = new EngineFixture("session-refresh");
        f.sqlFor("how many customers", "SELECT count(*) AS n FROM public.customers");
        f.engine.answer(chat("how many customers"), dev.askbar.core.engine.ProgressListener.NONE);
        f.shop.database()
                .execute("CREATE TABLE public.refunds (id int PRIMARY KEY); GRANT SELECT ON public.refunds TO "
                        + f.shop.readerRole());
        RecordingReplies replies = new RecordingReplies();
        context().askbar(AskbarAction.REFRESH, true, "workspace admins", replies);
        assertThat(replies.done.await(20, TimeUnit.SECONDS)).isTrue();
        assertThat(replies.notices).containsExactly("Schema re-read: 3 tables and views; 1 cached query forgotten.");
    }

    @Test
    void askbarWordsParseToOneActionEachAndUnknownWordsToNone() {
        assertThat(AskbarAction.parse("")).contains(AskbarAction.HELP);
        assertThat(AskbarAction.parse(" KEYS ")).contains(AskbarAction.KEYS);
        assertThat(AskbarAction.parse("examples")).contains(AskbarAction.EXAMPLES);
        assertThat(AskbarAction.parse("drop")).isEmpty();
    }

    static final class RecordingReplies implements AskbarReplies {
        final List<String> notices = new CopyOnWriteArrayList<>();
        final List<List<KeyStatus>> keys = new CopyOnWriteArrayList<>();
        final CountDownLatch done = new CountDownLatch(1);

        @Override
        public void notice(String sentence) {
            notices.add(sentence);
            done.countDown();
        }

        @Override
        public void help(HelpText.Help help) {
            done.countDown();
        }

        @Override
        public void keys(List<KeyStatus> list) {
            keys.add(list);
            done.countDown();
        }

        @Override
        public void examples(List<ExampleReview.Candidate> pending) {
            done.countDown();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
