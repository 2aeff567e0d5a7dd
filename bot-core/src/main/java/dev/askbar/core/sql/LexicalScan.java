package dev.askbar.core.sql;

import dev.askbar.core.sql.ParserText.Chain;
import dev.askbar.core.sql.TokenizedSql.Kind;
import dev.askbar.core.sql.TokenizedSql.Token;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Checks made on tokens alone, before any parser: what they look at (statement count, the leading keyword,
 * function and type names, system names, schema-qualified calls and types) needs no grammar, so they hold
 * even in a corner of the statement the parser might model loosely. {@link SyntaxTreeScan} makes the checks
 * that need structure, and refuses whatever the parser could not account for.
 */
final class LexicalScan {

    private static final Set<String> READ_STARTS = Set.of("select", "values", "table");
    private static final Set<String> DATA_CHANGES = Set.of("insert", "update", "delete", "merge");

    private static final Map<String, String> STATEMENT_EFFECTS = Map.ofEntries(
            Map.entry("insert", "change data"),
            Map.entry("update", "change data"),
            Map.entry("delete", "change data"),
            Map.entry("merge", "change data"),
            Map.entry("truncate", "change data"),
            Map.entry("upsert", "change data"),
            Map.entry("copy", "copy data to or from the server"),
            Map.entry("create", "change the database's structure"),
            Map.entry("alter", "change the database's structure"),
            Map.entry("drop", "change the database's structure"),
            Map.entry("comment", "change the database's structure"),
            Map.entry("refresh", "change the database's structure"),
            Map.entry("security", "change the database's structure"),
            Map.entry("grant", "change permissions"),
            Map.entry("revoke", "change permissions"),
            Map.entry("reassign", "change permissions"),
            Map.entry("begin", "control the transaction"),
            Map.entry("start", "control the transaction"),
            Map.entry("commit", "control the transaction"),
            Map.entry("end", "control the transaction"),
            Map.entry("rollback", "control the transaction"),
            Map.entry("abort", "control the transaction"),
            Map.entry("savepoint", "control the transaction"),
            Map.entry("release", "control the transaction"),
            Map.entry("set", "change session settings"),
            Map.entry("reset", "change session settings"),
            Map.entry("discard", "change session settings"),
            Map.entry("load", "change session settings"),
            Map.entry("listen", "change session settings"),
            Map.entry("unlisten", "change session settings"),
            Map.entry("notify", "signal other sessions"),
            Map.entry("do", "run procedural code"),
            Map.entry("call", "run procedural code"),
            Map.entry("execute", "run procedural code"),
            Map.entry("prepare", "run procedural code"),
            Map.entry("deallocate", "run procedural code"),
            Map.entry("declare", "open a cursor"),
            Map.entry("fetch", "open a cursor"),
            Map.entry("move", "open a cursor"),
            Map.entry("close", "open a cursor"),
            Map.entry("explain", "run EXPLAIN, whose ANALYZE form executes the statement"),
            Map.entry("lock", "take locks"),
            Map.entry("vacuum", "run maintenance"),
            Map.entry("analyze", "run maintenance"),
            Map.entry("analyse", "run maintenance"),
            Map.entry("cluster", "run maintenance"),
            Map.entry("reindex", "run maintenance"),
            Map.entry("checkpoint", "run maintenance"));

    private final List<Token> tokens;
    private final Set<String> allowedSchemas;

    LexicalScan(List<Token> tokens, Set<String> allowedSchemas) {
        this.tokens = tokens;
        this.allowedSchemas = allowedSchemas;
    }

