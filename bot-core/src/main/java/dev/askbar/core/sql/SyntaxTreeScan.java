package dev.askbar.core.sql;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import net.sf.jsqlparser.expression.AnalyticExpression;
import net.sf.jsqlparser.expression.BinaryExpression;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.expression.operators.relational.ComparisonOperator;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.Statement;
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

    Optional<GuardVerdict> check(Statement statement) {
        if (!(statement instanceof Select)) {
            return refuse("read-only-statement", LexicalScan.effectOf(keywordOf(statement)));
        }
        List<Object> nodes = nodesUnder(statement, node -> true);
        for (Object node : nodes) {
            if (node instanceof Statement s && !(node instanceof Select)) {
                return refuse("data-modifying-cte", "change data inside a WITH clause ("
                        + keywordOf(s).toUpperCase(Locale.ROOT) + ").");
            }
        }
        for (Object node : nodes) {
            if (node instanceof PlainSelect ps
                    && (ps.getIntoTables() != null && !ps.getIntoTables().isEmpty() || ps.getIntoTempTable() != null)) {
                return refuse("select-into", "create a table from the result (SELECT INTO).");
            }
        }
        for (Object node : nodes) {
            if (node instanceof Select s && (s.getForMode() != null || s.getForClause() != null
                    || s.getForUpdateTable() != null || s.isSkipLocked() || s.isNoWait() || s.getWait() != null)) {
                String mode = s.getForMode() != null ? s.getForMode().getValue() : "UPDATE";
                return refuse("locking-clause", "lock rows (FOR " + mode.toUpperCase(Locale.ROOT) + ").");
            }
        }
        for (Object node : nodes) {
            Optional<GuardVerdict> refusal = node instanceof Table t ? checkTable(t)
                    : node instanceof Function f ? checkFunction(f.getMultipartName())
                    : node instanceof AnalyticExpression a ? checkFunction(List.of(a.getName()))
                    : Optional.empty();
            if (refusal.isPresent()) {
                return refusal;
            }
        }
        for (Object node : nodes) {
            if (node instanceof PlainSelect ps && isUnboundedProduct(ps)) {
                return refuse("cross-join", "combine three or more tables with no join condition between"
                        + " them, which can produce billions of rows; join them ON matching columns.");
            }
        }
        return Optional.empty();
    }

    private Optional<GuardVerdict> checkTable(Table table) {
        String schema = Names.fold(table.getSchemaName());
        String name = Names.fold(table.getName());
        if (schema == null) {
            return name != null && name.startsWith("pg_") ? systemCatalog(name) : Optional.empty();
        }
        if (allowedSchemas.contains(schema)) {
            return Optional.empty();
        }
        if (SYSTEM_SCHEMAS.contains(schema) || schema.startsWith("pg_")) {
            return systemCatalog(schema + "." + name);
        }
        return refuse("schema-not-allowed", "read from schema " + schema + ", which questions may not use.");
    }

    private Optional<GuardVerdict> checkFunction(List<String> nameParts) {
        if (nameParts == null || nameParts.isEmpty() || nameParts.get(nameParts.size() - 1) == null) {
            return Optional.empty();
        }
        String name = Names.fold(nameParts.get(nameParts.size() - 1)).toLowerCase(Locale.ROOT);
        Optional<DeniedFunctions.DenySet> denied = DeniedFunctions.match(name);
        if (denied.isPresent()) {
            return refuse("denied-function", DeniedFunctions.reason(name, denied.get()));
        }
        if (nameParts.size() > 1) {
            String schema = Names.fold(nameParts.get(nameParts.size() - 2));
            if (!schema.equals("pg_catalog") && !allowedSchemas.contains(schema)) {
                return refuse("schema-not-allowed", "call a function in schema " + schema
                        + ", which questions may not use.");
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
        if (join.isNatural() || (join.getUsingColumns() != null && !join.getUsingColumns().isEmpty())) {
            return true;
        }
        FromItem item = join.getRightItem();
        if (item instanceof TableFunction tf && !nodesUnder(tf.getFunction(), Column.class::isInstance).isEmpty()) {
            return true;
        }
        if (item instanceof LateralSubSelect lateral && nodesUnder(lateral, Column.class::isInstance).stream()
                .map(c -> ((Column) c).getTable())
                .anyMatch(t -> t != null && earlierItems.contains(Names.fold(t.getName())))) {
            return true;
        }
        Collection<Expression> on = join.getOnExpressions();
        return on != null && on.stream().anyMatch(e -> columnComparisons(e) > 0);
    }

    private static String nameOf(FromItem item) {
        if (item.getAlias() != null && item.getAlias().getName() != null) {
            return Names.fold(item.getAlias().getName());
        }
        return item instanceof Table t ? Names.fold(t.getName()) : "";
    }

    private static int columnComparisons(Expression expression) {
        int count = 0;
        for (Object node : nodesUnder(expression, ComparisonOperator.class::isInstance)) {
            BinaryExpression comparison = (BinaryExpression) node;
            if (!nodesUnder(comparison.getLeftExpression(), Column.class::isInstance).isEmpty()
                    && !nodesUnder(comparison.getRightExpression(), Column.class::isInstance).isEmpty()) {
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
        return name.startsWith("net.sf.jsqlparser.") && !name.startsWith("net.sf.jsqlparser.parser.")
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
        String type = statement.getClass().getSimpleName().toLowerCase(Locale.ROOT).replaceFirst("^parenthesed", "");
        for (String keyword : List.of("insert", "update", "delete", "merge", "upsert", "truncate", "create",
                "alter", "drop", "grant", "commit", "rollback", "savepoint", "set", "reset", "execute",
                "explain", "declare", "comment", "refresh", "lock", "analyze", "purge")) {
            if (type.startsWith(keyword)) {
                return keyword;
            }
        }
        return type.replace("statement", "");
    }

    private static Optional<GuardVerdict> systemCatalog(String name) {
        return refuse("system-catalog", "read " + name
                + ", a system catalog that can hold passwords, settings or other sessions' queries.");
    }

    private static Optional<GuardVerdict> refuse(String rule, String reason) {
        return Optional.of(GuardVerdict.refuse(rule, reason));
    }
}
