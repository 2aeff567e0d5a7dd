package dev.askbar.core.engine;

import dev.askbar.core.llm.LlmRequest;
import dev.askbar.core.sql.QueryResult;
import dev.askbar.core.sql.ResultColumn;
import java.util.List;
import java.util.stream.Collectors;

/** The instruction that turns a result into one short paragraph for a chat message. */
final class SummaryPrompt {
    static final String SYSTEM = """
            You summarise query results for a busy colleague in one short paragraph (at most 3 sentences).
            State the direct answer first, with the key numbers. Do not describe the SQL. Do not invent numbers that
            are not in the rows. No tables, no bullet points, no markdown headings.""";
    private static final int SAMPLE_ROWS = 20;

    private SummaryPrompt() {}

    static LlmRequest build(String question, String sql, QueryResult result) {
        StringBuilder sb = new StringBuilder();
        sb.append("Question: ").append(question.strip()).append("\n");
        sb.append("SQL: ").append(sql).append("\n");
        sb.append("Rows returned: ")
                .append(result.rowCount())
                .append(result.truncated() ? " (more exist, cut at the cap)" : "")
                .append("\n");
        sb.append(result.columns().stream().map(ResultColumn::name).collect(Collectors.joining("\t")))
                .append("\n");
        List<List<Object>> rows = result.rows();
        for (int i = 0; i < Math.min(SAMPLE_ROWS, rows.size()); i++) {
            sb.append(rows.get(i).stream()
                            .map(v -> v == null ? "NULL" : String.valueOf(v))
                            .collect(Collectors.joining("\t")))
                    .append("\n");
        }
        if (rows.size() > SAMPLE_ROWS) {
            sb.append("… ").append(rows.size() - SAMPLE_ROWS).append(" more rows\n");
        }
        return LlmRequest.summary(SYSTEM, sb.toString());
    }
}
