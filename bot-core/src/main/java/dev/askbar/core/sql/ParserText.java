package dev.askbar.core.sql;

import dev.askbar.core.sql.TokenizedSql.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * The text JSqlParser reads, rewritten where its grammar falls short of PostgreSQL's without changing what the
 * statement can reach: {@code TABLE x} becomes {@code SELECT * FROM x} (it means exactly that; JSqlParser 5.3
 * cannot parse it in a subquery, a CTE or after UNION), {@code COLLATE name} is dropped after its name has been
 * checked, and so is BETWEEN's SYMMETRIC. Only the checks read this text; the statement runs as written.
 *
 * <p>It also tells {@link SyntaxTreeScan} what the tree must hold: how many SELECTs, and every dotted name
 * (other than collations) with the tokens it came from, so that a part of the statement the parser skipped
 * or modelled loosely is noticed and refused instead of passing unchecked.
 */
final class ParserText {

    /** A dotted name as PostgreSQL folds it, e.g. [other, salary], and the tokens it spans. */
    record Chain(List<String> parts, int firstToken, int lastToken) {
        String written() {
            return String.join(".", parts);
        }
    }

    private final String text;
    private final int selects;
    private final List<Chain> chains;
    private final List<Chain> collations;

    private ParserText(String text, int selects, List<Chain> chains, List<Chain> collations) {
        this.text = text;
        this.selects = selects;
        this.chains = chains;
        this.collations = collations;
    }

    static ParserText of(String sanitised, List<Token> tokens) {
        StringBuilder text = new StringBuilder();
        int selects = 0;
        List<Chain> chains = new ArrayList<>();
        List<Chain> collations = new ArrayList<>();
        int copied = tokens.get(0).cleanStart();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.isWord("select")) {
                selects++;
            }
            String replacement = null;
            int last = i;
            if (t.isWord("table")) {
                // In a statement that passed the token checks, TABLE can only be the TABLE shorthand.
                replacement = "SELECT * FROM";
                selects++;
            } else if (t.isWord("collate")) {
                Chain name = chainAt(tokens, i + 1);
                if (name != null) {
                    collations.add(name);
                    last = name.lastToken();
                    replacement = " ";
                }
            } else if ((t.isWord("symmetric") || t.isWord("asymmetric"))
                    && i > 0
                    && tokens.get(i - 1).isWord("between")) {
                replacement = " ";
            }
            if (replacement != null) {
                text.append(sanitised, copied, t.cleanStart()).append(replacement);
                copied = tokens.get(last).cleanEnd();
                i = last;
                continue;
            }
            Chain chain = t.isName() && !(i > 0 && tokens.get(i - 1).isSymbol('.')) ? chainAt(tokens, i) : null;
            if (chain != null && chain.parts().size() > 1) {
                chains.add(chain);
                text.append(sanitised, copied, tokens.get(chain.lastToken()).cleanEnd());
                copied = tokens.get(chain.lastToken()).cleanEnd();
                i = chain.lastToken();
            }
        }
        text.append(sanitised, copied, tokens.get(tokens.size() - 1).cleanEnd());
        return new ParserText(text.toString(), selects, List.copyOf(chains), List.copyOf(collations));
    }

    /** The dotted name starting at token {@code i}: name ( . name )*, or null when there is no name there. */
    static Chain chainAt(List<Token> tokens, int i) {
        if (i >= tokens.size() || !tokens.get(i).isName()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        parts.add(tokens.get(i).text());
        int last = i;
        while (last + 2 < tokens.size()
                && tokens.get(last + 1).isSymbol('.')
                && tokens.get(last + 2).isName()) {
            parts.add(tokens.get(last + 2).text());
            last += 2;
        }
        return new Chain(List.copyOf(parts), i, last);
    }

    String text() {
        return text;
    }

    /** SELECT keywords in the statement, TABLE shorthands included: the tree must hold as many selects. */
    int selects() {
        return selects;
    }

    List<Chain> chains() {
        return chains;
    }

    List<Chain> collations() {
        return collations;
    }
}
