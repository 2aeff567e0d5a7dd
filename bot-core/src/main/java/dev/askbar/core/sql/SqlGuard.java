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
import java.util.stream.Stream;
import net.sf.jsqlparser.JSQLParserException;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.statement.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Layer 1 of SQL safety: decides whether a statement written by the language model may run, and if so hands
 * out the {@link GuardedSql} that {@link SqlRunner} requires.
 *
 * <p>An allowlist, in the manner of jsoup's Safelist: exactly one statement, of a read kind (SELECT, including
 * WITH, UNION, INTERSECT, EXCEPT; VALUES; TABLE), where every relation, function, type and collation it names
 * lies in the configured schemas (built-in functions and types of pg_catalog aside), calling no function from
 * the named sets in {@link DeniedFunctions} and looking nothing up in the catalogs indirectly (regclass and
 * the other object-identifier types, to_regclass, has_*_privilege, pg_get_*def, version()...). The rules,
 * with their ids and sentences, are {@link GuardRule}.
 *
 * <p>Two scans share those rules. {@link LexicalScan} reads PostgreSQL's own tokens and needs no grammar;
 * {@link SyntaxTreeScan} reads JSqlParser's tree of {@link ParserText} (the statement with TABLE, COLLATE and
 * BETWEEN SYMMETRIC put in forms JSqlParser can read) and refuses unless the tree accounts for every SELECT
 * and every dotted name in the text. A statement JSqlParser cannot parse at all is refused: a guard that
 * cannot resolve a statement must not guess (a repair round usually rewrites it plainly).
 *
 * <p>The READ ONLY transaction, the search path limited to the allowed schemas, the plan check, the reader
 * role and the caps are the other layers ({@link SqlRunner}); this class refuses early and explains why, it
 * is not the only wall.
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
        this.allowedSchemas =
                allowedSchemas.stream().flatMap(SqlGuard::asSchemaNames).collect(Collectors.toUnmodifiableSet());
        this.treeScan = new SyntaxTreeScan(this.allowedSchemas);
    }

    public GuardVerdict check(String sql) {
        if (sql == null || sql.isBlank()) {
            return GuardRule.EMPTY_STATEMENT.refuse();
        }
        TokenizedSql text = TokenizedSql.of(sql);
        if (text.problem().isPresent()) {
            return GuardRule.UNPARSEABLE.refuse("it contains " + text.problem().get());
        }
        List<Token> tokens = LexicalScan.withoutTrailingSemicolons(text.tokens());
        if (tokens.isEmpty()) {
            return GuardRule.EMPTY_STATEMENT.refuse();
        }
        Optional<GuardVerdict> refusal = new LexicalScan(tokens, allowedSchemas).check();
        if (refusal.isPresent()) {
            return refusal.get();
        }
        // The statement runs from its first token to its last, so a trailing ";" or comment is not its concern.
        String runnable = sql.substring(
                tokens.get(0).start(), tokens.get(tokens.size() - 1).end());
        ParserText parserText = ParserText.of(text.sanitised(), tokens);
        refusal = collationsInAllowedSchemas(parserText);
        if (refusal.isPresent()) {
            return refusal.get();
        }
        Statement statement;
        try {
            statement = CCJSqlParserUtil.parse(
                    parserText.text(), PARSER_THREADS, parser -> parser.withTimeOut(PARSE_TIMEOUT_MS));
        } catch (JSQLParserException | RuntimeException e) {
            LOG.warn(
                    "SQL guard: refused a statement JSqlParser could not parse ({}): {}",
                    firstLine(e.getMessage()),
                    abbreviate(runnable));
            return GuardRule.UNPARSEABLE.refuse("it uses syntax I cannot read with certainty (such as ROWS FROM,"
                    + " a subquery in LIMIT or XML functions); write it more plainly");
        }
        return treeScan.check(statement, parserText)
                .orElseGet(() -> GuardVerdict.allow(new GuardedSql(runnable, allowedSchemas)));
    }

    private Optional<GuardVerdict> collationsInAllowedSchemas(ParserText text) {
        for (ParserText.Chain collation : text.collations()) {
            List<String> parts = collation.parts();
            if (parts.size() > 1) {
                String schema = parts.get(parts.size() - 2);
                if (!schema.equals("pg_catalog") && !allowedSchemas.contains(schema)) {
                    return Optional.of(
                            GuardRule.SCHEMA_NOT_ALLOWED.refuse("collation " + parts.get(parts.size() - 1), schema));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A configured schema as PostgreSQL may name it: {@code Sales} is the schema created as {@code sales} (a query
     * writes it unquoted) or the one created as {@code "Sales"} (the prompt writes it quoted); the catalog reads
     * whichever exists, so the guard allows both spellings, and so does the data role check ({@link DataRoleCheck}).
     */
    static Stream<String> asSchemaNames(String configured) {
        String name = Objects.requireNonNull(configured, "schema name").strip();
        if (name.startsWith("\"")) {
            return Stream.of(Identifiers.fold(name));
        }
        return Stream.of(name, name.toLowerCase(Locale.ROOT)).distinct();
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
