package dev.askbar.core.sql;

import java.util.Locale;

/**
 * Every rule {@link SqlGuard} enforces, with its stable id (for logs, metrics and the audit) and the sentence
 * that finishes "I can only read data; that query would ...". Both scans, the token scan and the syntax-tree
 * scan, refuse through these constants, so a rule is named and worded once.
 *
 * <p>Adding a rule: add a constant here, then the check in {@link LexicalScan} (when tokens suffice) or in
 * {@link SyntaxTreeScan} (when it needs the statement's structure), and a case in {@code SqlGuardTest}.
 */
enum GuardRule {
    EMPTY_STATEMENT("empty-statement", "be empty; there is nothing to run."),
    UNPARSEABLE("unparseable", "need checks I cannot make: %s."),
    SINGLE_STATEMENT("single-statement", "run more than one statement; I run exactly one query."),
    READ_ONLY_STATEMENT("read-only-statement", "%s (%s)."),
    DATA_MODIFYING_CTE("data-modifying-cte", "change data inside a WITH clause (%s)."),
    SELECT_INTO("select-into", "create a table from the result (SELECT INTO)."),
    LOCKING_CLAUSE("locking-clause", "lock rows (FOR %s)."),
    JDBC_ESCAPE("jdbc-escape", "use a JDBC escape ({...}), which the driver rewrites unseen."),
    DENIED_FUNCTION("denied-function", "call %s(), which I refuse (%s): %s"),
    CATALOG_LOOKUP(
            "catalog-lookup",
            "look up database objects by name or number (%s), which tells what exists"
                    + " outside the schemas questions may use."),
    SYSTEM_CATALOG(
            "system-catalog",
            "read %s, a system catalog that can hold passwords, settings or other" + " sessions' queries."),
    SCHEMA_NOT_ALLOWED("schema-not-allowed", "use %s from schema %s, which questions may not use."),
    EXPLICIT_OPERATOR(
            "explicit-operator",
            "name an operator with OPERATOR(...), which can call code in any"
                    + " schema; write the plain operator instead."),
    UNRESOLVED_NAME(
            "unresolved-name",
            "use %s where I cannot tell what it names, so I cannot check which schema"
                    + " it reaches; write that part more plainly."),
    CROSS_JOIN(
            "cross-join",
            "combine three or more tables with no join condition between them, which can"
                    + " produce billions of rows; join them ON matching columns.");

    private final String id;
    private final String sentence;

    GuardRule(String id, String sentence) {
        this.id = id;
        this.sentence = sentence;
    }

    String id() {
        return id;
    }

    /** The end of the refusal sentence, with this case's details filled in. */
    String reason(Object... details) {
        return String.format(Locale.ROOT, sentence, details);
    }

    GuardVerdict refuse(Object... details) {
        return GuardVerdict.refuse(this, reason(details));
    }

    @Override
    public String toString() {
        return id;
    }
}
