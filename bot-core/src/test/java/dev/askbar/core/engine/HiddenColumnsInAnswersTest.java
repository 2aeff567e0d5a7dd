package dev.askbar.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.askbar.core.fixtures.EngineFixture;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** ASKBAR_HIDDEN_COLUMNS keeps a column out of the prompt and out of every answer, however the SQL reaches it. */
class HiddenColumnsInAnswersTest {
    @RegisterExtension
    final EngineFixture f = new EngineFixture(
            "hidden-columns", Map.of("ASKBAR_HIDDEN_COLUMNS", "*.password_hash, public.orders"), null);

    @BeforeEach
    void addASecretColumn() {
        f.shop.database()
                .execute("ALTER TABLE public.customers ADD COLUMN password_hash text DEFAULT 'sekret-hash-value'");
    }

    private Answer ask(String question, String sql) {
        f.sqlFor(question, sql);
        return f.engine.answer(
                new Question(question, "U1", "slack", Optional.empty()).withoutCache(), ProgressListener.NONE);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "SELECT name, password_hash FROM public.customers",
                "SELECT * FROM public.customers",
                "SELECT c.* FROM public.customers c",
                "SELECT upper(Password_Hash) AS x FROM public.customers",
                "SELECT \"password_hash\" FROM public.customers",
                "SELECT row_to_json(c) FROM public.customers c",
                "SELECT to_jsonb(customers) FROM public.customers",
                "SELECT c::text FROM public.customers AS c",
                "SELECT c FROM public.customers c",
                "SELECT json_agg(x) FROM (SELECT * FROM public.customers) x",
                "SELECT count(*) FROM public.orders",
            })
    void noWayOfWritingTheSqlBringsAHiddenColumnOrTableBack(String sql) {
        Answer a = ask("show me something", sql);
        assertThat(a.ok()).as(sql).isFalse();
        assertThat(a.error().orElseThrow().code()).isEqualTo(AnswerError.Code.SQL_REFUSED);
        assertThat(a.error().get().message()).contains("ASKBAR_HIDDEN_COLUMNS").doesNotContain("sekret");
        assertThat(String.valueOf(a.result())).doesNotContain("sekret");
    }

    @Test
    void questionsThatLeaveHiddenColumnsAloneAreAnswered() {
        assertThat(ask("how many customers", "SELECT count(*) AS n FROM public.customers")
                        .ok())
                .isTrue();
        assertThat(ask("customer names", "SELECT c.name FROM public.customers c ORDER BY c.name")
                        .ok())
                .isTrue();
    }

    @Test
    void thePromptNeverNamesAHiddenColumnOrTable() {
        ask("how many customers", "SELECT count(*) AS n FROM public.customers");
        String prompt = f.groq.calls().get(0).user();
        assertThat(prompt)
                .contains("customers(")
                .doesNotContain("password_hash")
                .doesNotContain("orders(");
    }
}
