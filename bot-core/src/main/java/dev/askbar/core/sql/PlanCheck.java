package dev.askbar.core.sql;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.Set;

/**
 * The database's own answer to "which relations does this statement read": the plan of the statement, after
 * PostgreSQL has resolved every name its own way (TABLE shorthand, subqueries anywhere, CTEs, LATERAL, SQL
 * functions inlined, views expanded). Every relation it scans must lie in the allowed schemas, and every
 * function it scans in them or in pg_catalog; so a name the guard misread still cannot bring back a row from
 * elsewhere. A view in an allowed schema over tables elsewhere is refused too: the plan shows the tables.
 */
final class PlanCheck {

    private PlanCheck() {
    }

    /** The first relation or function outside the allowed schemas, as "schema.name", if any. */
    static Optional<String> outsider(Connection connection, String sql, Set<String> schemas) throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("EXPLAIN (VERBOSE, FORMAT JSON) " + sql)) {
            StringBuilder plan = new StringBuilder();
            while (rs.next()) {
                plan.append(rs.getString(1));
            }
            return outsider(JsonParser.parseString(plan.toString()), schemas);
        }
    }

    static Optional<String> outsider(JsonElement node, Set<String> schemas) {
        if (node.isJsonArray()) {
            for (JsonElement child : (JsonArray) node) {
                Optional<String> found = outsider(child, schemas);
                if (found.isPresent()) {
                    return found;
                }
            }
        } else if (node.isJsonObject()) {
            JsonObject object = node.getAsJsonObject();
            String schema = object.has("Schema") ? object.get("Schema").getAsString() : null;
            if (object.has("Relation Name") && (schema == null || !schemas.contains(schema))) {
                return Optional.of(schema + "." + object.get("Relation Name").getAsString());
            }
            if (object.has("Function Name") && (schema == null
                    || !schemas.contains(schema) && !schema.equals("pg_catalog"))) {
                return Optional.of(schema + "." + object.get("Function Name").getAsString());
            }
            for (String key : object.keySet()) {
                Optional<String> found = outsider(object.get(key), schemas);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }
}
