package dev.askbar.core.schema;

import java.util.List;

/**
 * The part of the schema a question's prompt carries.
 *
 * @param whole           true when the whole schema fit the budget and went in unchanged
 * @param estimatedTokens the prompt text's size in tokens (about four characters each)
 */
public record LinkedSchema(List<TableInfo> tables, String text, int estimatedTokens, boolean whole) {
    public LinkedSchema {
        tables = List.copyOf(tables);
    }
}
