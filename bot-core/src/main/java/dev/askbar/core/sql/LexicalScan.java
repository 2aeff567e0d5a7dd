package dev.askbar.core.sql;

import dev.askbar.core.sql.TokenizedSql.Kind;
import dev.askbar.core.sql.TokenizedSql.Token;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Checks made on tokens alone, without a syntax tree.
 *
 * <p>{@link #certain} runs on every statement: what it looks at (statement count, the leading
 * keyword, function names, system names) needs no grammar, so it also covers any corner of the tree
 * the parser might model loosely. {@link #fallback} runs only when JSqlParser cannot parse a
 * statement PostgreSQL might accept; it is deliberately blunt and refuses whatever it cannot place.
 */
final class LexicalScan {

    private static final Set<String> READ_STARTS = Set.of("select", "values", "table");
    private static final Set<String> DATA_CHANGES = Set.of("insert", "update", "delete", "merge");

    private static final Map<String, String> STATEMENT_EFFECTS = Map.ofEntries(
            Map.entry("insert", "change data"), Map.entry("update", "change data"),
            Map.entry("delete", "change data"), Map.entry("merge", "change data"),
            Map.entry("truncate", "change data"), Map.entry("upsert", "change data"),
            Map.entry("copy", "copy data to or from the server"),
            Map.entry("create", "change the database's structure"),
            Map.entry("alter", "change the database's structure"),
            Map.entry("drop", "change the database's structure"),
            Map.entry("comment", "change the database's structure"),
            Map.entry("refresh", "change the database's structure"),
            Map.entry("security", "change the database's structure"),
            Map.entry("grant", "change permissions"), Map.entry("revoke", "change permissions"),
            Map.entry("reassign", "change permissions"),
            Map.entry("begin", "control the transaction"), Map.entry("start", "control the transaction"),
            Map.entry("commit", "control the transaction"), Map.entry("end", "control the transaction"),
            Map.entry("rollback", "control the transaction"), Map.entry("abort", "control the transaction"),
            Map.entry("savepoint", "control the transaction"), Map.entry("release", "control the transaction"),
            Map.entry("set", "change session settings"), Map.entry("reset", "change session settings"),
            Map.entry("discard", "change session settings"), Map.entry("load", "change session settings"),
            Map.entry("listen", "change session settings"), Map.entry("unlisten", "change session settings"),
            Map.entry("notify", "signal other sessions"),
            Map.entry("do", "run procedural code"), Map.entry("call", "run procedural code"),
            Map.entry("execute", "run procedural code"), Map.entry("prepare", "run procedural code"),
            Map.entry("deallocate", "run procedural code"),
            Map.entry("declare", "open a cursor"), Map.entry("fetch", "open a cursor"),
            Map.entry("move", "open a cursor"), Map.entry("close", "open a cursor"),
            Map.entry("explain", "run EXPLAIN, whose ANALYZE form executes the statement"),
            Map.entry("lock", "take locks"),
            Map.entry("vacuum", "run maintenance"), Map.entry("analyze", "run maintenance"),
            Map.entry("analyse", "run maintenance"), Map.entry("cluster", "run maintenance"),
            Map.entry("reindex", "run maintenance"), Map.entry("checkpoint", "run maintenance"));

    /** Words that never belong inside a read query; only used when there is no syntax tree. */
    private static final Set<String> WRITE_WORDS = Set.of("truncate", "create", "alter", "drop", "grant",
            "revoke", "copy", "do", "call", "execute", "prepare", "lock", "vacuum", "analyze", "analyse",
            "begin", "commit", "rollback", "savepoint", "set", "reset", "returning", "notify", "listen");

    /** Words after which "(" opens a group or subquery, not a function's arguments. */
    private static final Set<String> NON_FUNCTION_WORDS = Set.of("in", "exists", "any", "all", "some", "as",
            "from", "join", "lateral", "on", "using", "values", "over", "filter", "within", "select",
            "where", "and", "or", "not", "by", "when", "then", "else", "with", "recursive", "materialized",
            "union", "intersect", "except", "having", "rollup", "cube", "sets", "array", "row", "is",
            "between", "like", "ilike", "case", "distinct", "window", "rows", "range", "groups", "only",
            "limit", "offset", "return", "to");

    private static final Set<String> FROM_ENDS = Set.of("where", "group", "having", "window", "order",
            "limit", "offset", "fetch", "union", "intersect", "except", "for", "into", "select", "returning");

    private final List<Token> tokens;
    private final Set<String> allowedSchemas;

    LexicalScan(List<Token> tokens, Set<String> allowedSchemas) {
        this.tokens = tokens;
        this.allowedSchemas = allowedSchemas;
    }

    Optional<GuardVerdict> certain() {
        return firstPresent(List.of(this::singleStatement, this::balancedParentheses, this::readStatement,
                this::noJdbcEscapes, this::noDeniedFunction, this::noSystemNames,
                this::qualifiedCallsInAllowedSchemas));
    }

    /** Only meaningful after {@link #certain} found nothing: it relies on balanced parentheses. */
    Optional<GuardVerdict> fallback() {
        return firstPresent(List.of(this::noWriteWords, this::relationsInAllowedSchemas));
    }

    /** Tokens of the statement without the trailing semicolons. */
    static List<Token> withoutTrailingSemicolons(List<Token> tokens) {
        int end = tokens.size();
        while (end > 0 && tokens.get(end - 1).isSymbol(';')) {
            end--;
        }
        return tokens.subList(0, end);
    }

    private Optional<GuardVerdict> singleStatement() {
        for (Token t : tokens) {
            if (t.isSymbol(';')) {
                return refuse("single-statement", "run more than one statement; I run exactly one query.");
            }
        }
        return Optional.empty();
    }

    private Optional<GuardVerdict> balancedParentheses() {
        // An unbalanced statement could close a wrapper the runner puts around it.
        int depth = 0;
        for (Token t : tokens) {
            depth += t.isSymbol('(') ? 1 : t.isSymbol(')') ? -1 : 0;
            if (depth < 0) {
                break;
            }
        }
        return depth == 0 ? Optional.empty()
                : refuse("unparseable", "need checks I cannot make: its parentheses do not balance.");
    }

    private Optional<GuardVerdict> readStatement() {
        int i = 0;
        while (i < tokens.size() && tokens.get(i).isSymbol('(')) {
            i++;
        }
        if (i == tokens.size() || tokens.get(i).kind() != Kind.WORD) {
            return refuse("read-only-statement", "run something that is not a read query.");
        }
        String first = tokens.get(i).text();
        if (READ_STARTS.contains(first)) {
            return Optional.empty();
        }
        if (first.equals("with")) {
            String verb = mainVerbAfterWith(i);
            return DATA_CHANGES.contains(verb) ? notARead(verb) : Optional.empty();
        }
        return notARead(first);
    }

    /** The keyword of the statement a WITH clause belongs to: the first verb at the WITH's depth. */
    private String mainVerbAfterWith(int withIndex) {
        int depth = 0;
        for (int i = withIndex + 1; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            depth += t.isSymbol('(') ? 1 : t.isSymbol(')') ? -1 : 0;
            if (depth == 0 && t.kind() == Kind.WORD
                    && (READ_STARTS.contains(t.text()) || DATA_CHANGES.contains(t.text()))) {
                return t.text();
            }
        }
        return "select";
    }

    private static Optional<GuardVerdict> notARead(String keyword) {
        return refuse("read-only-statement", effectOf(keyword));
    }

    /** The end of the refusal sentence for a statement that starts with this keyword. */
    static String effectOf(String keyword) {
        String effect = STATEMENT_EFFECTS.getOrDefault(keyword, "run a statement that is not a read query");
        return effect + " (" + keyword.toUpperCase(Locale.ROOT) + ").";
    }

    private Optional<GuardVerdict> noJdbcEscapes() {
        // The JDBC driver rewrites {fn ...} and {call ...} before the server sees the text.
        for (Token t : tokens) {
            if (t.isSymbol('{') || t.isSymbol('}')) {
                return refuse("jdbc-escape", "use a JDBC escape ({...}), which the driver rewrites unseen.");
            }
        }
        return Optional.empty();
    }

    private Optional<GuardVerdict> noDeniedFunction() {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.isName()) {
                continue;
            }
            String name = t.text().toLowerCase(Locale.ROOT);
            boolean called = i + 1 < tokens.size() && tokens.get(i + 1).isSymbol('(');
            Optional<DeniedFunctions.DenySet> set = called || DeniedFunctions.isExactlyDenied(name)
                    ? DeniedFunctions.match(name) : Optional.empty();
            if (set.isPresent()) {
                return refuse("denied-function", DeniedFunctions.reason(name, set.get()));
            }
        }
        return Optional.empty();
    }

    private Optional<GuardVerdict> noSystemNames() {
        // Unqualified pg_* relations resolve to pg_catalog before the search path, so any pg_* name
        // that is not a function call is treated as a catalog. Quoted names count too.
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.isName()) {
                continue;
            }
            String name = t.text().toLowerCase(Locale.ROOT);
            boolean called = i + 1 < tokens.size() && tokens.get(i + 1).isSymbol('(');
            if (name.equals("information_schema") || (name.startsWith("pg_") && !called
                    && !qualifiesAFunctionCall(i))) {
                return refuse("system-catalog", "read " + name
                        + ", a system catalog that can hold passwords, settings or other sessions' queries.");
            }
        }
        return Optional.empty();
    }

    private boolean qualifiesAFunctionCall(int i) {
        return tokens.get(i).text().equalsIgnoreCase("pg_catalog") && i + 3 < tokens.size()
                && tokens.get(i + 1).isSymbol('.') && tokens.get(i + 2).isName() && tokens.get(i + 3).isSymbol('(');
    }

    private Optional<GuardVerdict> qualifiedCallsInAllowedSchemas() {
        // Functions in other schemas may be SECURITY DEFINER code we know nothing about.
        for (int i = 0; i + 3 < tokens.size(); i++) {
            if (tokens.get(i).isName() && tokens.get(i + 1).isSymbol('.') && tokens.get(i + 2).isName()
                    && tokens.get(i + 3).isSymbol('(')) {
                String schema = tokens.get(i).text();
                if (!schema.equals("pg_catalog") && !allowedSchemas.contains(schema)) {
                    return refuse("schema-not-allowed", "call a function in schema " + schema
                            + ", which questions may not use.");
                }
            }
        }
        return Optional.empty();
    }

    private Optional<GuardVerdict> noWriteWords() {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.kind() != Kind.WORD) {
                continue;
            }
            String next = i + 1 < tokens.size() && tokens.get(i + 1).kind() == Kind.WORD
                    ? tokens.get(i + 1).text() : "";
            if (t.text().equals("for") && Set.of("update", "share", "no", "key").contains(next)) {
                return refuse("locking-clause", "lock rows (FOR " + next.toUpperCase(Locale.ROOT) + ").");
            }
            if (t.text().equals("into")) {
                return refuse("select-into", "create a table from the result (SELECT INTO).");
            }
            if (DATA_CHANGES.contains(t.text())) {
                return refuse("data-modifying-cte", "change data inside a WITH clause ("
                        + t.text().toUpperCase(Locale.ROOT) + ").");
            }
            if (WRITE_WORDS.contains(t.text())) {
                return notARead(t.text());
            }
        }
        return Optional.empty();
    }

    private Optional<GuardVerdict> relationsInAllowedSchemas() {
        Deque<Frame> frames = new ArrayDeque<>();
        frames.push(new Frame(false));
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            Frame frame = frames.peek();
            if (t.isSymbol('(')) {
                Token before = i > 0 ? tokens.get(i - 1) : null;
                boolean call = before != null && before.isName()
                        && !(before.kind() == Kind.WORD && NON_FUNCTION_WORDS.contains(before.text()));
                frames.push(new Frame(call));
                continue;
            }
            if (t.isSymbol(')')) {
                frames.pop();
                continue;
            }
            if (frame.functionArguments || t.kind() != Kind.WORD && !t.isSymbol(',')) {
                continue;
            }
            boolean relationFollows = false;
            if (t.isWord("from") && !(i > 0 && tokens.get(i - 1).isWord("distinct"))) {
                frame.inFrom = true;
                relationFollows = true;
            } else if (t.isWord("join") || (t.isSymbol(',') && frame.inFrom)) {
                relationFollows = frame.inFrom || t.isWord("join");
            } else if (t.kind() == Kind.WORD && FROM_ENDS.contains(t.text())) {
                frame.inFrom = false;
            }
            if (relationFollows) {
                Optional<GuardVerdict> refusal = relationAt(i + 1);
                if (refusal.isPresent()) {
                    return refusal;
                }
            }
        }
        return Optional.empty();
    }

    private Optional<GuardVerdict> relationAt(int start) {
        int i = start;
        while (i < tokens.size() && (tokens.get(i).isWord("lateral") || tokens.get(i).isWord("only"))) {
            i++;
        }
        if (i >= tokens.size() || !tokens.get(i).isName()) {
            return Optional.empty();
        }
        String first = tokens.get(i).text();
        boolean qualified = i + 2 < tokens.size() && tokens.get(i + 1).isSymbol('.') && tokens.get(i + 2).isName();
        if (qualified && !allowedSchemas.contains(first)) {
            return refuse("schema-not-allowed", "read from schema " + first + ", which questions may not use.");
        }
        return Optional.empty();
    }

    private static final class Frame {
        final boolean functionArguments;
        boolean inFrom;

        Frame(boolean functionArguments) {
            this.functionArguments = functionArguments;
        }
    }

    private static Optional<GuardVerdict> refuse(String rule, String reason) {
        return Optional.of(GuardVerdict.refuse(rule, reason));
    }

    private static Optional<GuardVerdict> firstPresent(List<Supplier<Optional<GuardVerdict>>> checks) {
        for (Supplier<Optional<GuardVerdict>> check : checks) {
            Optional<GuardVerdict> refusal = check.get();
            if (refusal.isPresent()) {
                return refusal;
            }
        }
        return Optional.empty();
    }
}
