package dev.askbar.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.askbar.testkit.ChatCall;
import dev.askbar.testkit.FakeGroq;
import dev.askbar.testkit.TestKeys;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** With no database configured, AskBar starts its own PostgreSQL holding the demo shop, and keeps it. */
class EmbeddedDefaultTest {
    @RegisterExtension
    final FakeGroq groq = FakeGroq.start();

    @Test
    void firstStartLoadsTheDemoShopAndLaterStartsReuseIt(@TempDir Path home) {
        groq.when(c -> c.task() == ChatCall.Task.SQL && c.user().contains("how many orders"))
                .reply("SELECT count(*) AS orders FROM public.orders");
        groq.when(c -> c.task() == ChatCall.Task.SUMMARY).reply("There are many orders.");
        Map<String, String> env = Map.of(
                "ASKBAR_HOME",
                home.toString(),
                "GROQ_API_KEYS",
                TestKeys.groq("embedded", "e5f6"),
                "ASKBAR_GROQ_BASE_URL",
                groq.baseUrl());

        MainTest.Run first = MainTest.askbar(env, "", "ask", "--json", "how many orders are there?");
        assertThat(first.exit()).as(first.err()).isZero();
        JsonObject answer = JsonParser.parseString(first.out().strip()).getAsJsonObject();
        assertThat(answer.get("rows")
                        .getAsJsonArray()
                        .get(0)
                        .getAsJsonArray()
                        .get(0)
                        .getAsLong())
                .isGreaterThanOrEqualTo(10_000);
        assertThat(Files.exists(home.resolve("pg").resolve("PG_VERSION"))).isTrue();

        // the schema the model saw came through the read-only role, comments and all
        assertThat(groq.calls().get(0).user())
                .containsPattern("(?m)^orders\\(")
                .contains("status text{")
                .contains("promised_ship_date");

        MainTest.Run again = MainTest.askbar(env, "", "demo", "reset", "--if-empty");
        assertThat(again.exit()).isZero();
        assertThat(again.out()).contains("already present");
    }
}
