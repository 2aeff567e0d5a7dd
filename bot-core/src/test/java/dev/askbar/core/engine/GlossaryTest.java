package dev.askbar.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.askbar.core.schema.ColumnInfo;
import dev.askbar.core.schema.SchemaLinker;
import dev.askbar.core.schema.SchemaSnapshot;
import dev.askbar.core.schema.TableInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GlossaryTest {

    /** One table named in the team's own words, among many about payments that the question's words do match. */
    static SchemaSnapshot schema() {
        List<TableInfo> tables = new ArrayList<>();
        tables.add(new TableInfo(
                "public",
                "kreditor",
                false,
                Optional.empty(),
                List.of(new ColumnInfo("kreditor_id", "integer", false, Optional.empty(), List.of())),
                List.of("kreditor_id"),
                List.of(),
                10));
        for (int i = 0; i < 200; i++) {
            tables.add(new TableInfo(
                    "ops",
                    "payment_batch_" + i,
                    false,
                    Optional.of("Nightly import of payments, batch " + i),
                    List.of(new ColumnInfo("payload", "text", true, Optional.empty(), List.of())),
                    List.of(),
                    List.of(),
                    10));
        }
        return new SchemaSnapshot(tables, Instant.now());
    }

    static List<String> linked(String question, Glossary glossary) {
        return new SchemaLinker(300)
                .link(question, schema(), glossary.vocabulary()).tables().stream()
                        .map(TableInfo::name)
                        .toList();
    }

    @Test
    void aTermInTheGlossaryLeadsLinkingToTheTableNamedInTheTeamsWords(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("glossary.txt");
        Files.writeString(file, "# our words\npayee: kreditor\n");
        assertThat(linked("Which payees did we pay last month?", Glossary.fromFile(file)))
                .contains("kreditor");
        assertThat(linked("Which payees did we pay last month?", Glossary.none()))
                .doesNotContain("kreditor");
    }

    @Test
    void editingTheFileChangesLinkingWithoutARestart(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("glossary.txt");
        Files.writeString(file, "payee = someone we paid\n");
        Glossary glossary = Glossary.fromFile(file);
        assertThat(linked("payments to payees", glossary)).doesNotContain("kreditor");
        Files.writeString(file, "payee: kreditor\n");
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));
        assertThat(linked("payments to payees", glossary)).contains("kreditor");
        assertThat(glossary.text()).contains("payee: kreditor");
    }
}
