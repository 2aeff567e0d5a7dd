package dev.askbar.core.sql;

import dev.askbar.core.sql.ParserText.Chain;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import net.sf.jsqlparser.expression.Alias;
import net.sf.jsqlparser.expression.AnalyticExpression;
import net.sf.jsqlparser.expression.BinaryExpression;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.expression.operators.relational.ComparisonOperator;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.create.table.ColDataType;
import net.sf.jsqlparser.statement.select.AllTableColumns;
import net.sf.jsqlparser.statement.select.FromItem;
import net.sf.jsqlparser.statement.select.Join;
import net.sf.jsqlparser.statement.select.LateralSubSelect;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.select.TableFunction;

/**
 * Checks made on JSqlParser's tree of one statement.
 *
 * <p>The tree is walked by reflection over every field rather than through JSqlParser's visitors:
 * its visitor adapters skip some positions (its own TablesNamesFinder misses a table inside an
 * ORDER BY subquery and fails on data-modifying CTEs), and a guard must not depend on a visitor
 * remembering every node type. Reflection reaches a table or function wherever the grammar put it.
 *
 * <p>A tree is only trusted when it accounts for the whole statement: it must hold as many SELECTs as the
 * text has, and every dotted name the text has must appear in it as a table, column, function or type,
 * where the checks below saw it. Anything the parser skipped or swallowed is refused, not assumed harmless.
 */
final class SyntaxTreeScan {

    private static final Set<String> SYSTEM_SCHEMAS = Set.of("pg_catalog", "information_schema", "pg_toast");

