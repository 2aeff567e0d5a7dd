package dev.askbar.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.askbar.app.database.DatabaseRoles;
import dev.askbar.testkit.TestPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code askbar schema link}: what the model would see of a schema too big to send whole, with no model asked. */
class SchemaLinkCommandTest {
    static final int TABLES = 61;
    static TestPostgres.TestDatabase db;

    @BeforeAll
    static void setUp() throws Exception {
        db = TestPostgres.shared().createDatabase("schema link");
        StringBuilder ddl = new StringBuilder("""
                CREATE TABLE public.work_orders (id int PRIMARY KEY, summary text, finished_on date);
                CREATE TABLE public.invoices (id int PRIMARY KEY, total numeric(10,2), paid_at timestamptz);
                COMMENT ON TABLE public.invoices IS E'Bills we sent \\x1b]0;pwned\\x07 and were paid';
                """);
        // sixty tables whose words no question here uses, named to come first when the budget is filled with what
        // nothing matched, and wide enough that the schema is several budgets long
        for (int i = 1; i < TABLES - 1; i++) {
            ddl.append("CREATE TABLE public.asset_reading_")
                    .append(i)
                    .append(" (id int PRIMARY KEY, turbine_code text, vibration_hz real, blade_angle real,")
                    .append(" gearbox_temperature real, recorded_at timestamptz);\n");
        }
        db.execute(ddl.toString());
        try (Connection c = db.connect()) {
            DatabaseRoles.provision(c, db.name(), List.of("public"), "reader-pw", "app-pw");
        }
    }

    static Map<String, String> env(Path home) {
        Map<String, String> env = new HashMap<>();
        env.put("ASKBAR_HOME", home.toString());
        env.put("ASKBAR_DATABASE_URL", db.jdbcUrl());
        env.put("ASKBAR_DATABASE_USER", DatabaseRoles.READER);
        env.put("ASKBAR_DATABASE_PASSWORD", "reader-pw");
        env.put("ASKBAR_STATE_DATABASE_USER", DatabaseRoles.APP);
        env.put("ASKBAR_STATE_DATABASE_PASSWORD", "app-pw");
        env.put("ASKBAR_SCHEMA_TOKEN_BUDGET", "300");
        return env;
    }

    @Test
    void showsThePartOfABigSchemaAQuestionGetsWithoutAnyModelKey(@TempDir Path home) {
        MainTest.Run run =
                MainTest.askbar(env(home), "", "schema", "link", "how", "much", "was", "invoiced", "in", "May?");

        assertThat(run.exit()).isZero();
        assertThat(run.out())
                .containsPattern("^The model would see \\d+ of " + TABLES
                        + " tables described and \\d+ more by name only \\(about \\d+ of 300 tokens\\)");
        assertThat(run.out()).contains("invoices(").contains("docs/glossary.md");
        assertThat(run.out()
                        .lines()
                        .filter(l -> l.matches("^public\\.\\w+\\(.*"))
                        .count())
                .isLessThan(TABLES);
        assertThat(run.out()).contains("Other tables, names only (to see the columns of those you need, reply NEED");
    }

    @Test
    void anApprovedExampleLikeTheQuestionBringsTheTablesItRead(@TempDir Path home) {
        String question = "which machines overheated during the night shift?";
        assertThat(MainTest.askbar(env(home), "", "schema", "link", question).out())
                .doesNotContain("asset_reading_42(")
                .doesNotContain("approved examples");

        MainTest.Run added = MainTest.askbar(
                env(home),
                "",
                "examples",
                "add",
                "which machines overheated on the night shift last week",
                "SELECT turbine_code FROM asset_reading_42 WHERE gearbox_temperature > 90");
        assertThat(added.exit()).as(added.err()).isZero();

        MainTest.Run run = MainTest.askbar(env(home), "", "schema", "link", question);
        assertThat(run.out())
                .contains("Described first, because approved examples like this question read them:"
                        + " public.asset_reading_42.")
                .contains("asset_reading_42(");
    }

    @Test
    void theDatabasesOwnTextCannotDriveTheOperatorsTerminal(@TempDir Path home) {
        MainTest.Run run = MainTest.askbar(env(home), "", "schema", "link", "which", "invoices", "were", "paid?");

        assertThat(run.out()).contains("invoices(").contains("Bills we sent").doesNotContain("\u001b", "\u0007");
    }

    @Test
    void aGlossaryLineBringsTheTableATeamsOwnWordMeans(@TempDir Path home) throws Exception {
        MainTest.Run without = MainTest.askbar(env(home), "", "schema", "link", "how many tickets did we have in May?");
        Path glossary = home.resolve("glossary.txt");
        Files.writeString(glossary, "ticket: work orders\n");
        Map<String, String> env = env(home);
        env.put("ASKBAR_GLOSSARY", glossary.toString());
        MainTest.Run with = MainTest.askbar(env, "", "schema", "link", "how many tickets did we have in May?");

        assertThat(without.out()).doesNotContain("work_orders(");
        assertThat(with.exit()).isZero();
        assertThat(with.out()).contains("work_orders(");
    }

    @Test
    void aWholeSchemaSaysSoAndAnEmptyQuestionIsRefused(@TempDir Path home) {
        Map<String, String> env = env(home);
        env.put("ASKBAR_SCHEMA_TOKEN_BUDGET", "100000");
        MainTest.Run whole =
                MainTest.askbar(env, "", "schema", "link", "how many work orders were finished this year?");
        MainTest.Run empty = MainTest.askbar(env, "", "schema", "link", "  ");

        assertThat(whole.out())
                .startsWith("The whole schema fits the budget: every question sees all " + TABLES + " tables");
        assertThat(empty.exit()).isEqualTo(Main.NOT_ANSWERED);
        assertThat(empty.err().strip())
                .isEqualTo(
                        "askbar: Your question is empty; ask something like \"how many orders shipped last month?\".");
        assertThat(empty.out()).isEmpty();
    }
}
