package dev.askbar.core.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ValueIndexTest {
    static TableInfo lookup(String name, String column, List<String> values) {
        return new TableInfo(
                "public",
                name,
                false,
                Optional.empty(),
                List.of(
                        new ColumnInfo(name + "_id", "integer", false, Optional.empty(), List.of()),
                        new ColumnInfo(column, "text", false, Optional.empty(), List.of(), values)),
                List.of(name + "_id"),
                List.of(),
                values.size());
    }

    static List<ValueIndex.Hit> find(SchemaSnapshot s, String question) {
        return ValueIndex.of(s).find(Words.stems(question));
    }

    @Test
    void aLabelMatchesAsWholeWordsWhateverItsCaseAndNumber() {
        SchemaSnapshot s = new SchemaSnapshot(
                List.of(
                        lookup("genre", "name", List.of("Rock", "Pop", "Heavy Metal")),
                        lookup("media_type", "name", List.of("MPEG audio file", "AAC audio file")),
                        lookup("artist", "name", List.of("AC/DC"))),
                Instant.now());
        assertThat(find(s, "Which rock songs sold best?"))
                .extracting(h -> h.value())
                .containsExactly("Rock");
        assertThat(find(s, "revenue from MPEG audio files"))
                .extracting(h -> h.value())
                .containsExactly("MPEG audio file");
        assertThat(find(s, "songs by ac/dc")).extracting(h -> h.table().name()).containsExactly("artist");
        assertThat(find(s, "our most popular heavy metal albums"))
                .extracting(h -> h.value())
                .as("not inside a longer word (pop in popular), and the whole run of a longer label")
                .containsExactly("Heavy Metal");
    }

    @Test
    void labelsThatWouldMatchAnyQuestionAreNotIndexed() {
        SchemaSnapshot s = new SchemaSnapshot(
                List.of(lookup("rating", "code", List.of("R", "G", "1", "2006", "The", "Yes"))), Instant.now());
        assertThat(ValueIndex.of(s).isEmpty()).isFalse(); // "Yes" is a word of three letters
        assertThat(find(s, "The films rated R in 2006, 1 per row")).isEmpty();
    }

    @Test
    void aLabelHeldByManyTablesSaysSo() {
        SchemaSnapshot s = new SchemaSnapshot(
                List.of(
                        lookup("order_status", "name", List.of("Active")),
                        lookup("customer_status", "name", List.of("Active")),
                        lookup("genre", "name", List.of("Jazz"))),
                Instant.now());
        assertThat(find(s, "active jazz fans"))
                .extracting(ValueIndex.Hit::tablesHolding)
                .containsExactly(2, 2, 1);
    }

    @Test
    void theTableWhereALabelNamesARowDefinesItAndCopiesElsewhereDoNotCount() {
        TableInfo genre = lookup("genre", "name", List.of("Rock", "Jazz", "Blues"));
        TableInfo imports = new TableInfo(
                "ops",
                "genre_import",
                false,
                Optional.empty(),
                List.of(new ColumnInfo(
                        "genre_name", "text", true, Optional.empty(), List.of(), List.of("Rock", "Jazz"))),
                List.of(),
                List.of(),
                60);
        SchemaSnapshot s = new SchemaSnapshot(List.of(genre, imports), Instant.now());
        assertThat(find(s, "rock songs"))
                .extracting(h -> h.table().name() + " " + h.defining() + " " + h.tablesHolding())
                .containsExactlyInAnyOrder("genre true 1", "genre_import false 1");
    }

    @Test
    void theOneRowOfAnApplicationsSettingsNamesNoThings() {
        List<ColumnInfo> settings = List.of(
                new ColumnInfo("configid", "bigint", false, Optional.empty(), List.of()),
                new ColumnInfo("severity_name_4", "text", false, Optional.empty(), List.of(), List.of("High")),
                new ColumnInfo("severity_name_5", "text", false, Optional.empty(), List.of(), List.of("Disaster")),
                new ColumnInfo("default_theme", "text", false, Optional.empty(), List.of(), List.of("blue-theme")));
        SchemaSnapshot s = new SchemaSnapshot(
                List.of(
                        new TableInfo(
                                "public",
                                "config",
                                false,
                                Optional.empty(),
                                settings,
                                List.of("configid"),
                                List.of(),
                                1),
                        lookup("severity", "name", List.of("Disaster", "High", "Average"))),
                Instant.now());
        assertThat(find(s, "Disaster triggers on the web servers"))
                .extracting(h -> h.table().name())
                .containsExactly("severity");
        SchemaSnapshot oneCurrency =
                new SchemaSnapshot(List.of(lookup("currency", "code", List.of("Euro"))), Instant.now());
        assertThat(find(oneCurrency, "prices in Euro"))
                .as("a lookup that happens to hold one row still names it")
                .extracting(h -> h.table().name())
                .containsExactly("currency");
    }
}
