package dev.askbar.core.schema;

import com.github.benmanes.caffeine.cache.Cache;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Foreign keys a schema follows but never declared. Many databases, from MySQL ports and frameworks that keep
 * relations in application code, declare none, and without them no join path, bridge or name table can be found.
 * In each schema (namespace) that declares fewer keys than it has tables, a column no declared key covers is taken
 * to point at a table of the same schema when the naming conventions say so unambiguously: {@code customer_id},
 * {@code CustomerID} or {@code id_customer} at the single-column key of a table named customer or customers, a column
 * named exactly like another table's own single-column key ({@code drug_id} at {@code drugs.drug_id}) unless that
 * table is keyed by another's key and only extends it, or, in a table whose columns
 * all carry one prefix ({@code rev_id, rev_page, rev_actor}), what follows the prefix naming a table whose key has
 * the column's type ({@code rev_actor} at {@code actor.actor_id}). A prefix most of a schema's tables carry
 * ({@code glpi_}, {@code ps_}) is the application's mark, so {@code manufacturers_id} points at
 * {@code glpi_manufacturers}. A schema with a key or more per table declares its keys, and is left as it is,
 * whatever the other schemas of the database do; one with fewer left some out (frameworks that declare the keys of
 * a few tables, and keep the rest of their relations in code), and its declared keys stay as they are.
 */
final class ImpliedKeys {
    /** A prefix carried by fewer tables than this is a word ({@code order_}), not an application's mark. */
    private static final int MIN_PREFIXED = 5;
    /** A module's prefix is a short word ({@code ap}, {@code inv}, {@code mdm}), not a word of a name ({@code order}). */
    private static final int MODULE_LETTERS = 4;

    private static final int MIN_MODULE_TABLES = 3;
    private static final int MIN_MODULES = 3;

    private static final Cache<SchemaSnapshot, SchemaSnapshot> CACHE = PerSnapshot.cache();

    private ImpliedKeys() {}

    /** The schema with the keys its names imply, or the same schema when it declares its own. */
    static SchemaSnapshot of(SchemaSnapshot schema) {
        return CACHE.get(schema, ImpliedKeys::complete);
    }

