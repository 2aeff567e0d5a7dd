package dev.askbar.core.schema;

import static dev.askbar.core.schema.SchemaLinkerTest.keyed;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueryTablesTest {
    private static final SchemaSnapshot F1 = new SchemaSnapshot(
            List.of(
                    keyed("f1", "races", List.of("raceId"), List.of("raceId", "name", "year"), List.of()),
                    keyed("f1", "lapTimes", List.of("raceId"), List.of("raceId", "lap", "milliseconds"), List.of()),
                    keyed("f1", "laptimes_archive", List.of("id"), List.of("id", "payload"), List.of())),
            Instant.now());

    @Test
    void tablesAreFoundAsPostgresqlReadsTheirNames() {
        assertThat(QueryTables.named(
                        "SELECT r.name, l.lap FROM F1.Races r JOIN f1.\"lapTimes\" l ON l.\"raceId\" = r.\"raceId\""
                                + " WHERE r.year = 2023 AND f1.races.name <> 'x'",
                        F1))
                .extracting(TableInfo::name)
                .as("unquoted names fold to lower case, quoted ones are exact; aliases and columns are no tables")
                .containsExactly("races", "lapTimes");
        assertThat(QueryTables.named("SELECT * FROM f1.laptimes", F1))
                .as("folded, lapTimes is another name")
                .isEmpty();
    }

    @Test
    void theRepairRoundGetsWholeLinesOfTheTablesThePromptShowedInBriefWithinItsRoom() {
        String races = SchemaPrompt.line(F1.tables().get(0));
        String lapTimes = SchemaPrompt.line(F1.tables().get(1));
        String sql = "SELECT * FROM f1.races JOIN f1.\"lapTimes\" USING (\"raceId\")";

        assertThat(QueryTables.wholeLinesMissingFrom(races + "\nf1.\"lapTimes\"(\"raceId\" int PK, …)", sql, F1, 1000))
                .isEqualTo(lapTimes);
        assertThat(QueryTables.wholeLinesMissingFrom("", sql, F1, races.length() + 1))
                .isEqualTo(races);
    }
}
