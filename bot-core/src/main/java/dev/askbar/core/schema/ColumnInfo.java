package dev.askbar.core.schema;

import java.util.List;
import java.util.Optional;

/** A column as the database describes it, plus a few common values for low-cardinality text columns. */
public record ColumnInfo(
        String name, String type, boolean nullable, Optional<String> comment, List<String> sampleValues) {
    public ColumnInfo {
        sampleValues = List.copyOf(sampleValues);
    }
}