    private static SchemaSnapshot complete(SchemaSnapshot schema) {
        Map<String, Integer> tables = new HashMap<>();
        Map<String, Integer> declared = new HashMap<>();
        for (TableInfo t : schema.tables()) {
            tables.merge(t.schema(), 1, Integer::sum);
            declared.merge(t.schema(), t.foreignKeys().size(), Integer::sum);
        }
        Map<String, Names> keyless = new HashMap<>();
        tables.forEach((name, count) -> {
            if (declared.get(name) < count) {
                keyless.put(name, new Names());
            }
        });
        if (keyless.isEmpty()) {
            return schema;
        }
        Map<String, String> prefixes = tablePrefixes(schema, keyless.keySet());
        Map<String, Set<String>> modules = modulePrefixes(schema, keyless.keySet());
        for (TableInfo t : schema.tables()) {
            Names names = keyless.get(t.schema());
            if (names == null || t.view() || t.primaryKey().size() != 1) {
                continue;
            }
            names.byName
                    .computeIfAbsent(Words.stem(bare(t.name())), k -> new ArrayList<>())
                    .add(t);
            String prefix = prefixes.getOrDefault(t.schema(), "");
            String lower = t.name().toLowerCase(Locale.ROOT);
            if (!prefix.isEmpty() && lower.startsWith(prefix) && lower.length() > prefix.length()) {
                // glpi_manufacturers is what manufacturers_id points at
                names.byName
                        .computeIfAbsent(Words.stem(bare(lower.substring(prefix.length()))), k -> new ArrayList<>())
                        .add(t);
            }
            String module = leadingWord(lower);
            if (modules.getOrDefault(t.schema(), Set.of()).contains(module)) {
                // ap_supplier is what a po_header's supplier_id points at, when no table is named supplier itself
                names.byModuleRest
                        .computeIfAbsent(Words.stem(bare(lower.substring(module.length()))), k -> new ArrayList<>())
                        .add(t);
            }
            String key = t.primaryKey().get(0).toLowerCase(Locale.ROOT);
            if (!key.equals("id")) {
                names.byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(t);
            }
        }
        List<TableInfo> out = new ArrayList<>();
        boolean added = false;
        for (TableInfo t : schema.tables()) {
            Names names = keyless.get(t.schema());
            if (names == null) {
                out.add(t);
                continue;
            }
            List<ForeignKey> keys = new ArrayList<>(t.foreignKeys());
            Optional<String> prefix = columnPrefix(t);
            for (ColumnInfo c : t.columns()) {
                boolean declaredKey =
                        t.foreignKeys().stream().anyMatch(fk -> fk.columns().contains(c.name()));
                boolean ownKey = t.primaryKey().equals(List.of(c.name()));
                if (declaredKey || ownKey) {
                    continue; // a part of a composite key may point elsewhere (an order line's order_id)
                }
                Optional<TableInfo> target = target(t, c.name(), names);
                if (target.isEmpty() && prefix.isPresent()) {
                    target = afterPrefix(t, c, prefix.get(), names.byName);
                }
                if (target.isEmpty()) {
                    target = withRole(t, c, names.byName);
                }
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
        return added ? new SchemaSnapshot(out, schema.readAt(), schema.sharedNames()) : schema;
    }

    /**
     * The prefix most tables of a schema carry ({@code glpi_}, {@code ps_}, {@code llx_}): an application's mark on its
     * tables, never part of the names its columns use for them.
     */
    static Map<String, String> tablePrefixes(SchemaSnapshot schema, Set<String> schemas) {
        Map<String, Integer> sizes = new HashMap<>();
        for (TableInfo t : schema.tables()) {
            if (schemas.contains(t.schema())) {
                sizes.merge(t.schema(), 1, Integer::sum);
            }
        }
        Map<String, String> out = new HashMap<>();
        leadingWordCounts(schema, schemas)
                .forEach((name, byPrefix) -> byPrefix.forEach((prefix, n) -> {
                    if (n >= MIN_PREFIXED && 2 * n > sizes.get(name)) {
                        out.put(name, prefix);
                    }
                }));
        return out;
    }

    /** How many tables of each of these schemas begin with each first word ({@link #leadingWord}). */
    private static Map<String, Map<String, Integer>> leadingWordCounts(SchemaSnapshot schema, Set<String> schemas) {
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        for (TableInfo t : schema.tables()) {
            String prefix = leadingWord(t.name().toLowerCase(Locale.ROOT));
            if (schemas.contains(t.schema()) && !prefix.isEmpty()) {
                counts.computeIfAbsent(t.schema(), k -> new HashMap<>()).merge(prefix, 1, Integer::sum);
            }
        }
        return counts;
    }

    /**
     * The short first words (two to four letters) three or more tables of a schema each share ({@code ap_}, {@code
     * po_}, {@code inv_}, {@code hr_}): the modules an ERP files its tables under, as Oracle's applications and their
     * imitators do. Three such words at least, so a schema of a few {@code user_} and {@code post_} tables, or one
     * whose every table carries the application's mark ({@code ps_}), has none.
     */
    static Map<String, Set<String>> modulePrefixes(SchemaSnapshot schema, Set<String> schemas) {
        Map<String, Set<String>> out = new HashMap<>();
        leadingWordCounts(schema, schemas).forEach((name, byPrefix) -> {
            Set<String> modules = new HashSet<>();
            byPrefix.forEach((prefix, n) -> {
                // two to four letters and the underscore
                if (prefix.length() <= MODULE_LETTERS + 1 && prefix.length() >= 3 && n >= MIN_MODULE_TABLES) {
                    modules.add(prefix);
                }
            });
            if (modules.size() >= MIN_MODULES) {
                out.put(name, modules);
            }
        });
        return out;
    }

    /** A name's first word with its underscore ({@code ap_} of {@code ap_supplier}), or nothing when it has one word. */
    private static String leadingWord(String lowerName) {
        int cut = lowerName.indexOf('_');
        return cut > 0 ? lowerName.substring(0, cut + 1) : "";
    }

    /**
     * The tables of one key-less schema by their bare name, by the name of their own key, and by their name after a
     * module's prefix.
     */
    private static final class Names {
        final Map<String, List<TableInfo>> byName = new HashMap<>();
        final Map<String, List<TableInfo>> byKey = new HashMap<>();
        final Map<String, List<TableInfo>> byModuleRest = new HashMap<>();
    }

    /** The prefix every column of the table carries ({@code rev_} of rev_id, rev_page, rev_actor), if any. */
    static Optional<String> columnPrefix(TableInfo t) {
        if (t.columns().size() < 3) {
            return Optional.empty();
        }
        String first = t.columns().get(0).name().toLowerCase(Locale.ROOT);
        int cut = first.indexOf('_');
        if (cut < 1) {
            return Optional.empty();
        }
        String prefix = first.substring(0, cut + 1);
        for (ColumnInfo c : t.columns()) {
            if (!c.name().toLowerCase(Locale.ROOT).startsWith(prefix)) {
                return Optional.empty();
            }
        }
        return Optional.of(prefix);
    }

    /**
     * What follows the table's prefix, with or without a trailing id, or its last word ({@code ipb_by_actor}), naming
     * one table whose key has this column's type: a page title is text, a page's key is not.
     */
    private static Optional<TableInfo> afterPrefix(
            TableInfo from, ColumnInfo c, String prefix, Map<String, List<TableInfo>> byName) {
        String rest = c.name().toLowerCase(Locale.ROOT).substring(prefix.length());
        if (rest.endsWith("_id")) {
            rest = rest.substring(0, rest.length() - 3);
        }
        int lastWord = rest.lastIndexOf('_');
        for (String candidate : lastWord > 0 ? List.of(rest, rest.substring(lastWord + 1)) : List.of(rest)) {
            if (candidate.length() < 3) {
                continue;
            }
            List<TableInfo> named = byName.getOrDefault(Words.stem(bare(candidate)), List.of());
            if (named.size() == 1 && named.get(0) != from && sameKind(c, keyColumn(named.get(0)))) {
                return Optional.of(named.get(0));
            }
        }
        return Optional.empty();
    }

    private static Optional<ColumnInfo> keyColumn(TableInfo t) {
        return t.columns().stream()
                .filter(c -> c.name().equals(t.primaryKey().get(0)))
                .findFirst();
    }

    private static boolean sameKind(ColumnInfo column, Optional<ColumnInfo> key) {
        return key.isPresent() && kind(column.type()).equals(kind(key.get().type()));
    }

    private static String kind(String type) {
        return switch (type) {
            case "smallint", "integer", "bigint" -> "integer";
            default -> type;
        };
    }

    private static Optional<TableInfo> target(TableInfo from, String column, Names names) {
        String c = column.toLowerCase(Locale.ROOT);
        List<TableInfo> same = names.byKey.getOrDefault(c, List.of());
        // a table keyed by another's key (bibarxivpdf.id_bibrec) extends that one (bibrec), the one others point at
        if (same.size() == 1 && same.get(0) != from && !extendsAnother(same.get(0), c, names.byName)) {
            return Optional.of(same.get(0));
        }
        List<TableInfo> named = named(c, names.byName);
        if (named.isEmpty()) {
            named = named(c, names.byModuleRest);
        }
        if (named.size() == 1 && named.get(0) != from) {
            return Optional.of(named.get(0));
        }
        return Optional.empty();
    }

    /** The tables a key column's name names: customer of {@code customer_id}, {@code CustomerID} or {@code id_customer}. */
    private static List<TableInfo> named(String column, Map<String, List<TableInfo>> byName) {
        String base = column.endsWith("_id")
                ? column.substring(0, column.length() - 3)
                : column.endsWith("id")
                        ? column.substring(0, column.length() - 2)
                        : column.startsWith("id_") ? column.substring(3) : "";
        return base.length() < 2 ? List.of() : byName.getOrDefault(Words.stem(bare(base)), List.of());
    }

    private static boolean extendsAnother(TableInfo keyed, String key, Map<String, List<TableInfo>> byName) {
        List<TableInfo> named = named(key, byName);
        return named.size() == 1 && named.get(0) != keyed;
    }

    /**
     * A key named for the role its row plays, the table's name after a word or two that say which
     * ({@code billing_address_id}, {@code created_by_user_id}, {@code fixed_version_id}): the longest such ending
     * that names exactly one table whose key has the column's type.
     */
    private static Optional<TableInfo> withRole(
            TableInfo from, ColumnInfo column, Map<String, List<TableInfo>> byName) {
        String c = column.name().toLowerCase(Locale.ROOT);
        if (!c.endsWith("_id")) {
            return Optional.empty();
        }
        String[] words = c.substring(0, c.length() - 3).split("_");
        for (int first = 1; first < words.length; first++) {
            String ending = String.join("", java.util.Arrays.copyOfRange(words, first, words.length));
            List<TableInfo> named = byName.getOrDefault(Words.stem(ending), List.of());
            if (ending.length() >= 3
                    && named.size() == 1
                    && named.get(0) != from
                    && sameKind(column, keyColumn(named.get(0)))) {
                return Optional.of(named.get(0));
            }
        }
        return Optional.empty();
    }

    private static String bare(String name) {
        return name.toLowerCase(Locale.ROOT).replace("_", "");
    }
}
