package dev.askbar.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonParser;
import java.sql.Connection;
import org.junit.jupiter.api.Test;

/** {@code askbar examples list|approve|reject}: an admin at the terminal reviews what 👍s proposed. */
class ExamplesCommandTest {

    @Test
    void pendingExamplesAreListedAndApprovedOrRejectedFromTheTerminal() throws Exception {
        MainTest.setUp();
        try {
            long liked = proposed("which products are cheap", "SELECT name FROM public.products WHERE price < 5");
            long disliked = proposed("everything about products", "SELECT * FROM public.products");

            MainTest.Run list = MainTest.askbar(MainTest.env(), "", "examples", "list");
            assertThat(list.exit()).isZero();
            assertThat(list.out())
                    .contains("#" + liked + "  pending  proposed by U_FAN (feedback)")
                    .contains("question: which products are cheap")
                    .contains("sql:      SELECT name FROM public.products WHERE price < 5")
                    .contains("askbar examples approve <id>");

            MainTest.Run approve = MainTest.askbar(MainTest.env(), "", "examples", "approve", String.valueOf(liked));
            assertThat(approve.exit()).isZero();
            assertThat(approve.out()).contains("example #" + liked + " approved");
            MainTest.Run reject = MainTest.askbar(MainTest.env(), "", "examples", "reject", String.valueOf(disliked));
            assertThat(reject.out()).contains("example #" + disliked + " rejected");

            assertThat(MainTest.askbar(MainTest.env(), "", "examples", "list").out())
                    .contains("no examples waiting for review");
            JsonArray all = JsonParser.parseString(
                            MainTest.askbar(MainTest.env(), "", "examples", "list", "--all", "--json")
                                    .out()
                                    .strip())
                    .getAsJsonArray();
            assertThat(all).hasSize(2);
            assertThat(all.get(0).getAsJsonObject().get("status").getAsString()).isEqualTo("rejected");
            assertThat(all.get(1).getAsJsonObject().get("status").getAsString()).isEqualTo("approved");
            assertThat(all.get(1).getAsJsonObject().get("reviewedBy").getAsString())
                    .isEqualTo(System.getProperty("user.name"));

            MainTest.Run unknown = MainTest.askbar(MainTest.env(), "", "examples", "approve", "987654");
            assertThat(unknown.exit()).isEqualTo(1);
            assertThat(unknown.err().strip())
                    .isEqualTo("askbar: there is no example #987654; askbar examples list --all shows them.");
        } finally {
            MainTest.tearDown();
        }
    }

    /** What a 👍 in chat leaves behind: an answered question in the audit log and a pending example. */
    static long proposed(String question, String sql) throws Exception {
        // the state schema exists once AskBar has started against this database
        MainTest.askbar(MainTest.env(), "", "keys");
        try (Connection c = MainTest.db.connect();
                var s = c.createStatement()) {
            s.execute("INSERT INTO askbar.verified_examples (question, sql, source, created_by, status) VALUES ('"
                    + question + "', '" + sql.replace("'", "''") + "', 'feedback', 'U_FAN', 'pending')");
        }
        return MainTest.db.count("SELECT max(id) FROM askbar.verified_examples");
    }

    @Test
    void aHostileQuestionCannotDrawOnTheReviewersTerminal() {
        String hostile = "fine question\u001b[2K\u001b[1A\rSELECT 1 -- looks harmless\u202e\u200bthe end";
        String shown = dev.askbar.app.ops.PrintableText.oneLine(hostile);
        assertThat(shown)
                .doesNotContain("\u001b")
                .doesNotContain("\r")
                .doesNotContain("\u202e")
                .doesNotContain("\u200b")
                .startsWith("fine question")
                .endsWith("the end")
                .doesNotContain("\n");
    }
}
