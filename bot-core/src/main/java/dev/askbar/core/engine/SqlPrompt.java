package dev.askbar.core.engine;

import dev.askbar.core.engine.ExampleSource.Example;
import dev.askbar.core.llm.LlmRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The instruction that turns a question into one PostgreSQL query. Published text-to-SQL results put
 * examples, real column values and business definitions among the largest accuracy gains, so they are here
 * whenever the team has them.
 */
final class SqlPrompt {
    static final String SYSTEM = """
            You translate questions about a PostgreSQL database into exactly one read-only SQL query.
            Rules:
            - PostgreSQL dialect. Write one SELECT (WITH is fine). Never write INSERT, UPDATE, DELETE, DDL or transaction control.
            - Write every table's name exactly as listed: with its schema where the list gives one; a name in "double quotes" keeps its quotes.
            - Use only the tables and columns listed. Values in {braces} are the column's common values: filter with them exactly.
            - "a→t.b" joins column a to t.b; "a→t" joins a to the primary key (PK) of t. A line ending in "…" lists only some of its table's columns, its keys without their types.
            - For lists of rows, add LIMIT 100 unless the question asks for everything or for a count.
            - Give columns short readable aliases. Round money and ratios to 2 decimals.
            - Today is %s. Interpret "last month", "this year" and similar relative to today.
            - If the question cannot be answered from these tables, reply with the single word UNANSWERABLE and a short reason.
            Reply with the SQL in one ```sql block and nothing else.""";

    /**
     * A query that failed before, with the database's or the guard's reason, for a repair round, and the whole lines of
     * the tables it used that the prompt showed only in brief (empty when none).
     */
    record Failure(String sql, String error, String tablesInFull) {}

    private SqlPrompt() {}

    /** Whether the model answered as {@link #SYSTEM} asks it to when the tables shown cannot answer the question. */
    static boolean saysUnanswerable(String reply) {
        return reply.strip().startsWith("UNANSWERABLE");
    }

    static LlmRequest build(
            String question,
            String schemaText,
            LocalDate today,
            String glossary,
            List<Example> examples,
            List<Turn> turns,
            Optional<Failure> failure) {
        StringBuilder user = new StringBuilder();
        user.append("Tables:\n").append(schemaText).append("\n");
        if (!glossary.isBlank()) {
            user.append("\nBusiness terms:\n").append(glossary.strip()).append("\n");
        }
        if (!examples.isEmpty()) {
            user.append("\nExamples of correct queries:\n");
            for (Example e : examples) {
                user.append("Q: ")
                        .append(e.question().strip())
                        .append("\n```sql\n")
                        .append(e.sql().strip())
                        .append("\n```\n");
            }
        }
        if (!turns.isEmpty()) {
            user.append("\nEarlier in this conversation (the new question may refer to these):\n");
            for (Turn t : turns) {
                user.append("Q: ")
                        .append(t.question().strip())
                        .append("\n```sql\n")
                        .append(t.sql().strip())
                        .append("\n```\n");
            }
        }
        user.append("\nQuestion: ").append(question.strip());
        failure.ifPresent(f -> user.append("\n\nThis query failed:\n```sql\n")
                .append(f.sql())
                .append("\n```\nError: ")
                .append(f.error())
                .append(
                        f.tablesInFull().isEmpty()
                                ? ""
                                : "\nThe tables it used, and the tables named most like the ones it wrote that do not exist, with all their"
                                        + " columns:\n" + f.tablesInFull())
                .append("\nWrite a corrected query."));
        return LlmRequest.sql(SYSTEM.formatted(today), user.toString());
    }
}
