package dev.askbar.core.schema;

import dev.askbar.core.llm.PromptTokens;
import java.util.List;

/**
 * The part of the schema a question's prompt carries.
 *
 * @param tables          the tables whose lines (whole or brief) the text holds
 * @param whole           true when the whole schema fit the budget and went in unchanged
 * @param estimatedTokens the prompt text's size in tokens, counted as Groq's Llama models and OpenAI's count them
 *                        ({@link PromptTokens}); Gemini's count is close but not the same
 * @param named           the tables the text names without describing them ({@link OtherTables}), which the model
 *                        can ask to see
 */
public record LinkedSchema(
        List<TableInfo> tables, String text, int estimatedTokens, boolean whole, List<TableInfo> named) {
    public LinkedSchema {
        tables = List.copyOf(tables);
        named = List.copyOf(named);
    }

    public LinkedSchema(List<TableInfo> tables, String text, int estimatedTokens, boolean whole) {
        this(tables, text, estimatedTokens, whole, List.of());
    }
}
