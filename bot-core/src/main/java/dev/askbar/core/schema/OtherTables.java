package dev.askbar.core.schema;

import dev.askbar.core.llm.PromptTokens;
import dev.askbar.core.sql.Identifiers;
import java.util.ArrayList;
import java.util.HashMap;
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
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

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

    /** Names sharing a first word that are written once under it, at least. */
    private static final int GROUP = 3;

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
     * The tables a reply asks for that it writes without their schema, as the names list and the lines write them: a
     * name of the list (or its rest, after a first word the list wrote once), or a table the prompt showed in brief.
     * Only the prompt's tables are searched: the reply is the model's, and names nothing else this way.
     */
    static List<TableInfo> askedFor(String reply, LinkedSchema linked) {
        Set<String> words = new HashSet<>();
        Matcher m = NAME.matcher(reply);
        while (m.find()) {
            words.add(Identifiers.fold(m.group()));
        }
        // a name the list wrote in its first word's braces may come back as its rest alone
        Set<TableInfo> byRest = new HashSet<>();
        Map<String, Map<String, TableInfo>> bySchema = new LinkedHashMap<>();
        for (TableInfo t : linked.named()) {
            bySchema.computeIfAbsent(t.schema(), x -> new LinkedHashMap<>()).put(SchemaPrompt.sqlName(t.name()), t);
        }
        for (Map<String, TableInfo> byName : bySchema.values()) {
            for (Map.Entry<String, List<String>> g : grouped(List.copyOf(byName.keySet()))) {
                String prefix = g.getKey();
                for (String name : g.getValue()) {
                    if (!prefix.isEmpty() && words.contains(name.substring(prefix.length()))) {
                        byRest.add(byName.get(name));
                    }
                }
            }
        }
        // the lines' tables and the listed ones never overlap: a table is described or named, not both
        return Stream.concat(linked.tables().stream(), linked.named().stream())
                .filter(t -> words.contains(t.name()) || byRest.contains(t))
                .toList();
    }

    /** Tokens that naming the tables {@code order} yields that are not shown takes, up to {@code most}. */
    static int cost(Iterator<TableInfo> order, Predicate<TableInfo> shown, int most) {
        // the head, which repeats one name as its example
        int tokens = HEAD_TOKENS + 10;
        Tally tally = new Tally();
        while (order.hasNext() && tokens < most) {
            TableInfo t = order.next();
            if (!shown.test(t)) {
                tokens += tally.add(t);
            }
        }
        return Math.min(most, tokens);
    }

    /**
     * What each name adds to the lines as they grow: {@code ", name"}, the line's start for a schema's first
     * ({@code "\nsales: name"}), and only its rest once two names of the schema before it share its first word, as
     * the third and later are written in that word's braces. The encoding splits text at punctuation and before a
     * space and a word, so each piece counts nearly the same alone as in the line; the whole text is counted after.
     */
    private static final class Tally {
        private final Map<String, Integer> prefixes = new HashMap<>();
        private final Set<String> schemas = new HashSet<>();

        int add(TableInfo t) {
            String name = SchemaPrompt.sqlName(t.name());
            String prefix = prefixOf(name);
            if (schemas.add(t.schema())) {
                prefixes.merge(t.schema() + "." + prefix, 1, Integer::sum);
                return PromptTokens.count("\n" + SchemaPrompt.sqlName(t.schema()) + ": " + name);
            }
            int before = prefix.isEmpty() ? 0 : prefixes.merge(t.schema() + "." + prefix, 1, Integer::sum) - 1;
            if (before < GROUP - 1) {
                return PromptTokens.count(", " + name);
            }
            return PromptTokens.count(", " + name.substring(prefix.length()));
        }
    }

    /**
     * The prompt with the names of the tables {@code order} yields that it does not describe, as many as fit in
     * {@code room} tokens.
     */
    static LinkedSchema append(LinkedSchema described, Iterator<TableInfo> order, int room) {
        Set<TableInfo> listed = new HashSet<>(described.tables());
        List<TableInfo> named = new ArrayList<>();
        Tally tally = new Tally();
        int tokens = 0;
        while (order.hasNext()) {
            TableInfo t = order.next();
            if (!listed.add(t)) {
                continue;
            }
            // the head and its example name come with the first
            int cost = tally.add(t)
                    + (named.isEmpty() ? PromptTokens.count("\n" + HEAD.formatted(SchemaPrompt.sqlName(t.name()))) : 0);
            if (tokens + cost > room) {
                break;
            }
            tokens += cost;
            named.add(t);
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
    public static LinkedSchema describing(LinkedSchema linked, List<TableInfo> asked, SchemaSnapshot schema) {
        SchemaPrompt prompt = SchemaPrompt.of(schema);
        // the names are the text's last lines, written from linked.named(): they are cut off by their length
        String text = linked.text();
        String described = linked.named().isEmpty()
                ? text
                : text.substring(0, text.length() - names(linked.named()).length() - 1);
        List<String> lines = new ArrayList<>(described.lines().toList());
        for (TableInfo t : asked) {
            String whole = prompt.line(t);
            OptionalInt at = IntStream.range(0, lines.size())
                    .filter(i -> prompt.isLineOf(lines.get(i), t))
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

    /**
     * One line per schema, in the order its first table comes: a schema's name once, not before every table, and a
     * first word that three or more names share once, before their rests in braces ({@code oc_{order, cart, coupon}}),
     * as applications name every table {@code oc_}, {@code mdl_} or {@code dcim_} something.
     */
    private static String names(List<TableInfo> named) {
        Map<String, List<String>> bySchema = new LinkedHashMap<>();
        for (TableInfo t : named) {
            bySchema.computeIfAbsent(t.schema(), x -> new ArrayList<>()).add(SchemaPrompt.sqlName(t.name()));
        }
        StringBuilder lines = new StringBuilder();
        for (Map.Entry<String, List<String>> e : bySchema.entrySet()) {
            List<String> items = new ArrayList<>();
            for (Map.Entry<String, List<String>> g : grouped(e.getValue())) {
                String prefix = g.getKey();
                items.add(
                        prefix.isEmpty()
                                ? g.getValue().get(0)
                                : g.getValue().stream()
                                        .map(n -> n.substring(prefix.length()))
                                        .collect(Collectors.joining(", ", prefix + "{", "}")));
            }
            lines.append('\n')
                    .append(SchemaPrompt.sqlName(e.getKey()))
                    .append(": ")
                    .append(String.join(", ", items));
        }
        return HEAD.formatted(SchemaPrompt.sqlName(named.get(0).name())) + lines;
    }

    /**
     * The names by their first word, in the order the first of each comes: the names of a first word that three or
     * more share together, under it; any other name alone, under "".
     */
    private static List<Map.Entry<String, List<String>>> grouped(List<String> names) {
        Map<String, Long> counts =
                names.stream().collect(Collectors.groupingBy(OtherTables::prefixOf, Collectors.counting()));
        Map<String, List<String>> byPrefix = new LinkedHashMap<>();
        List<Map.Entry<String, List<String>>> out = new ArrayList<>();
        for (String n : names) {
            String prefix = prefixOf(n);
            if (prefix.isEmpty() || counts.get(prefix) < GROUP) {
                out.add(Map.entry("", List.of(n)));
                continue;
            }
            List<String> group = byPrefix.get(prefix);
            if (group == null) {
                group = new ArrayList<>();
                byPrefix.put(prefix, group);
                out.add(Map.entry(prefix, group));
            }
            group.add(n);
        }
        return out;
    }

    /**
     * A name's first word with its underscore ({@code oc_} of {@code oc_order}), when more follows it and the name is
     * written as it is (not quoted); otherwise "".
     */
    static String prefixOf(String name) {
        int cut = name.indexOf('_');
        return cut > 0 && cut < name.length() - 1 && !name.startsWith("\"") ? name.substring(0, cut + 1) : "";
    }
}
