package dev.askbar.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.askbar.core.fixtures.EngineFixture;
import dev.askbar.core.schema.SchemaLinker;
import dev.askbar.core.schema.TableInfo;
import dev.askbar.testkit.ChatCall;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Repair, cache, follow-ups, rate limit, catalog questions, glossary and examples, each against real parts. */
class EngineFeaturesTest {
    EngineFixture f;

    @AfterEach
    void tearDown() {
        if (f != null) {
            f.close();
        }
    }

    private Answer ask(String text) {
        return ask(text, "u1", Optional.empty());
    }

    private Answer ask(String text, String asker, Optional<String> conversation) {
        return f.engine.answer(new Question(text, asker, "test", conversation), ProgressListener.NONE);
    }

    private List<ChatCall> sqlCalls() {
        return f.groq.calls().stream()
                .filter(c -> c.task() == ChatCall.Task.SQL)
                .toList();
    }

    @Test
    void aDatabaseErrorGoesBackToTheModelAndTheRepairedQueryAnswers() {
        f = new EngineFixture("repair");
        f.groq.when(c -> c.task() == ChatCall.Task.SQL && c.user().contains("This query failed"))
                .reply("SELECT count(*) AS n FROM public.orders");
        f.sqlFor("count orders", "SELECT count(*) AS n FROM public.order");
        Answer a = ask("count orders");
        assertThat(a.ok()).isTrue();
        assertThat(a.result().orElseThrow().rows().get(0).get(0)).isEqualTo(120L);
        assertThat(sqlCalls()).hasSize(2);
        assertThat(sqlCalls().get(1).user())
                .contains("SELECT count(*) AS n FROM public.order")
                .contains("does not exist");
    }

    @Test
    void aRepairRoundShowsWholeTheTablesTheFailedQueryUsed() {
        f = new EngineFixture("repair-whole", Map.of("ASKBAR_SCHEMA_TOKEN_BUDGET", "250"), null);
        StringBuilder ddl = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            ddl.append("CREATE TABLE public.t_")
                    .append(i)
                    .append(" (id int PRIMARY KEY, c_one text, c_two text, c_three text, c_four text);");
        }
        f.shop.database().execute(ddl + "GRANT SELECT ON ALL TABLES IN SCHEMA public TO " + f.shop.readerRole());
        String whole = "t_7(id int PK, c_one text, c_two text, c_three text, c_four text)";
        f.groq.when(c -> c.task() == ChatCall.Task.SQL && c.user().contains("This query failed"))
                .reply("SELECT count(c_four) AS n FROM public.t_7");
        f.sqlFor("how big is the backlog", "SELECT count(c_five) AS n FROM t_7 JOIN customers c ON c.id = t_7.id");

        Answer a = ask("how big is the backlog");

