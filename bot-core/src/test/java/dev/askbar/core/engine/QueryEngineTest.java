package dev.askbar.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.askbar.core.fixtures.EngineFixture;
import dev.askbar.core.sql.QueryResult;
import dev.askbar.testkit.ChatCall;
import dev.askbar.testkit.GroqResponses;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class QueryEngineTest {
    @RegisterExtension
    final EngineFixture f = new EngineFixture("engine");

    private Answer ask(String text) {
        return f.engine.answer(new Question(text, "u1", "test", java.util.Optional.empty()), ProgressListener.NONE);
    }

    @Test
    void answersWithRowsSummaryAndWhoAnswered() {
        f.sqlFor(
                        "how many orders were cancelled?",
                        "SELECT count(*) AS cancelled FROM public.orders WHERE status = 'cancelled'")
                .summaryFor("how many orders were cancelled?", "30 orders were cancelled.");
        Answer a = ask("how many orders were cancelled?");
        assertThat(a.ok()).isTrue();
        assertThat(a.result().orElseThrow().rows().get(0).get(0)).isEqualTo(30L);
        assertThat(a.summary()).contains("30 orders were cancelled.");
        assertThat(a.provider()).contains("groq");
        assertThat(a.model()).contains("llama-3.3-70b-versatile");
        assertThat(a.keyMasked()).contains("gsk_…a1b2");
        assertThat(f.groq.callCount()).isEqualTo(2);
        assertThat(f.auditCount("outcome = 'answered' AND row_count = 1 AND key_masked = 'gsk_…a1b2'"))
                .isEqualTo(1);
    }

    @Test
    void thePromptCarriesTheSchemaTheQuestionAndToday() {
        f.sqlFor("list customers", "SELECT name FROM public.customers");
        ask("list customers");
        var call = f.groq.calls().get(0);
        assertThat(call.user())
                .contains("customers(")
                .containsPattern("(?m)^orders\\(")
                .contains("Question: list customers");
        assertThat(call.system()).contains("Today is " + java.time.LocalDate.now());
        assertThat(call.key()).isEqualTo(EngineFixture.GROQ_KEY);
    }

    @Test
    void progressReportsSqlThenRowsThenSummary() {
        f.sqlFor("q", "SELECT 1 AS one").summaryFor("q", "One.");
        List<String> stages = new ArrayList<>();
        f.engine.answer(new Question("q", "u1", "test", java.util.Optional.empty()), new ProgressListener() {
            @Override
            public void sqlReady(String sql) {
                stages.add("sql");
            }

            @Override
            public void rowsReady(String sql, QueryResult result) {
                stages.add("rows");
            }

            @Override
            public void summaryReady(String summary) {
                stages.add("summary");
            }
        });
        assertThat(stages).containsExactly("sql", "rows", "summary");
    }

    @Test
    void emptyQuestionIsRefusedWithoutCallingTheModel() {
        Answer a = ask("   ");
        assertThat(a.error().orElseThrow().code()).isEqualTo(AnswerError.Code.EMPTY_QUESTION);
        assertThat(f.groq.callCount()).isZero();
        assertThat(f.auditCount("error_code = 'EMPTY_QUESTION'")).isEqualTo(1);
    }

    @Test
    void hugeQuestionIsRefusedWithoutCallingTheModel() {
        Answer a = ask("x".repeat(1001));
        assertThat(a.error().orElseThrow().code()).isEqualTo(AnswerError.Code.QUESTION_TOO_LONG);
        assertThat(a.error().get().message()).contains("1001").contains("1000");
        assertThat(f.groq.callCount()).isZero();
    }

    @Test
    void aReplyWithoutSqlIsOneClearSentence() {
        f.groq.otherwise("I am not sure what you mean.");
        Answer a = ask("what is the weather?");
        assertThat(a.error().orElseThrow().code()).isEqualTo(AnswerError.Code.NO_SQL);
        assertThat(a.error().get().message()).endsWith(".").doesNotContain("\n");
    }

    @Test
    void sqlTheDatabaseRejectsIsReportedWithTheSqlTried() {
        f.sqlFor("bad", "SELECT nope FROM public.orders");
        Answer a = ask("bad");
        assertThat(a.error().orElseThrow().code()).isEqualTo(AnswerError.Code.SQL_FAILED);
        assertThat(a.error().get().message()).contains("column \"nope\" does not exist");
        assertThat(a.sql()).contains("SELECT nope FROM public.orders");
    }

    @Test
    void writingSqlIsRefusedAndNeverReachesTheDatabase() {
        f.sqlFor("delete", "DELETE FROM public.orders");
        Answer a = ask("delete");
        assertThat(a.error().orElseThrow().code()).isEqualTo(AnswerError.Code.SQL_REFUSED);
        assertThat(a.error().get().message()).startsWith("I can only read data; that query would");
        assertThat(f.shop.count("SELECT count(*) FROM public.orders")).isEqualTo(120);
    }

    @Test
    void aFailedSummaryStillGivesTheTable() {
        f.sqlFor("count", "SELECT count(*) AS n FROM public.customers");
        f.groq.when(call -> call.task() == ChatCall.Task.SUMMARY)
                .respond(call -> GroqResponses.error(500, "internal_server_error", null, "boom"));
        Answer a = ask("count");
        assertThat(a.ok()).isTrue();
        assertThat(a.result().orElseThrow().rows().get(0).get(0)).isEqualTo(4L);
        assertThat(a.summary()).isEmpty();
    }

    @Test
    void noModelAvailableIsOneSentenceWithoutProviderDetails() {
        f.groq.when(call -> true)
                .respond(call ->
                        GroqResponses.rateLimited(call.model(), "tokens per day (TPD)", 100000, "6m7.2s", null));
        Answer a = ask("anything");
        assertThat(a.error().orElseThrow().code()).isEqualTo(AnswerError.Code.LLM_UNAVAILABLE);
        assertThat(a.error().get().message())
                .contains("rate-limited")
                .doesNotContain("org_")
                .doesNotContain("console.groq.com");
    }
}
