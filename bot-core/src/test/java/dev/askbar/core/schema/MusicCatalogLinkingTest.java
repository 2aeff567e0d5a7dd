package dev.askbar.core.schema;

import static dev.askbar.core.schema.SchemaLinkerTest.fk;
import static dev.askbar.core.schema.SchemaLinkerTest.table;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A large catalog in the style of MusicBrainz: entities with families of satellite tables (tags, aliases,
 * annotations), entity types as small lookups whose labels ('Album', 'Group', 'Vinyl') are what people say, and no
 * table named after the words of the question ("albums", "bands").
 */
class MusicCatalogLinkingTest {

    private static TableInfo lookup(String name, List<String> labels) {
        return new TableInfo(
                "public",
                name,
                false,
                Optional.empty(),
                List.of(
                        new ColumnInfo("id", "integer", false, Optional.empty(), List.of()),
                        new ColumnInfo("name", "text", false, Optional.empty(), List.of(), labels)),
                List.of("id"),
                List.of(),
                labels.size());
    }

    static SchemaSnapshot catalog() {
        List<TableInfo> t = new ArrayList<>();
        t.add(lookup("artist_type", List.of("Person", "Group", "Orchestra", "Choir", "Character")));
        t.add(table(
                "artist",
                null,
                List.of("name", "sort_name", "type", "begin_date"),
                List.of(fk("type", "artist_type"))));
        t.add(lookup("release_group_primary_type", List.of("Album", "Single", "EP", "Broadcast", "Other")));
        t.add(table("release_group", null, List.of("name", "type"), List.of(fk("type", "release_group_primary_type"))));
        t.add(table(
                "release",
                null,
                List.of("name", "release_group", "barcode"),
                List.of(fk("release_group", "release_group"))));
        t.add(new TableInfo(
                "public",
                "release_group_meta",
                false,
                Optional.empty(),
                List.of(
                        new ColumnInfo("id", "integer", false, Optional.empty(), List.of()),
                        new ColumnInfo("release_count", "integer", false, Optional.empty(), List.of()),
                        new ColumnInfo("first_release_date_year", "smallint", true, Optional.empty(), List.of()),
                        new ColumnInfo("rating", "smallint", true, Optional.empty(), List.of()),
                        new ColumnInfo("rating_count", "integer", true, Optional.empty(), List.of())),
                List.of("id"),
                List.of(fk("id", "release_group")),
                1000));
        t.add(lookup("medium_format", List.of("CD", "Vinyl", "Cassette", "Digital Media")));
        t.add(table(
                "medium",
                null,
                List.of("release", "format", "position"),
                List.of(fk("release", "release"), fk("format", "medium_format"))));
        t.add(table("label", null, List.of("name", "label_code"), List.of()));
        t.add(table("place", null, List.of("name", "address"), List.of()));
        t.add(table("recording", null, List.of("name", "length"), List.of()));
        for (String entity : List.of("release", "release_group", "artist", "recording", "label", "place")) {
            for (String satellite : List.of("tag", "tag_raw", "alias", "annotation", "attribute", "rating_raw")) {
                t.add(table(
                        entity + "_" + satellite,
                        null,
                        List.of(entity, "editor", "created", "note"),
                        List.of(fk(entity, entity))));
            }
        }
        for (int i = 0; i < 120; i++) {
            t.add(table(
                    "ops_batch_" + i, null, List.of("payload", "loaded_at", "source_file", "row_status"), List.of()));
        }
        return new SchemaSnapshot(t, Instant.now());
    }

    private static List<String> linked(String question) {
        return new SchemaLinker(400)
                .link(question, catalog()).tables().stream()
                        .map(TableInfo::name)
                        .toList();
    }

    @Test
    void aTypeLabelTheQuestionNamesBringsTheTableItClassifies() {
        assertThat(linked("how many albums came out in 2005?"))
                .as("'albums' are release groups of the type 'Album'")
                .contains("release_group_primary_type", "release_group");
        assertThat(linked("releases on vinyl")).contains("release", "medium", "medium_format");
    }

    @Test
    void aTableThatExtendsAnEntityComesWhenItHoldsWhatIsAskedOfTheEntity() {
        assertThat(linked("best rated albums"))
                .as("the rating lives beside the release group")
                .contains("release_group", "release_group_meta");
        assertThat(linked("how many albums came out in the 90s?"))
                .as("so does the year of its first release")
                .contains("release_group", "release_group_meta");
        java.util.Set<SchemaLinker.Stage> noFill = java.util.EnumSet.allOf(SchemaLinker.Stage.class);
        noFill.remove(SchemaLinker.Stage.FILL); // which would add it only because there is room
        assertThat(new SchemaLinker(400, noFill)
                        .link("albums named Help", catalog())
                        .tables())
                .extracting(TableInfo::name)
                .as("nothing asked of it there")
                .doesNotContain("release_group_meta");
    }

    @Test
    void aNameThatIsAKindOfTypeLabelFindsTheTypedTable() {
        // WordNet: the Beatles are a group; 'Group' is an artist type
        assertThat(linked("who were the members of the Beatles?")).contains("artist_type", "artist");
    }

    @Test
    void anEntityComesBeforeTheSatelliteTablesThatDescribeIt() {
        List<String> tables = linked("which releases have a barcode?");
        assertThat(tables).contains("release");
        assertThat(tables.indexOf("release"))
                .as("release before its tags, aliases and annotations")
                .isLessThan(
                        tables.indexOf("release_tag_raw") < 0 ? Integer.MAX_VALUE : tables.indexOf("release_tag_raw"));
    }

    @Test
    void aPhraseIsMatchedForWhatItMeansNotForItsWordsAlone() {
        // "record label" is a label; "record" alone would pull in recordings
        List<String> tables = linked("which record labels have the most codes?");
        assertThat(tables).first().isEqualTo("label");
    }
}
