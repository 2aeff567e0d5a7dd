package dev.askbar.core.engine;

import dev.askbar.core.llm.LlmRequest;
import dev.askbar.core.schema.SchemaPrompt;
import dev.askbar.core.schema.SchemaSnapshot;

import java.time.LocalDate;

/** The instruction that turns a question into one PostgreSQL query. */
final class SqlPrompt {
    static final String SYSTEM = """
            You translate questions about a PostgreSQL database into exactly one read-only SQL query.
            Rules:
            - PostgreSQL dialect. Write one SELECT (WITH is fine). Never write INSERT, UPDATE, DELETE, DDL or transaction control.
            - Qualify every table with its schema, exactly as listed.
            - Use only the tables and columns listed. Use the listed values for text filters.
            - For lists of rows, add LIMIT 100 unless the question asks for everything or for a count.
            - Give columns short readable aliases. Round money and ratios to 2 decimals.
            - Today is %s. Interpret "last month", "this year" and similar relative to today.
            - If the question cannot be answered from these tables, reply with the single word UNANSWERABLE and a short reason.
            Reply with the SQL in one ```sql block and nothing else.""";

    private SqlPrompt() {
    }

    static LlmRequest build(String question, SchemaSnapshot schema, LocalDate today) {
        String user = "Tables:\n" + SchemaPrompt.render(schema.tables()) + "\n\nQuestion: " + question.strip();
        return LlmRequest.sql(SYSTEM.formatted(today), user);
    }

    static LlmRequest repair(String question, SchemaSnapshot schema, LocalDate today, String badSql, String error) {
        String user = "Tables:\n" + SchemaPrompt.render(schema.tables()) + "\n\nQuestion: " + question.strip()
                + "\n\nThis query failed:\n```sql\n" + badSql + "\n```\nError: " + error
                + "\nWrite a corrected query.";
        return LlmRequest.sql(SYSTEM.formatted(today), user);
    }
}
