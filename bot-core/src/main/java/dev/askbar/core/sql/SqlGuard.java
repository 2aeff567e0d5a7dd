package dev.askbar.core.sql;

import dev.askbar.core.sql.TokenizedSql.Token;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import net.sf.jsqlparser.JSQLParserException;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.statement.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Layer 1 of SQL safety: decides whether a statement written by the language model may run.
 *
 * <p>An allowlist, in the manner of jsoup's Safelist: exactly one statement, of a read kind
 * (SELECT, including WITH, UNION, INTERSECT, EXCEPT; VALUES; TABLE), reading only relations in the
 * configured schemas, calling no function from the named sets in {@link DeniedFunctions}. Anything
 * else is refused with the id of the rule that fired:
 *
 * <ul>
 *   <li>{@code empty-statement} - nothing to run;</li>
 *   <li>{@code unparseable} - the text cannot be read with certainty (unterminated literal,
 *       unbalanced parentheses, a Unicode-escaped identifier, an ambiguous backslash);</li>
 *   <li>{@code single-statement} - more than one statement;</li>
 *   <li>{@code read-only-statement} - not a read statement (INSERT, DDL, SET, COPY, DO, CALL, EXPLAIN...);</li>
 *   <li>{@code data-modifying-cte} - INSERT/UPDATE/DELETE/MERGE inside WITH;</li>
 *   <li>{@code select-into} - SELECT ... INTO creates a table;</li>
 *   <li>{@code locking-clause} - FOR UPDATE / NO KEY UPDATE / SHARE / KEY SHARE;</li>
 *   <li>{@code jdbc-escape} - {@code {fn ...}} escapes the JDBC driver would rewrite;</li>
 *   <li>{@code denied-function} - a function from a deny set;</li>
 *   <li>{@code system-catalog} - pg_* relations, pg_catalog, information_schema;</li>
 *   <li>{@code schema-not-allowed} - a relation or function qualified with another schema;</li>
 *   <li>{@code cross-join} - three or more FROM items with no join condition (see {@link SyntaxTreeScan}).</li>
 * </ul>
 *
 * <p>When JSqlParser cannot parse a statement PostgreSQL may accept (COLLATE in an expression,
 * ROWS FROM, SEARCH/CYCLE on a recursive CTE...), a conservative lexical scan decides instead and one
 * warning is logged; it refuses any write, DDL or transaction keyword outside literals (so a SEARCH
 * ... SET clause is refused) and any relation after FROM/JOIN qualified with another schema, and it
 * does not apply the cross-join rule.
 *
 * <p>The READ ONLY transaction, the reader role and the row caps are the other layers; this class
 * refuses early and explains why, it is not the only wall.
 */
public final class SqlGuard {

    private static final Logger LOG = LoggerFactory.getLogger(SqlGuard.class);

    /** JSqlParser backtracks; a crafted statement must not hold a question for long. */
    private static final long PARSE_TIMEOUT_MS = 2_000;

    /**
     * JSqlParser parses on an executor to enforce its timeout; its default creates a non-daemon
     * thread per call, so the guard brings its own, daemon, shared by all guards.
     */
    private static final ExecutorService PARSER_THREADS = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "sql-guard-parser");
        thread.setDaemon(true);
        return thread;
    });

    private final Set<String> allowedSchemas;
    private final SyntaxTreeScan treeScan;

    /** @param allowedSchemas schemas questions may read, as PostgreSQL names them (e.g. "public") */
    public SqlGuard(Set<String> allowedSchemas) {
        Objects.requireNonNull(allowedSchemas, "allowedSchemas");
        this.allowedSchemas = allowedSchemas.stream().map(SqlGuard::asSchemaName).collect(Collectors.toUnmodifiableSet());
        this.treeScan = new SyntaxTreeScan(this.allowedSchemas);
    }

    public GuardVerdict check(String sql) {
        if (sql == null || sql.isBlank()) {
            return GuardVerdict.refuse("empty-statement", "be empty; there is nothing to run.");
        }
        TokenizedSql text = TokenizedSql.of(sql);
        if (text.problem().isPresent()) {
            return GuardVerdict.refuse("unparseable", "need checks I cannot make: it contains "
                    + text.problem().get() + ".");
        }
        List<Token> tokens = LexicalScan.withoutTrailingSemicolons(text.tokens());
        if (tokens.isEmpty()) {
            return GuardVerdict.refuse("empty-statement", "be empty; there is nothing to run.");
        }
        LexicalScan lexical = new LexicalScan(tokens, allowedSchemas);
        Optional<GuardVerdict> refusal = lexical.certain();
        if (refusal.isPresent()) {
            return refusal.get();
        }
        String runnable = sql.substring(tokens.get(0).start(), tokens.get(tokens.size() - 1).end());
        // Parse only the text up to the last token, so a trailing ";" or comment is not its concern.
        String sanitised = TokenizedSql.of(runnable).sanitised();
        Statement statement;
        try {
            statement = CCJSqlParserUtil.parse(sanitised, PARSER_THREADS, parser -> parser.withTimeOut(PARSE_TIMEOUT_MS));
        } catch (JSQLParserException | RuntimeException e) {
            return afterParseFailure(lexical, runnable, e);
        }
        return treeScan.check(statement).orElseGet(() -> GuardVerdict.allow(runnable));
    }

    private GuardVerdict afterParseFailure(LexicalScan lexical, String runnable, Exception e) {
        GuardVerdict verdict = lexical.fallback().orElseGet(() -> GuardVerdict.allow(runnable));
        LOG.warn("SQL guard: JSqlParser could not parse a statement ({}); lexical scan {}: {}",
                firstLine(e.getMessage()), verdict.allowed() ? "allowed it" : "refused it, rule " + verdict.rule(),
                abbreviate(runnable));
        return verdict;
    }

    private static String asSchemaName(String configured) {
        String name = Objects.requireNonNull(configured, "schema name").strip();
        return name.startsWith("\"") ? Names.fold(name) : name.toLowerCase(Locale.ROOT);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no detail";
        }
        String line = message.strip().lines().findFirst().orElse("");
        return line.length() > 160 ? line.substring(0, 160) + "..." : line;
    }

    private static String abbreviate(String sql) {
        String flat = sql.replaceAll("\\s+", " ");
        return flat.length() > 200 ? flat.substring(0, 200) + "..." : flat;
    }
}
