package dev.askbar.core.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PeopleTablesTest {

    private static TableInfo table(String name, String... columns) {
        return SchemaLinkerTest.table(name, null, List.of(columns), List.of());
    }

    @Test
    void theTableOfPeopleOfEveryKindComesBeforeATableOfOneKindAndLogsOfWhoDidWhatAreNone() {
        SchemaSnapshot school = new SchemaSnapshot(
                List.of(
                        table("students", "first_name", "last_name", "grade_level"),
                        table("staff", "first_name", "last_name", "title"),
                        table("login_history", "user_name", "login_time"),
                        table("repo_version", "display_name", "version"),
                        table("courses", "title", "staff_id")),
                Instant.now());
        List<TableInfo> people = PeopleTables.of(school, ForeignKeyGraph.of(school));
        assertThat(people).extracting(TableInfo::name).containsExactly("staff", "students");
    }

    @Test
    void peopleAreAskedAboutByWhoByKindsOfPersonByTitlesAndByNamesThatAreNoWords() {
        Lexicon english = Lexicon.get();
        assertThat(PeopleTables.asked("Who closed the most tickets?", english)).isTrue();
        assertThat(PeopleTables.asked("Which teachers still owe attendance?", english))
                .isTrue();
        assertThat(PeopleTables.asked("Average quiz score across Mr. Patel's sections", english))
                .isTrue();
        assertThat(PeopleTables.asked("Which chat rooms is Lena Fischer in?", english))
                .isTrue();
        assertThat(PeopleTables.asked("How many tickets were closed last week?", english))
                .isFalse();
        assertThat(PeopleTables.asked("Which sizes of the Classic Hoodie are out of stock?", english))
                .as("a word of a name is no kind of person")
                .isFalse();
        assertThat(PeopleTables.asked("Orders from Red Sox Nation last year", english))
                .as("a name of common words may name anything")
                .isFalse();
    }
}