    Optional<GuardVerdict> check() {
        return firstPresent(List.of(
                this::singleStatement,
                this::balancedParentheses,
                this::readStatement,
                this::noJdbcEscapes,
                this::noDeniedFunction,
                this::noCatalogTypes,
                this::noSystemNames,
                this::noExplicitOperator,
                this::qualifiedNamesInAllowedSchemas,
                this::noInto));
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
                return Optional.of(GuardRule.SINGLE_STATEMENT.refuse());
            }
        }
        return Optional.empty();
    }

    private Optional<GuardVerdict> balancedParentheses() {
        // An unbalanced statement could close the wrapper the runner puts around it.
        int depth = 0;
        for (Token t : tokens) {
            depth += t.isSymbol('(') ? 1 : t.isSymbol(')') ? -1 : 0;
            if (depth < 0) {
                break;
            }
        }
        return depth == 0
                ? Optional.empty()
                : Optional.of(GuardRule.UNPARSEABLE.refuse("its parentheses do not balance"));
    }

    private Optional<GuardVerdict> readStatement() {
        int i = 0;
        while (i < tokens.size() && tokens.get(i).isSymbol('(')) {
            i++;
        }
        if (i == tokens.size() || tokens.get(i).kind() != Kind.WORD) {
            return Optional.of(
                    notARead(i == tokens.size() ? "()" : tokens.get(i).text()));
        }
        String first = tokens.get(i).text();
        if (READ_STARTS.contains(first)) {
            return Optional.empty();
        }
        if (first.equals("with")) {
            String verb = mainVerbAfterWith(i);
            return DATA_CHANGES.contains(verb) ? Optional.of(notARead(verb)) : Optional.empty();
        }
        return Optional.of(notARead(first));
    }

    /** The keyword of the statement a WITH clause belongs to: the first verb at the WITH's depth. */
    private String mainVerbAfterWith(int withIndex) {
        int depth = 0;
        for (int i = withIndex + 1; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            depth += t.isSymbol('(') ? 1 : t.isSymbol(')') ? -1 : 0;
            if (depth == 0
                    && t.kind() == Kind.WORD
                    && (READ_STARTS.contains(t.text()) || DATA_CHANGES.contains(t.text()))) {
                return t.text();
            }
        }
        return "select";
    }

    /** The refusal of a statement that starts with this keyword. */
    static GuardVerdict notARead(String keyword) {
        return GuardRule.READ_ONLY_STATEMENT.refuse(
                STATEMENT_EFFECTS.getOrDefault(keyword, "run a statement that is not a read query"),
                keyword.toUpperCase(Locale.ROOT));
    }

    private Optional<GuardVerdict> noJdbcEscapes() {
        // The JDBC driver rewrites {fn ...} and {call ...} before the server sees the text.
        for (Token t : tokens) {
            if (t.isSymbol('{') || t.isSymbol('}')) {
                return Optional.of(GuardRule.JDBC_ESCAPE.refuse());
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
            if (called(i) || DeniedFunctions.isExactlyDenied(name)) {
                Optional<GuardVerdict> refusal = DeniedFunctions.refusal(name);
                if (refusal.isPresent()) {
                    return refusal;
                }
            }
        }
        return Optional.empty();
    }

    private Optional<GuardVerdict> noCatalogTypes() {
        // Wherever the name stands (::regclass, CAST(... AS regclass), regclass '...', regclass[]), it is a type.
        for (Token t : tokens) {
            if (t.isName() && DeniedFunctions.CATALOG_TYPES.contains(t.text().toLowerCase(Locale.ROOT))) {
                return Optional.of(GuardRule.CATALOG_LOOKUP.refuse(t.text().toLowerCase(Locale.ROOT)));
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
            boolean collation = i > 0 && tokens.get(i - 1).isWord("collate");
            if (name.equals("information_schema")
                    || (name.startsWith("pg_")
                            && !called(i)
                            && !qualifiesAFunctionCall(i)
                            && !(collation && name.equals("pg_catalog")))) {
                return Optional.of(GuardRule.SYSTEM_CATALOG.refuse(name));
            }
        }
        return Optional.empty();
    }

    private boolean called(int i) {
        return i + 1 < tokens.size() && tokens.get(i + 1).isSymbol('(');
    }

    private boolean qualifiesAFunctionCall(int i) {
        return tokens.get(i).text().equalsIgnoreCase("pg_catalog")
                && i + 3 < tokens.size()
                && tokens.get(i + 1).isSymbol('.')
                && tokens.get(i + 2).isName()
                && called(i + 2);
    }

    private Optional<GuardVerdict> noExplicitOperator() {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).isWord("operator") && called(i)) {
                return Optional.of(GuardRule.EXPLICIT_OPERATOR.refuse());
            }
        }
        return Optional.empty();
    }

    /**
     * A dotted name that is certainly a function or a type names its schema in the part before the last:
     * {@code other.f(...)}, {@code x::other.t}, {@code CAST(x AS other.t)}, {@code other.t 'literal'}. That schema
     * must be allowed (pg_catalog is, for built-in functions and types). Relations are the tree's to check.
     */
    private Optional<GuardVerdict> qualifiedNamesInAllowedSchemas() {
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.get(i).isName() || (i > 0 && tokens.get(i - 1).isSymbol('.'))) {
                continue;
            }
            Chain chain = ParserText.chainAt(tokens, i);
            int last = chain.lastToken();
            i = last;
            if (chain.parts().size() < 2) {
                continue;
            }
            Token before = chain.firstToken() > 0 ? tokens.get(chain.firstToken() - 1) : null;
            Token after = last + 1 < tokens.size() ? tokens.get(last + 1) : null;
            String what = after != null && after.isSymbol('(')
                    ? "function"
                    : before != null && (before.text().equals("::") || before.isWord("as"))
                            ? "type"
                            : after != null && after.kind() == Kind.STRING ? "type" : null;
            if (what == null) {
                continue;
            }
            List<String> parts = chain.parts();
            String schema = parts.get(parts.size() - 2);
            if (!schema.equals("pg_catalog") && !allowedSchemas.contains(schema)) {
                return Optional.of(
                        GuardRule.SCHEMA_NOT_ALLOWED.refuse(what + " " + parts.get(parts.size() - 1), schema));
            }
        }
        return Optional.empty();
    }

    /**
     * INTO belongs to writes (INSERT INTO, MERGE INTO inside a WITH) or to SELECT INTO, never to a read; said
     * here, the refusal names the rule even where the parser cannot read the rest.
     */
    private Optional<GuardVerdict> noInto() {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).isWord("into")) {
                String before = i > 0 && tokens.get(i - 1).kind() == Kind.WORD
                        ? tokens.get(i - 1).text()
                        : "";
                return Optional.of(
                        DATA_CHANGES.contains(before)
                                ? GuardRule.DATA_MODIFYING_CTE.refuse(before.toUpperCase(Locale.ROOT))
                                : GuardRule.SELECT_INTO.refuse());
            }
        }
        return Optional.empty();
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
