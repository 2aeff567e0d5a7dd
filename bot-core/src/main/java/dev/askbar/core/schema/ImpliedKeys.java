package dev.askbar.core.schema;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Foreign keys a schema follows but never declared. Many databases, from MySQL ports and frameworks that keep
 * relations in application code, declare none, and without them no join path, bridge or name table can be found.
 * When a schema declares fewer than one key per ten tables, a column is taken to point at a table when the naming
 * conventions say so unambiguously: {@code customer_id} or {@code CustomerID} at the single-column key of a table
 * named customer or customers, or a column named exactly like another table's own single-column key
 * ({@code drug_id} at {@code drugs.drug_id}). Schemas that declare their keys are left as they are.
 */
final class ImpliedKeys {
    private static final Cache<SchemaSnapshot, SchemaSnapshot> CACHE =
            Caffeine.newBuilder().weakKeys().maximumSize(64).build();

    private ImpliedKeys() {}

    /** The schema with the keys its names imply, or the same schema when it declares its own. */
    static SchemaSnapshot of(SchemaSnapshot schema) {
        return CACHE.get(schema, ImpliedKeys::complete);
    }

    private static SchemaSnapshot complete(SchemaSnapshot schema) {
        long declared =
                schema.tables().stream().mapToLong(t -> t.foreignKeys().size()).sum();
        if (schema.tables().isEmpty() || declared * 10 >= schema.tables().size()) {
            return schema;
        }
        Map<String, List<TableInfo>> byName = new HashMap<>();
        Map<String, List<TableInfo>> byKey = new HashMap<>();
        for (TableInfo t : schema.tables()) {
            if (t.view() || t.primaryKey().size() != 1) {
                continue;
            }
            byName.computeIfAbsent(Words.stem(bare(t.name())), k -> new ArrayList<>())
                    .add(t);
            String key = t.primaryKey().get(0).toLowerCase(Locale.ROOT);
            if (!key.equals("id")) {
                byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(t);
            }
        }
        List<TableInfo> out = new ArrayList<>();
        boolean added = false;
        for (TableInfo t : schema.tables()) {
            List<ForeignKey> keys = new ArrayList<>(t.foreignKeys());
            for (ColumnInfo c : t.columns()) {
                boolean declaredKey =
                        t.foreignKeys().stream().anyMatch(fk -> fk.columns().contains(c.name()));
                boolean ownKey = t.primaryKey().equals(List.of(c.name()));
                if (declaredKey || ownKey) {
                    continue; // a part of a composite key may point elsewhere (an order line's order_id)
                }
                Optional<TableInfo> target = target(t, c.name(), byName, byKey);
                if (target.isPresent()) {
                    TableInfo u = target.get();
                    keys.add(new ForeignKey(List.of(c.name()), u.schema(), u.name(), u.primaryKey()));
                    added = true;
                }
            }
            out.add(new TableInfo(
                    t.schema(),
                    t.name(),
                    t.view(),
                    t.comment(),
                    t.columns(),
                    t.primaryKey(),
                    keys,
                    t.rowEstimate(),
                    t.materialized()));
        }
        return added ? new SchemaSnapshot(out, schema.readAt()) : schema;
    }

    private static Optional<TableInfo> target(
            TableInfo from, String column, Map<String, List<TableInfo>> byName, Map<String, List<TableInfo>> byKey) {
        String c = column.toLowerCase(Locale.ROOT);
        List<TableInfo> same = byKey.getOrDefault(c, List.of());
        if (same.size() == 1 && same.get(0) != from) {
            return Optional.of(same.get(0));
        }
        String base = c.endsWith("_id")
                ? c.substring(0, c.length() - 3)
                : c.endsWith("id") ? c.substring(0, c.length() - 2) : "";
        if (base.length() < 2) {
            return Optional.empty();
        }
        List<TableInfo> named = byName.getOrDefault(Words.stem(bare(base)), List.of());
        if (named.size() == 1 && named.get(0) != from) {
            return Optional.of(named.get(0));
        }
        return Optional.empty();
    }

    private static String bare(String name) {
        return name.toLowerCase(Locale.ROOT).replace("_", "");
    }
}
