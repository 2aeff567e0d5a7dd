package dev.askbar.core.store;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import dev.askbar.core.engine.Answer;
import dev.askbar.core.engine.AnswerError;
import dev.askbar.core.engine.Question;
import dev.askbar.core.engine.Timings;
import dev.askbar.core.sql.QueryResult;
import dev.askbar.core.sql.ResultColumn;
import dev.askbar.core.sql.ValueKind;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * An {@link Answer} as gzip-compressed JSON, for the answer archive. Cells are written as text and read back as
 * the Java type their column's {@link ValueKind} names, so an answer read on another replica renders (table,
 * CSV, chart) exactly as on the one that made it.
 */
final class AnswerJson {
    private AnswerJson() {}

    static byte[] write(Answer a) {
        JsonObject o = new JsonObject();
        Question q = a.question();
        JsonObject question = new JsonObject();
        question.addProperty("text", q.text());
        question.addProperty("asker", q.asker());
        question.addProperty("platform", q.platform());
        question.addProperty("conversation", q.conversation().orElse(null));
        question.addProperty("useCache", q.useCache());
        o.add("question", question);
        o.addProperty("sql", a.sql().orElse(null));
        a.result().ifPresent(r -> o.add("result", result(r)));
        o.addProperty("summary", a.summary().orElse(null));
        a.error().ifPresent(e -> {
            JsonObject error = new JsonObject();
            error.addProperty("code", e.code().name());
            error.addProperty("message", e.message());
            o.add("error", error);
        });
        o.addProperty("provider", a.provider().orElse(null));
        o.addProperty("model", a.model().orElse(null));
        o.addProperty("keyMasked", a.keyMasked().orElse(null));
        JsonArray timings = new JsonArray();
        Timings t = a.timings();
        List.of(t.sqlMs(), t.dbMs(), t.summaryMs(), t.totalMs()).forEach(timings::add);
        o.add("timingsMs", timings);
        o.addProperty("cached", a.cached());
        o.addProperty("auditId", a.auditId().orElse(null));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer w = new OutputStreamWriter(new GZIPOutputStream(bytes), StandardCharsets.UTF_8)) {
            w.write(o.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static JsonObject result(QueryResult r) {
        JsonObject result = new JsonObject();
        JsonArray columns = new JsonArray();
        for (ResultColumn c : r.columns()) {
            JsonObject column = new JsonObject();
            column.addProperty("name", c.name());
            column.addProperty("sqlType", c.sqlType());
            column.addProperty("kind", c.kind().name());
            columns.add(column);
        }
        result.add("columns", columns);
        JsonArray rows = new JsonArray();
        for (List<Object> row : r.rows()) {
            JsonArray cells = new JsonArray();
            for (Object cell : row) {
                cells.add(cell == null ? JsonNull.INSTANCE : new JsonPrimitive(String.valueOf(cell)));
            }
            rows.add(cells);
        }
        result.add("rows", rows);
        result.addProperty("truncated", r.truncated());
        return result;
    }

    /** The answer; throws {@link IllegalArgumentException} when the bytes are not an answer this version wrote. */
    static Answer read(byte[] body) {
        JsonObject o;
        try (Reader r =
                new InputStreamReader(new GZIPInputStream(new ByteArrayInputStream(body)), StandardCharsets.UTF_8)) {
            o = JsonParser.parseReader(r).getAsJsonObject();
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("not an archived answer: " + e.getMessage(), e);
        }
        try {
            JsonObject q = o.getAsJsonObject("question");
            Question question = new Question(
                    q.get("text").getAsString(),
                    q.get("asker").getAsString(),
                    q.get("platform").getAsString(),
                    text(q, "conversation"),
                    q.get("useCache").getAsBoolean());
            Optional<QueryResult> result =
                    o.has("result") ? Optional.of(result(o.getAsJsonObject("result"))) : Optional.empty();
            Optional<AnswerError> error = o.has("error")
                    ? Optional.of(new AnswerError(
                            AnswerError.Code.valueOf(
                                    o.getAsJsonObject("error").get("code").getAsString()),
                            o.getAsJsonObject("error").get("message").getAsString()))
                    : Optional.empty();
            JsonArray t = o.getAsJsonArray("timingsMs");
            Timings timings = new Timings(
                    t.get(0).getAsLong(),
                    t.get(1).getAsLong(),
                    t.get(2).getAsLong(),
                    t.get(3).getAsLong());
            JsonElement audit = o.get("auditId");
            return new Answer(
                    question,
                    text(o, "sql"),
                    result,
                    text(o, "summary"),
                    error,
                    text(o, "provider"),
                    text(o, "model"),
                    text(o, "keyMasked"),
                    timings,
                    o.get("cached").getAsBoolean(),
                    audit == null || audit.isJsonNull() ? Optional.empty() : Optional.of(audit.getAsLong()));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("archived answer unreadable: " + e.getMessage(), e);
        }
    }

    private static QueryResult result(JsonObject r) {
        List<ResultColumn> columns = new ArrayList<>();
        for (JsonElement e : r.getAsJsonArray("columns")) {
            JsonObject c = e.getAsJsonObject();
            columns.add(new ResultColumn(
                    c.get("name").getAsString(),
                    c.get("sqlType").getAsString(),
                    ValueKind.valueOf(c.get("kind").getAsString())));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (JsonElement e : r.getAsJsonArray("rows")) {
            JsonArray cells = e.getAsJsonArray();
            List<Object> row = new ArrayList<>(cells.size());
            for (int i = 0; i < cells.size(); i++) {
                JsonElement cell = cells.get(i);
                row.add(
                        cell.isJsonNull()
                                ? null
                                : value(cell.getAsString(), columns.get(i).kind()));
            }
            rows.add(row);
        }
        return new QueryResult(columns, rows, r.get("truncated").getAsBoolean());
    }

    /** The Java type {@code SqlRunner} produces for the kind. */
    private static Object value(String s, ValueKind kind) {
        return switch (kind) {
            case INTEGER -> Long.parseLong(s);
            case DECIMAL -> new BigDecimal(s);
            case FLOAT -> Double.parseDouble(s);
            case BOOLEAN -> Boolean.parseBoolean(s);
            case DATE -> LocalDate.parse(s);
            case TIMESTAMP -> LocalDateTime.parse(s);
            case TIMESTAMP_TZ -> OffsetDateTime.parse(s);
            case TIME -> LocalTime.parse(s);
            case TEXT, JSON, ARRAY, OTHER -> s;
        };
    }

    private static Optional<String> text(JsonObject o, String field) {
        JsonElement e = o.get(field);
        return e == null || e.isJsonNull() ? Optional.empty() : Optional.of(e.getAsString());
    }
}