        assertThat(a.ok()).isTrue();
        assertThat(sqlCalls()).hasSize(2);
        assertThat(sqlCalls().get(0).user())
                .doesNotContain(whole)
                .contains("customers(id int PK, name text, country text, signed_up date)");
        assertThat(sqlCalls().get(1).user())
                .contains("with all their columns:\n" + whole)
                .as("customers was shown whole already")
                .doesNotContain("with all their columns:\n" + whole + "\ncustomers");
    }

    @Test
    void aRepairRoundOffersTheTablesNamedMostLikeOneTheModelMadeUp() {
        f = new EngineFixture("repair-made-up", Map.of("ASKBAR_SCHEMA_TOKEN_BUDGET", "250"), null);
        StringBuilder ddl = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            ddl.append("CREATE TABLE public.t_")
                    .append(i)
                    .append(" (id int PRIMARY KEY, c_one text, c_two text, c_three text, c_four text);");
        }
        ddl.append("CREATE TABLE public.warehouse_stock (stock_id int PRIMARY KEY, site text," + " on_shelf numeric);");
        f.shop.database().execute(ddl + "GRANT SELECT ON ALL TABLES IN SCHEMA public TO " + f.shop.readerRole());
        String whole = "warehouse_stock(stock_id int PK, site text, on_shelf numeric)";
        f.groq.when(c -> c.task() == ChatCall.Task.SQL && c.user().contains("This query failed"))
                .reply("SELECT sum(on_shelf) AS n FROM public.warehouse_stock");
        f.sqlFor("how much is there in the back room", "SELECT sum(qty) AS n FROM stock_levels");

        Answer a = ask("how much is there in the back room");

        assertThat(a.ok()).isTrue();
        assertThat(sqlCalls()).hasSize(2);
        assertThat(sqlCalls().get(0).user()).doesNotContain("warehouse_stock(");
        assertThat(sqlCalls().get(1).user())
                .contains("relation \"stock_levels\" does not exist")
                .contains("with all their columns:\n" + whole);
    }

    @Test
    void aModelThatFindsNothingInPartOfABigSchemaLooksOnceMoreAtMoreOfIt() {
        f = withManyTables("wider-look");
        f.groq.when(c -> c.task() == ChatCall.Task.SQL && c.user().contains("warehouse_stock("))
                .reply("SELECT sum(on_hand) AS n FROM public.warehouse_stock");
        f.groq.when(c -> c.task() == ChatCall.Task.SQL)
                .reply("UNANSWERABLE: none of these tables holds what is in the back room.");

        Answer a = ask("how much is there in the back room");

        assertThat(a.ok()).isTrue();
        assertThat(sqlCalls()).hasSize(2);
        assertThat(sqlCalls().get(0).user()).doesNotContain("warehouse_stock(");
        assertThat(sqlCalls().get(1).user()).contains("warehouse_stock(").doesNotContain("This query failed");
    }

    @Test
    void aModelThatAsksToSeeATableThePromptOnlyNamedIsShownItsColumnsOnce() {
        f = withManyTables("asks-to-see");
        String whole = "warehouse_stock(stock_id int PK, site text, on_hand numeric)";
        f.groq.when(c -> c.task() == ChatCall.Task.SQL && c.user().contains(whole))
                .reply("SELECT sum(on_hand) AS n FROM public.warehouse_stock");
        f.groq.when(c -> c.task() == ChatCall.Task.SQL).reply("NEED public.warehouse_stock");

        Answer a = ask("how much is there in the back room");

        assertThat(a.ok()).isTrue();
        assertThat(sqlCalls()).hasSize(2);
        assertThat(sqlCalls().get(0).user()).contains("reply NEED").doesNotContain("warehouse_stock(");
        assertThat(sqlCalls().get(1).user()).contains(whole).doesNotContain("This query failed");
    }

    @Test
    void aModelAskingForANamedTableAsTheListWritesItWithoutItsSchemaIsShownItsColumns() {
        f = withManyTables("asks-by-name");
        String question = "how much is there in the back room";
        TableInfo named = f.engine.link(question).named().stream()
                .filter(t -> t.name().startsWith("t_"))
                .findFirst()
                .orElseThrow();
        String whole = named.name() + "(id int PK, c_one text, c_two text, c_three text, c_four text)";
        f.groq.when(c -> c.task() == ChatCall.Task.SQL && c.user().contains(whole))
                .reply("SELECT count(*) AS n FROM public." + named.name());
        f.groq.when(c -> c.task() == ChatCall.Task.SQL).reply("NEED " + named.name());

        Answer a = ask(question);

        assertThat(a.ok()).isTrue();
        assertThat(sqlCalls()).hasSize(2);
        // written whole, or as its rest in the braces of the first word it shares with others (t_{14, 15})
        String rest = named.name().substring(2);
        assertThat(sqlCalls().get(0).user())
                .containsPattern("\npublic: [^\n]*(\\b" + named.name() + "\\b|\\bt_\\{[^}]*\\b" + rest + "\\b)");
        assertThat(sqlCalls().get(1).user()).contains(whole);
    }

    @Test
    void askingToSeeWhatIsNotThereOrAskingTwiceIsFindingNothing() {
        f = withManyTables("asks-badly");
        f.groq.when(c -> c.task() == ChatCall.Task.SQL)
                .reply("NEED askbar.llm_key_state, pg_catalog.pg_authid, public.no_such_table_at_all");

        Answer nothing = ask("show me the keys");

        assertThat(sqlCalls())
                .as("nothing to show: one wider look instead, then the answer stands")
                .hasSize(2);
        assertThat(sqlCalls().get(1).user()).doesNotContain("pg_authid(").doesNotContain("llm_key_state(");
        assertThat(nothing.error().orElseThrow().code()).isEqualTo(AnswerError.Code.NO_SQL);

        f.close();
        f = withManyTables("asks-twice");
        f.groq.when(c -> c.task() == ChatCall.Task.SQL).reply("NEED public.warehouse_stock, public.t_3");

        Answer twice = ask("how much is there in the back room");

        assertThat(sqlCalls())
                .as("shown once, then one wider look, then the answer stands")
                .hasSize(3);
        assertThat(sqlCalls().get(1).user()).contains("warehouse_stock(stock_id int PK");
        assertThat(twice.error().orElseThrow().code()).isEqualTo(AnswerError.Code.NO_SQL);
    }

    @Test
    void unanswerableIsTheAnswerOnceTheModelHasSeenTheWholeSchemaOrHadItsWiderLook() {
        f = new EngineFixture("unanswerable");
        f.groq.when(c -> c.task() == ChatCall.Task.SQL).reply("UNANSWERABLE: there is no weather here.");

        Answer whole = ask("what is the weather in Paris?");

        assertThat(sqlCalls())
                .as("the shop fits the budget whole: nothing more to show")
                .hasSize(1);
        assertThat(whole.error().orElseThrow().code()).isEqualTo(AnswerError.Code.NO_SQL);
        assertThat(whole.error().get().message()).startsWith("I could not find data in the database that answers that");

        f.close();
        f = withManyTables("unanswerable-big");
        f.groq.when(c -> c.task() == ChatCall.Task.SQL).reply("UNANSWERABLE: there is no weather here.");

        Answer part = ask("what is the weather in Paris?");

        assertThat(sqlCalls()).as("one wider look, then the answer stands").hasSize(2);
        assertThat(part.error().orElseThrow().code()).isEqualTo(AnswerError.Code.NO_SQL);
    }

    /** The shop with 25 tables of nothing the questions ask about, at a 200-token budget that shows only part of it. */
    private static EngineFixture withManyTables(String name) {
        EngineFixture fixture = new EngineFixture(name, Map.of("ASKBAR_SCHEMA_TOKEN_BUDGET", "250"), null);
        StringBuilder ddl = new StringBuilder();
        for (int i = 0; i < 25; i++) {
            ddl.append("CREATE TABLE public.t_")
                    .append(i)
                    .append(" (id int PRIMARY KEY, c_one text, c_two text, c_three text, c_four text);");
        }
        ddl.append("CREATE TABLE public.warehouse_stock (stock_id int PRIMARY KEY, site text, on_hand numeric);");
        fixture.shop
                .database()
                .execute(ddl + "GRANT SELECT ON ALL TABLES IN SCHEMA public TO " + fixture.shop.readerRole());
        return fixture;
    }

    @Test
    void afterTwoFailedRepairsTheAskerGetsOneSentenceAndTheSqlTried() {
        f = new EngineFixture("repair-fails");
        f.groq.when(c -> c.task() == ChatCall.Task.SQL).reply("SELECT nope FROM public.orders");
        Answer a = ask("anything");
        assertThat(sqlCalls()).hasSize(3);
        assertThat(a.error().orElseThrow().code()).isEqualTo(AnswerError.Code.SQL_FAILED);
        assertThat(a.error().get().message()).contains("after 3 attempts").endsWith("try rephrasing the question.");
        assertThat(a.sql()).contains("SELECT nope FROM public.orders");
    }

    @Test
    void aGuardRefusalIsRepairedToo() {
        f = new EngineFixture("repair-guard");
        f.groq.when(c -> c.task() == ChatCall.Task.SQL && c.user().contains("This query failed"))
                .reply("SELECT count(*) AS n FROM public.customers");
        f.sqlFor("wipe then count", "DELETE FROM public.customers");
        Answer a = ask("wipe then count");
        assertThat(a.ok()).isTrue();
        assertThat(f.shop.count("SELECT count(*) FROM public.customers")).isEqualTo(4);
    }

    @Test
    void aPromptTooLongForTheModelIsRetriedWithLessSchema() {
        f = new EngineFixture("shrink");
        f.groq.enqueue(dev.askbar.testkit.GroqResponses.contextLengthExceeded());
        f.sqlFor("count customers", "SELECT count(*) AS n FROM public.customers");
        Answer a = ask("count customers");
        assertThat(a.ok()).isTrue();
        assertThat(sqlCalls()).hasSize(2);
    }

    @Test
    void theSameQuestionAgainSkipsTheSqlCallButRunsTheQueryForFreshRows() {
        f = new EngineFixture("cache");
        f.sqlFor("How many customers?", "SELECT count(*) AS n FROM public.customers");
        assertThat(ask("How many customers?").cached()).isFalse();
        f.shop.database().execute("INSERT INTO public.customers VALUES (5, 'New', 'FR', '2025-01-01')");
        Answer again = ask("  how many   CUSTOMERS ");
        assertThat(again.cached()).isTrue();
        assertThat(again.result().orElseThrow().rows().get(0).get(0)).isEqualTo(5L);
        assertThat(sqlCalls()).hasSize(1);
        assertThat(again.provider()).contains("groq");
    }

    @Test
    void noCacheWritesTheSqlAfreshAndClearForgetsEverything() {
        f = new EngineFixture("nocache");
        f.sqlFor("how many customers", "SELECT count(*) AS n FROM public.customers");
        ask("how many customers");
        f.engine.answer(
                new Question("how many customers", "u1", "test", Optional.empty()).withoutCache(),
                ProgressListener.NONE);
        assertThat(sqlCalls()).hasSize(2);
        assertThat(f.engine.forgetCachedSql()).isEqualTo(1);
        ask("how many customers");
        assertThat(sqlCalls()).hasSize(3);
    }

    @Test
    void theAdminRefreshRereadsTheSchemaAndForgetsCachedSql() {
        f = new EngineFixture("refresh");
        f.sqlFor("how many customers", "SELECT count(*) AS n FROM public.customers");
        ask("how many customers");
        f.shop.database()
                .execute("CREATE TABLE public.refunds (id int PRIMARY KEY); GRANT SELECT ON public.refunds TO "
                        + f.shop.readerRole());
        assertThat(f.engine.refreshSchema()).isEqualTo(3);
        assertThat(f.engine.forgetCachedSql()).isEqualTo(1);
        assertThat(f.engine.schema().table("public", "refunds")).isPresent();
    }

    @Test
    void aSchemaChangeInvalidatesCachedSql() {
        f = new EngineFixture("cache-schema");
        f.sqlFor("how many customers", "SELECT count(*) AS n FROM public.customers");
        ask("how many customers");
        f.shop.database().execute("ALTER TABLE public.customers ADD COLUMN vip boolean");
        f.engine.refreshSchema();
        ask("how many customers");
        assertThat(sqlCalls()).hasSize(2);
    }

    @Test
    void aFollowUpInTheSameConversationCarriesTheEarlierQuestionAndSql() {
        f = new EngineFixture("followup");
        f.sqlFor(
                "revenue by country",
                "SELECT c.country, sum(o.total) AS revenue FROM public.orders o JOIN public.customers c ON c.id = o.customer_id GROUP BY 1");
        f.sqlFor(
                "and by month?",
                "SELECT date_trunc('month', o.ordered_at) AS month, sum(o.total) AS revenue FROM public.orders o GROUP BY 1 ORDER BY 1");
        ask("revenue by country", "u1", Optional.of("thread-1"));
        Answer followUp = ask("and by month?", "u1", Optional.of("thread-1"));
        assertThat(followUp.ok()).isTrue();
        ChatCall second = sqlCalls().get(1);
        assertThat(second.user())
                .contains("Earlier in this conversation")
                .contains("Q: revenue by country")
                .contains("GROUP BY 1");
        ask("and by month?", "u1", Optional.of("thread-2"));
        assertThat(sqlCalls().get(2).user()).doesNotContain("Earlier in this conversation");
    }

    @Test
    void anAskerOverTheLimitIsToldToWaitWhileOthersGoOn() {
        f = new EngineFixture("ratelimit", Map.of("ASKBAR_QUESTIONS_PER_MINUTE", "3"), null);
        f.sqlFor("q", "SELECT 1 AS one");
        for (int i = 0; i < 3; i++) {
            assertThat(ask("q").ok()).isTrue();
        }
        Answer limited = ask("q");
        assertThat(limited.error().orElseThrow().code()).isEqualTo(AnswerError.Code.RATE_LIMITED);
        assertThat(limited.error().get().message()).contains("please wait");
        assertThat(ask("q", "u2", Optional.empty()).ok()).isTrue();
        assertThat(f.auditCount("error_code = 'RATE_LIMITED'")).isEqualTo(1);
    }

    @Test
    void questionsAboutTheDataAreAnsweredFromTheCatalogWithoutAModel() {
        f = new EngineFixture("catalog-q");
        Answer tables = ask("What tables are there?");
        assertThat(tables.ok()).isTrue();
        assertThat(tables.result().orElseThrow().rows())
                .extracting(r -> r.get(0))
                .contains("public.customers", "public.orders");
        Answer meaning = ask("what does orders.status mean?");
        assertThat(meaning.summary().orElseThrow())
                .contains("placed, shipped, delivered or cancelled")
                .contains("Common values");
        Answer describe = ask("describe customers");
        assertThat(describe.result().orElseThrow().rows())
                .extracting(r -> r.get(0))
                .contains("name", "country", "signed_up");
        assertThat(f.groq.callCount()).isZero();
    }

    @Test
    void theGlossaryIsInThePromptAndReloadsWhenEdited(@TempDir Path dir) throws Exception {
        Path glossary = dir.resolve("glossary.txt");
        Files.writeString(glossary, "# terms\nactive customer = ordered in the last 90 days\n");
        f = new EngineFixture("glossary", Map.of(), glossary);
        f.sqlFor("active customers", "SELECT 1 AS one");
        ask("active customers");
        assertThat(sqlCalls().get(0).user())
                .contains("Business terms:\n- active customer = ordered in the last 90 days")
                .doesNotContain("# terms");
        Files.writeString(glossary, "big order = total above 500\n");
        Files.setLastModifiedTime(glossary, FileTime.from(Instant.now().plusSeconds(5)));
        f.engine.answer(
                new Question("active customers", "u1", "test", Optional.empty()).withoutCache(), ProgressListener.NONE);
        assertThat(sqlCalls().get(1).user())
                .contains("big order = total above 500")
                .doesNotContain("90 days");
    }

    @Test
    void similarVerifiedExamplesAreShownAndUnrelatedOnesAreNot() {
        f = new EngineFixture("examples");
        f.examples.add(
                "how many orders were cancelled last year",
                "SELECT count(*) FROM public.orders WHERE status = 'cancelled'",
                "admin");
        f.examples.add("list customer names", "SELECT name FROM public.customers", "admin");
        f.sqlFor("how many orders were cancelled in march", "SELECT 1 AS one");
        ask("how many orders were cancelled in march");
        assertThat(sqlCalls().get(0).user())
                .contains("Examples of correct queries")
                .contains("status = 'cancelled'")
                .doesNotContain("SELECT name FROM public.customers");
    }

    @Test
    void theTablesAnApprovedExampleReadsAreDescribedForQuestionsLikeIt() {
        f = withManyTables("examples-link");
        String question = "what is on the shelves in each depot?";
        f.sqlFor(question, "SELECT 1 AS one");
        ask(question);
        assertThat(sqlCalls().get(0).user())
                .as("no word of the question names the table")
                .doesNotContain("warehouse_stock(");

        f.examples.add(
                "what is on the shelves per depot today",
                "SELECT site, sum(on_hand) AS units FROM warehouse_stock GROUP BY site",
                "admin");
        f.engine.answer(new Question(question, "u1", "test", Optional.empty()).withoutCache(), ProgressListener.NONE);
        assertThat(sqlCalls().get(1).user()).contains("warehouse_stock(stock_id");
        assertThat(f.engine.link(question).tables())
                .as("the operator's view of the prompt shows it too")
                .extracting(t -> t.qualifiedName())
                .contains("public.warehouse_stock");
    }

    @Test
    void theOperatorIsToldOfNoMoreTaughtTablesThanThePromptWritesFirst() {
        f = withManyTables("examples-cap");
        String question = "what is on the shelves in each depot?";
        String tenTables = IntStream.range(0, 10).mapToObj(i -> "public.t_" + i).collect(Collectors.joining(", "));
        f.examples.add("what is on the shelves per depot today", "SELECT count(*) FROM " + tenTables, "admin");

        assertThat(f.engine.taughtTables(question))
                .extracting(TableInfo::name)
                .as("the linker writes the first " + SchemaLinker.MAX_TAUGHT + " of them first, no more")
                .containsExactly("t_0", "t_1", "t_2", "t_3", "t_4", "t_5", "t_6", "t_7");
    }

    @Test
    void aThumbsUpOnlyProposesAnExampleUntilAnAdminApprovesIt() {
        f = new EngineFixture("feedback");
        f.sqlFor("orders per status", "SELECT status, count(*) AS n FROM public.orders GROUP BY status");
        Answer a = ask("orders per status");
        long id = a.auditId().orElseThrow();
        assertThat(f.audit.feedback(id, 1)).isTrue();
        assertThat(f.examples.proposeFromFeedback(id, "u1")).isTrue();
        assertThat(f.examples.all()).isEmpty();
        long pending = f.examples.pending(10).get(0).id();
        f.examples.approve(pending, "admin");
        assertThat(f.examples.all())
                .extracting(e -> e.sql())
                .contains("SELECT status, count(*) AS n FROM public.orders GROUP BY status");
        assertThat(f.auditCount("feedback = 1")).isEqualTo(1);
    }
}
