package dev.askbar.app.console;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import dev.askbar.core.engine.Answer;
import dev.askbar.core.sql.QueryResult;
import dev.askbar.core.sql.ResultColumn;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

/** The {@code ask --json} object DESIGN.md specifies: one answer, machine-readable, one line. */
public final class AnswerJson {
    private static final Gson GSON =
            new GsonBuilder().serializeNulls().disableHtmlEscaping().create();

    private AnswerJson() {}

    public static String toJson(Answer answer) {
        JsonObject o = new JsonObject();
        o.addProperty("question", answer.question().text());
        o.addProperty("sql", answer.sql().orElse(null));
        JsonArray columns = new JsonArray();
        JsonArray rows = new JsonArray();
        QueryResult result = answer.result().orElse(null);
        if (result != null) {
            for (ResultColumn c : result.columns()) {
                JsonObject col = new JsonObject();
                col.addProperty("name", c.name());
                col.addProperty("type", c.sqlType());
                columns.add(col);
            }
            for (List<Object> row : result.rows()) {
                JsonArray r = new JsonArray();
                row.forEach(v -> r.add(value(v)));
                rows.add(r);
            }
        }
        o.add("columns", columns);
        o.add("rows", rows);
        o.addProperty("rowCount", result == null ? 0 : result.rowCount());
        o.addProperty("truncated", result != null && result.truncated());
        o.addProperty("summary", answer.summary().orElse(null));
        o.addProperty("provider", answer.provider().orElse(null));
        o.addProperty("model", answer.model().orElse(null));
        o.addProperty("key", answer.keyMasked().orElse(null));
        JsonObject timings = new JsonObject();
        timings.addProperty("sql", answer.timings().sqlMs());
        timings.addProperty("db", answer.timings().dbMs());
        timings.addProperty("summary", answer.timings().summaryMs());
        timings.addProperty("total", answer.timings().totalMs());
        o.add("timingsMs", timings);
        if (answer.error().isPresent()) {
            JsonObject error = new JsonObject();
            error.addProperty("code", answer.error().get().code().name());
            error.addProperty("message", answer.error().get().message());
            o.add("error", error);
        } else {
            o.add("error", JsonNull.INSTANCE);
        }
        return GSON.toJson(o);
    }

    private static JsonElement value(Object v) {
        if (v == null) {
            return JsonNull.INSTANCE;
        }
        if (v instanceof Long || v instanceof Integer || v instanceof BigInteger) {
            return new JsonPrimitive((Number) v);
        }
        if (v instanceof BigDecimal d) {
            return new JsonPrimitive(d);
        }
        if (v instanceof Double d) {
            return d.isNaN() || d.isInfinite() ? new JsonPrimitive(d.toString()) : new JsonPrimitive(d);
        }
        if (v instanceof Boolean b) {
            return new JsonPrimitive(b);
        }
        return new JsonPrimitive(v.toString());
    }
}
