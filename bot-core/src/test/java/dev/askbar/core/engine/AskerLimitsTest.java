package dev.askbar.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.askbar.core.fixtures.EngineFixture;
import dev.askbar.testkit.ChatCall;
import dev.askbar.testkit.GroqResponses;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AskerLimitsTest {
    private EngineFixture f;

    @AfterEach
    void close() {
        if (f != null) {
            f.close();
        }
    }

    @Test
    void aThirdQuestionInFlightIsRefusedUntilOneFinishes() {
        AskerLimits limits = AskerLimits.inMemory(100, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
        var first = limits.enter("slack", "U1").orElseThrow();
        limits.enter("slack", "U1").orElseThrow();
        assertThat(limits.enter("slack", "U1")).isEmpty();
        assertThat(limits.enter("slack", "U2")).as("others are not held up").isPresent();
        first.close();
        first.close();
        assertThat(limits.enter("slack", "U1")).isPresent();
        assertThat(limits.enter("slack", "U1"))
                .as("closing twice frees one slot, not two")
                .isEmpty();
    }

    @Test
    void theRateLimitSaysHowLongToWait() {
        AskerLimits limits = AskerLimits.inMemory(2, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
        assertThat(limits.tryAcquire("slack", "U1")).isEmpty();
        assertThat(limits.tryAcquire("slack", "U1")).isEmpty();
        assertThat(limits.tryAcquire("slack", "U1")).contains(Duration.ofMinutes(1));
    }

    @Test
    void aBatchAtTheTerminalIsAnsweredWholeWhileAChatUserIsLimited() {
        f = new EngineFixture("limits-terminal");
        f.sqlFor("how many customers", "SELECT count(*) AS n FROM public.customers");
        for (int i = 0; i < 25; i++) {
            Answer a = f.engine.answer(Question.fromTerminal("how many customers"), ProgressListener.NONE);
            assertThat(a.ok()).as("terminal question %d", i + 1).isTrue();
        }
        int refused = 0;
        for (int i = 0; i < 25; i++) {
            Answer a = f.engine.answer(
                    new Question("how many customers", "U1", "slack", Optional.empty()), ProgressListener.NONE);
            if (a.error().map(e -> e.code() == AnswerError.Code.RATE_LIMITED).orElse(false)) {
                refused++;
            }
        }
        assertThat(refused)
                .as("the chat user's per-minute limit (10) still holds")
                .isEqualTo(15);
    }

    @Test
    void oneChatUserCannotHoldMoreThanTwoAnswersAtOnce() throws Exception {
        f = new EngineFixture("limits-inflight");
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch arrived = new CountDownLatch(2);
        f.groq.when(call -> call.task() == ChatCall.Task.SQL).respond(call -> {
            arrived.countDown();
            try {
                release.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return GroqResponses.completion(call.model(), "```sql\nSELECT 1 AS one\n```");
        });
        Question q = new Question("one please", "U9", "discord", Optional.empty());
        CompletableFuture<Answer> a = CompletableFuture.supplyAsync(() -> f.engine.answer(q, ProgressListener.NONE));
        CompletableFuture<Answer> b = CompletableFuture.supplyAsync(() -> f.engine.answer(q, ProgressListener.NONE));
        assertThat(arrived.await(20, TimeUnit.SECONDS)).isTrue();
        Answer third = f.engine.answer(q, ProgressListener.NONE);
        assertThat(third.error().orElseThrow().code()).isEqualTo(AnswerError.Code.RATE_LIMITED);
        assertThat(third.error().get().message()).contains("2 questions being answered");
        release.countDown();
        assertThat(a.get(20, TimeUnit.SECONDS).ok()).isTrue();
        assertThat(b.get(20, TimeUnit.SECONDS).ok()).isTrue();
        assertThat(f.engine.answer(q, ProgressListener.NONE).ok())
                .as("slots free again")
                .isTrue();
    }
}