    private static final ClassValue<List<Field>> FIELDS = new ClassValue<>() {
        @Override
        protected List<Field> computeValue(Class<?> type) {
            List<Field> fields = new ArrayList<>();
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    if (!Modifier.isStatic(f.getModifiers()) && !f.isSynthetic()) {
                        f.setAccessible(true);
                        fields.add(f);
                    }
                }
            }
            return List.copyOf(fields);
        }
    };

    private final Set<String> allowedSchemas;

    SyntaxTreeScan(Set<String> allowedSchemas) {
        this.allowedSchemas = allowedSchemas;
    }

    Optional<GuardVerdict> check(Statement statement, ParserText text) {
        if (!(statement instanceof Select)) {
            return Optional.of(LexicalScan.notARead(keywordOf(statement)));
        }
        List<Object> nodes = nodesUnder(statement, node -> true);
        Optional<GuardVerdict> unaccounted = unaccounted(nodes, text);
        if (unaccounted.isPresent()) {
            return unaccounted;
        }
        for (Object node : nodes) {
            if (node instanceof Statement s && !(node instanceof Select)) {
                return Optional.of(
                        GuardRule.DATA_MODIFYING_CTE.refuse(keywordOf(s).toUpperCase(Locale.ROOT)));
            }
        }
        for (Object node : nodes) {
            if (node instanceof PlainSelect ps
                    && (ps.getIntoTables() != null && !ps.getIntoTables().isEmpty() || ps.getIntoTempTable() != null)) {
                return Optional.of(GuardRule.SELECT_INTO.refuse());
            }
        }
        for (Object node : nodes) {
            if (node instanceof Select s
                    && (s.getForMode() != null
                            || s.getForClause() != null
                            || s.getForUpdateTable() != null
                            || s.isSkipLocked()
                            || s.isNoWait()
                            || s.getWait() != null)) {
                String mode = s.getForMode() != null ? s.getForMode().getValue() : "UPDATE";
                return Optional.of(GuardRule.LOCKING_CLAUSE.refuse(mode.toUpperCase(Locale.ROOT)));
            }
        }
        Set<String> rangeNames = rangeNames(nodes);
        for (Object node : nodes) {
            Optional<GuardVerdict> refusal = node instanceof Table t
                    ? checkTable(t)
                    : node instanceof Function f
                            ? checkFunction(f.getMultipartName())
                            : node instanceof AnalyticExpression a
                                    ? checkFunction(List.of(a.getName()))
                                    : node instanceof Column c
                                            ? checkColumn(c, rangeNames)
                                            : node instanceof ColDataType type ? checkType(type) : Optional.empty();
            if (refusal.isPresent()) {
                return refusal;
            }
        }
        for (Object node : nodes) {
            if (node instanceof PlainSelect ps && isUnboundedProduct(ps)) {
                return Optional.of(GuardRule.CROSS_JOIN.refuse());
            }
        }
        return Optional.empty();
    }

    /**
     * Refuses when the tree holds fewer SELECTs than the text, or lacks a dotted name the text has (outside the
     * allowed schemas): that part of the statement was skipped or kept as opaque text, so nothing checked it.
     */
    private Optional<GuardVerdict> unaccounted(List<Object> nodes, ParserText text) {
        long selects = nodes.stream().filter(PlainSelect.class::isInstance).count();
        if (selects < text.selects()) {
            return Optional.of(GuardRule.UNRESOLVED_NAME.refuse("a subquery"));
        }
        Map<List<String>, Integer> inTree = new HashMap<>();
        for (Object node : nodes) {
            List<String> parts = dottedName(node);
            if (parts.size() > 1) {
                inTree.merge(parts, 1, Integer::sum);
            }
        }
        for (Chain chain : text.chains()) {
            if (allowedSchemas.contains(chain.parts().get(0))) {
                continue;
            }
            Integer left = inTree.get(chain.parts());
            if (left == null || left == 0) {
                return Optional.of(GuardRule.UNRESOLVED_NAME.refuse(chain.written()));
            }
            inTree.put(chain.parts(), left - 1);
        }
        return Optional.empty();
    }

    /** The dotted name a node was written with, folded: [other, salary] for other.salary. */
    private static List<String> dottedName(Object node) {
        if (node instanceof Column c) {
            List<String> parts = new ArrayList<>(c.getTable() == null ? List.of() : tableParts(c.getTable()));
            parts.add(Identifiers.fold(c.getColumnName()));
            return parts;
        }
        if (node instanceof AllTableColumns all && all.getTable() != null) {
            return tableParts(all.getTable());
        }
        if (node instanceof Table t) {
            return tableParts(t);
        }
        if (node instanceof Function f && f.getMultipartName() != null) {
            return f.getMultipartName().stream().map(Identifiers::fold).toList();
        }
        if (node instanceof ColDataType type && type.getDataType() != null) {
            return splitName(type.getDataType());
        }
        return List.of();
    }

    private static List<String> tableParts(Table table) {
        List<String> parts = new ArrayList<>();
        for (String part : new String[] {table.getDatabaseName(), table.getSchemaName(), table.getName()}) {
            if (part != null && !part.isEmpty()) {
                parts.add(Identifiers.fold(part));
            }
        }
        return parts;
    }

    /** Splits "a"."b.c".d at the dots outside quotes and folds each part. */
    static List<String> splitName(String name) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == '.' && !quoted) {
                parts.add(Identifiers.fold(part.toString().strip()));
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        parts.add(Identifiers.fold(part.toString().strip()));
        return parts;
    }

    /** Names a column may be qualified with: tables, aliases, CTE and function names of the statement. */
    private static Set<String> rangeNames(List<Object> nodes) {
        Set<String> names = new HashSet<>();
        for (Object node : nodes) {
            if (node instanceof Alias a && a.getName() != null) {
                names.add(Identifiers.fold(a.getName()));
            } else if (node instanceof Table t && t.getName() != null) {
                names.add(Identifiers.fold(t.getName()));
            } else if (node instanceof Function f && f.getName() != null) {
                names.add(Identifiers.fold(f.getName()));
            }
        }
        return names;
    }

    private Optional<GuardVerdict> checkColumn(Column column, Set<String> rangeNames) {
        List<String> parts = dottedName(column);
        if (parts.size() < 2) {
            return Optional.empty();
        }
        if (parts.size() > 2) {
            // schema.table.column (or database.schema.table.column): the schema is the third part from the end
            String schema = parts.get(parts.size() - 3);
            return allowedSchemas.contains(schema)
                    ? Optional.empty()
                    : Optional.of(GuardRule.SCHEMA_NOT_ALLOWED.refuse("table " + parts.get(parts.size() - 2), schema));
        }
        return rangeNames.contains(parts.get(0))
                ? Optional.empty()
                : Optional.of(GuardRule.UNRESOLVED_NAME.refuse(String.join(".", parts)));
    }

    private Optional<GuardVerdict> checkType(ColDataType type) {
        List<String> parts = type.getDataType() == null ? List.of() : splitName(type.getDataType());
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        String name = parts.get(parts.size() - 1).replaceAll("\\[.*", "").strip();
        if (DeniedFunctions.CATALOG_TYPES.contains(name.toLowerCase(Locale.ROOT))) {
            return Optional.of(GuardRule.CATALOG_LOOKUP.refuse(name));
        }
        if (parts.size() > 1) {
            String schema = parts.get(parts.size() - 2);
            if (!schema.equals("pg_catalog") && !allowedSchemas.contains(schema)) {
                return Optional.of(GuardRule.SCHEMA_NOT_ALLOWED.refuse("type " + name, schema));
            }
        }
        return Optional.empty();
    }

    private Optional<GuardVerdict> checkTable(Table table) {
        String schema = Identifiers.fold(table.getSchemaName());
        String name = Identifiers.fold(table.getName());
        if (schema == null) {
            return name != null && name.startsWith("pg_") ? systemCatalog(name) : Optional.empty();
        }
        if (allowedSchemas.contains(schema)) {
            return Optional.empty();
        }
        if (SYSTEM_SCHEMAS.contains(schema) || schema.startsWith("pg_")) {
            return systemCatalog(schema + "." + name);
        }
        return Optional.of(GuardRule.SCHEMA_NOT_ALLOWED.refuse("table " + name, schema));
    }

    private Optional<GuardVerdict> checkFunction(List<String> nameParts) {
        if (nameParts == null || nameParts.isEmpty() || nameParts.get(nameParts.size() - 1) == null) {
            return Optional.empty();
        }
        String name = Identifiers.fold(nameParts.get(nameParts.size() - 1)).toLowerCase(Locale.ROOT);
        Optional<GuardVerdict> denied = DeniedFunctions.refusal(name);
        if (denied.isPresent()) {
            return denied;
        }
        if (nameParts.size() > 1) {
            String schema = Identifiers.fold(nameParts.get(nameParts.size() - 2));
            if (!schema.equals("pg_catalog") && !allowedSchemas.contains(schema)) {
                return Optional.of(GuardRule.SCHEMA_NOT_ALLOWED.refuse("function " + name, schema));
            }
        }
        return Optional.empty();
    }

    /**
     * The cross-join rule. A FROM item is "unconditioned" when nothing ties it to the others: the
     * first item, and every comma or CROSS JOIN (or JOIN ... ON without a column-to-column
     * comparison) unless it is USING/NATURAL, or a LATERAL subquery or a function whose columns come
     * from earlier items. Three or more unconditioned items are refused unless the WHERE clause holds
     * one column-to-column comparison per link needed, so old-style "FROM a, b, c WHERE a.id = b.a_id
     * AND b.id = c.b_id" joins pass. It targets the obvious product; the runner's statement timeout
     * bounds the rest, such as products spread over nested subqueries.
     */
    private static boolean isUnboundedProduct(PlainSelect ps) {
        if (ps.getFromItem() == null || ps.getJoins() == null) {
            return false;
        }
        Set<String> earlier = new HashSet<>();
        earlier.add(nameOf(ps.getFromItem()));
        int unconditioned = 1;
        for (Join join : ps.getJoins()) {
            if (!isConditioned(join, earlier)) {
                unconditioned++;
            }
            earlier.add(nameOf(join.getRightItem()));
        }
        if (unconditioned < 3) {
            return false;
        }
        int links = ps.getWhere() == null ? 0 : columnComparisons(ps.getWhere());
        return links < unconditioned - 1;
    }

    private static boolean isConditioned(Join join, Set<String> earlierItems) {
        if (join.isNatural()
                || (join.getUsingColumns() != null && !join.getUsingColumns().isEmpty())) {
            return true;
        }
        FromItem item = join.getRightItem();
        if (item instanceof TableFunction tf
                && !nodesUnder(tf.getFunction(), Column.class::isInstance).isEmpty()) {
            return true;
        }
        if (item instanceof LateralSubSelect lateral
                && nodesUnder(lateral, Column.class::isInstance).stream()
                        .map(c -> ((Column) c).getTable())
                        .anyMatch(t -> t != null && earlierItems.contains(Identifiers.fold(t.getName())))) {
            return true;
        }
        Collection<Expression> on = join.getOnExpressions();
        return on != null && on.stream().anyMatch(e -> columnComparisons(e) > 0);
    }

    private static String nameOf(FromItem item) {
        if (item.getAlias() != null && item.getAlias().getName() != null) {
            return Identifiers.fold(item.getAlias().getName());
        }
        return item instanceof Table t ? Identifiers.fold(t.getName()) : "";
    }

    private static int columnComparisons(Expression expression) {
        int count = 0;
        for (Object node : nodesUnder(expression, ComparisonOperator.class::isInstance)) {
            BinaryExpression comparison = (BinaryExpression) node;
            if (!nodesUnder(comparison.getLeftExpression(), Column.class::isInstance)
                            .isEmpty()
                    && !nodesUnder(comparison.getRightExpression(), Column.class::isInstance)
                            .isEmpty()) {
                count++;
            }
        }
        return count;
    }

    /** Every JSqlParser node reachable from root that matches, root included. */
    private static List<Object> nodesUnder(Object root, Predicate<Object> wanted) {
        List<Object> found = new ArrayList<>();
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Object> pending = new ArrayDeque<>();
        pending.push(root);
        while (!pending.isEmpty()) {
            Object value = pending.pop();
            if (value == null || !seen.add(value)) {
                continue;
            }
            if (value instanceof Collection<?> c) {
                c.forEach(v -> pushIfPresent(pending, v));
            } else if (value instanceof Map<?, ?> m) {
                m.keySet().forEach(v -> pushIfPresent(pending, v));
                m.values().forEach(v -> pushIfPresent(pending, v));
            } else if (value instanceof Object[] array) {
                for (Object v : array) {
                    pushIfPresent(pending, v);
                }
            } else if (isTreeNode(value)) {
                if (wanted.test(value)) {
                    found.add(value);
                }
                // A column's or t.*'s table is a reference to a FROM item, not a relation read.
                boolean skipTables = value instanceof Column || value instanceof AllTableColumns;
                for (Field field : FIELDS.get(value.getClass())) {
                    Object child = read(field, value);
                    if (!(skipTables && child instanceof Table)) {
                        pushIfPresent(pending, child);
                    }
                }
            }
        }
        return found;
    }

    private static void pushIfPresent(Deque<Object> pending, Object value) {
        if (value != null) {
            pending.push(value);
        }
    }

    private static boolean isTreeNode(Object value) {
        String name = value.getClass().getName();
        // The parser package holds the raw token tree (with parent links), not the statement model.
        return name.startsWith("net.sf.jsqlparser.")
                && !name.startsWith("net.sf.jsqlparser.parser.")
                && !value.getClass().isEnum();
    }

    private static Object read(Field field, Object owner) {
        try {
            return field.get(owner);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read JSqlParser field " + field, e);
        }
    }

    private static String keywordOf(Statement statement) {
        String type =
                statement.getClass().getSimpleName().toLowerCase(Locale.ROOT).replaceFirst("^parenthesed", "");
        for (String keyword : List.of(
                "insert",
                "update",
                "delete",
                "merge",
                "upsert",
                "truncate",
                "create",
                "alter",
                "drop",
                "grant",
                "commit",
                "rollback",
                "savepoint",
                "set",
                "reset",
                "execute",
                "explain",
                "declare",
                "comment",
                "refresh",
                "lock",
                "analyze",
                "purge")) {
            if (type.startsWith(keyword)) {
                return keyword;
            }
        }
        return type.replace("statement", "");
    }

    private static Optional<GuardVerdict> systemCatalog(String name) {
        return Optional.of(GuardRule.SYSTEM_CATALOG.refuse(name));
    }
}
