package dev.askbar.core.schema;

import dev.askbar.core.llm.PromptTokens;
import dev.askbar.core.sql.Identifiers;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * The tables a prompt has no room to describe, by name only. On a big schema the words of a question miss tables no
 * rule can guess (the payments of {@code llx_paiement}, the grades of {@code mdl_grade_grades}): a model that sees
 * the name can ask for the table's columns, where a table left out is one it cannot know of. The names are written one
 * line per schema, the schema's name once: over the linking benchmark's prompts a name is 15 characters without it
 * and 24 with it, a brief line 92 (medians), so a fifth of the budget names several times the tables it would
 * describe.
 */
public final class OtherTables {
    /** The budget's share the names take, when that many tables are left out. */
    static final int SHARE = 5;

    /** The word a reply starts with to ask for tables named here. */
    private static final String ASK = "NEED";

    private static final String HEAD = "Other tables, names only (to see the columns of those you need, reply " + ASK
            + " and their names, e.g. " + ASK + " %s):";

    private static final int HEAD_TOKENS = PromptTokens.count(HEAD);

    /** A name as a reply may write it, quoted or not. */
    private static final Pattern NAME = Pattern.compile("\"(?:[^\"]|\"\")+\"|[A-Za-z_][A-Za-z0-9_$]*");

    private OtherTables() {}

    /** Whether a model's reply asks to see tables, as the names' head line tells it to. */
    public static boolean asksToSee(String reply) {
        return reply.strip().startsWith(ASK);
    }

    /**
     * The tables a {@code NEED} reply asks to see that the prompt does not show whole, as many as {@code maxChars} of
     * their whole lines hold: those it names in full or nearly ({@link QueryTables}), and the listed ones it writes as
     * the list does.
     */
    public static List<TableInfo> askedToSee(String reply, LinkedSchema linked, SchemaSnapshot schema, int maxChars) {
        return QueryTables.notShownWhole(linked.text(), reply, askedFor(reply, linked), schema, maxChars);
    }

    /**
     * The named tables a reply asks for, written as the names list writes them (without their schema) or in full.
     * Only {@code linked.named()} is searched: the reply is the model's, and names nothing else this way.
     */
    static List<TableInfo> askedFor(String reply, LinkedSchema linked) {
        Set<String> words = new HashSet<>();
        Matcher m = NAME.matcher(reply);
        while (m.find()) {
            words.add(Identifiers.fold(m.group()));
        }
        return linked.named().stream().filter(t -> words.contains(t.name())).toList();
    }

    /** Tokens that naming the tables {@code order} yields that are not shown takes, up to {@code most}. */
    static int cost(Iterator<TableInfo> order, Predicate<TableInfo> shown, int most) {
        // the head, which repeats one name as its example
        int tokens = HEAD_TOKENS + 10;
        Set<String> schemas = new HashSet<>();
        while (order.hasNext() && tokens < most) {
            TableInfo t = order.next();
            if (!shown.test(t)) {
                tokens += cost(t, schemas.add(t.schema()));
            }
        }
        return Math.min(most, tokens);
    }

    /**
     * A name's tokens in its schema's line, with what comes before it: {@code ", name"}, or the line's start when it is
     * the schema's first ({@code "\nsales: name"}). The encoding splits text at punctuation and before a space and a
     * word, so each piece counts the same alone as in the line.
     */
    private static int cost(TableInfo t, boolean firstOfSchema) {
        String name = SchemaPrompt.sqlName(t.name());
        return PromptTokens.count(firstOfSchema ? "\n" + SchemaPrompt.sqlName(t.schema()) + ": " + name : ", " + name);
    }

    /**
     * The prompt with the names of the tables {@code order} yields that it does not describe, as many as fit in
     * {@code room} tokens.
     */
    static LinkedSchema append(LinkedSchema described, Iterator<TableInfo> order, int room) {
        Set<TableInfo> listed = new HashSet<>(described.tables());
        List<TableInfo> named = new ArrayList<>();
        Set<String> schemas = new HashSet<>();
        int tokens = 0;
        while (order.hasNext()) {
            TableInfo t = order.next();
            if (!listed.add(t)) {
                continue;
            }
            boolean first = !schemas.contains(t.schema());
            // the head and its example name come with the first
            int cost = cost(t, first)
                    + (named.isEmpty() ? PromptTokens.count("\n" + HEAD.formatted(SchemaPrompt.qualifiedName(t))) : 0);
            if (tokens + cost > room) {
                break;
            }
            tokens += cost;
            named.add(t);
            schemas.add(t.schema());
        }
        // the pieces were counted apart; the text is counted whole, and is never over
        while (!named.isEmpty()
                && PromptTokens.count(described.text() + "\n" + names(named)) > described.estimatedTokens() + room) {
            named.remove(named.size() - 1);
        }
        if (named.isEmpty()) {
            return described;
        }
        String text = described.text() + "\n" + names(named);
        return new LinkedSchema(described.tables(), text, PromptTokens.count(text), false, named);
    }

    /**
     * The prompt once the model has asked to see these tables: their whole lines in place of their brief ones, or
     * after the lines when it had only their names, and the names without them.
     */
    public static LinkedSchema describing(LinkedSchema linked, List<TableInfo> asked) {
        // the names are the text's last lines, written from linked.named(): they are cut off by their length
        String text = linked.text();
        String described = linked.named().isEmpty()
                ? text
                : text.substring(0, text.length() - names(linked.named()).length() - 1);
        List<String> lines = new ArrayList<>(described.lines().toList());
        for (TableInfo t : asked) {
            String whole = SchemaPrompt.line(t);
            OptionalInt at = IntStream.range(0, lines.size())
                    .filter(i -> SchemaPrompt.isLineOf(lines.get(i), t))
                    .findFirst();
            if (at.isPresent()) {
                lines.set(at.getAsInt(), whole);
            } else {
                lines.add(whole);
            }
        }
        Set<TableInfo> tables = new LinkedHashSet<>(linked.tables());
        tables.addAll(asked);
        List<TableInfo> named = new ArrayList<>(linked.named());
        named.removeAll(asked);
        String out = String.join("\n", lines) + (named.isEmpty() ? "" : "\n" + names(named));
        return new LinkedSchema(new ArrayList<>(tables), out, PromptTokens.count(out), linked.whole(), named);
    }

    /** One line per schema, in the order its first table comes: a schema's name once, not before every table. */
    private static String names(List<TableInfo> named) {
        Map<String, List<String>> bySchema = new LinkedHashMap<>();
        for (TableInfo t : named) {
            bySchema.computeIfAbsent(t.schema(), x -> new ArrayList<>()).add(SchemaPrompt.sqlName(t.name()));
        }
        StringBuilder out = new StringBuilder(HEAD.formatted(SchemaPrompt.qualifiedName(named.get(0))));
        bySchema.forEach((schema, names) -> out.append('\n')
                .append(SchemaPrompt.sqlName(schema))
                .append(": ")
                .append(String.join(", ", names)));
        return out.toString();
    }
}
