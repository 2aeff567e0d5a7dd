package dev.askbar.core.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TableInfoTest {
    private static TableInfo table(String schema, String name) {
        return new TableInfo(schema, name, false, Optional.empty(), List.of(), List.of(), List.of(), 0);
    }

    @Test
    void tablesSortByQualifiedNameWithoutWritingIt() {
        // schema names that are prefixes of others, and characters on both sides of the dot ('$' and '-' before it)
        String[] parts = {"a", "ab", "a$b", "a-b", "a.b", "b", "ops", "ops_x", "é", "A", ""};
        Random random = new Random(7);
        List<TableInfo> tables = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            tables.add(table(
                    parts[random.nextInt(parts.length)] + parts[random.nextInt(parts.length)],
                    parts[random.nextInt(parts.length)] + parts[random.nextInt(parts.length)]));
        }
        for (TableInfo a : tables.subList(0, 200)) {
            for (TableInfo b : tables) {
                assertThat(Integer.signum(TableInfo.BY_QUALIFIED_NAME.compare(a, b)))
                        .as(a.qualifiedName() + " vs " + b.qualifiedName())
                        .isEqualTo(Integer.signum(a.qualifiedName().compareTo(b.qualifiedName())));
            }
        }
    }

    @Test
    void aTableEqualsItsCopyAndNotATableThatDiffersInAnything() {
        TableInfo t = table("s", "orders");
        assertThat(t).isEqualTo(table("s", "orders")).hasSameHashCodeAs(table("s", "orders"));
        assertThat(t).isNotEqualTo(table("s", "order")).isNotEqualTo(table("t", "orders"));
        assertThat(t)
                .isNotEqualTo(
                        new TableInfo("s", "orders", false, Optional.empty(), List.of(), List.of(), List.of(), 5));
    }
}
