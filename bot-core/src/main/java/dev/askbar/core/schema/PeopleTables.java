package dev.askbar.core.schema;

import com.github.benmanes.caffeine.cache.Cache;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The table that holds a schema's people, for questions about people that name no table of them: "who put up the
 * most code reviews?", "Priya Raman's open tasks", "which teachers…" in a school schema whose teachers are its
 * {@code staff}. Where keys join the question's tables to a table of names the join graph already brings that table;
 * in schemas that declare no keys (or link rows by ids of their own, such as Phabricator's PHIDs) nothing does, and
 * the answer's names would be missing from the prompt.
 */
final class PeopleTables {
    /** Columns only a person's row has: a first or last name, a real name, a surname. General English. */
    private static final Pattern PERSON_NAME =
            Pattern.compile("(first|last|given|family|middle|full|real|sur|fore)_?name|surname|forename");

    /** A login name: a person's row when the table is named for people, a record of who did something otherwise. */
    private static final Pattern LOGIN = Pattern.compile("(user|login)_?name|login");

    /** Names of tables that hold people of every kind: a school's teachers are its staff, a help desk's agents its users. */
    private static final Set<String> EVERYONE = Set.of(
            "user",
            "users",
            "staff",
            "people",
            "person",
            "persons",
            "personnel",
            "employee",
            "employees",
            "member",
            "members");

    /** Words that ask about people without naming a kind of them. */
    private static final Set<String> PEOPLE_WORDS = Set.of(
            "who",
            "whom",
            "whose",
            "everyone",
            "everybody",
            "anyone",
            "anybody",
            "someone",
            "somebody",
            "nobody",
            "people",
            "person",
            "persons",
            "staff",
            "personnel");

    /** Titles written before a person's name. */
    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "dr", "prof");

    private static final Cache<SchemaSnapshot, List<TableInfo>> PEOPLE = PerSnapshot.cache();

    private PeopleTables() {}

    /** Whether the table's rows are people: a column only a person has, or a login name in a table named for people. */
    static boolean holdsPersonNames(TableInfo t) {
        return t.columns().stream().anyMatch(c -> PERSON_NAME.matcher(lower(c)).matches())
                || namedForEveryone(t)
                        && t.columns().stream()
                                .anyMatch(c -> LOGIN.matcher(lower(c)).matches());
    }

    private static String lower(ColumnInfo c) {
        return c.name().toLowerCase(Locale.ROOT);
    }

    private static boolean namedForEveryone(TableInfo t) {
        return EVERYONE.contains(IdentifierWords.head(t.name()));
    }

    /**
     * Whether the question asks about people: "who", "everyone", a title before a name, a kind of person WordNet
     * knows ("teachers", "authors", "agents"), or a name of two capitalised words that are no English words.
     */
    static boolean asked(String question, Lexicon lexicon) {
        Set<String> names = NamedRows.capitalisedWords(question);
        for (String w : Words.tokens(question)) {
            if (PEOPLE_WORDS.contains(w) || TITLES.contains(w)) {
                return true;
            }
            // a word of a name is no kind of person ("the Classic Hoodie"), nor is a fragment ("pro-monthly")
            if (w.length() >= 4 && !names.contains(w) && lexicon.isPerson(w)) {
                return true;
            }
        }
        for (List<String> name : NamedRows.names(question)) {
            // "Priya Raman", "Lena Fischer": no common word in it, so most likely a person's name
            if (name.size() >= 2 && name.stream().allMatch(w -> lexicon.frequency(w) <= 0)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The schema's table of people: of the tables whose rows are people, one named for people of every kind
     * ({@code users}, {@code staff}) before one named for a kind (students, leads), then the one most keys point at,
     * then the shortest name, best first; empty when no table's rows are people.
     */
    static List<TableInfo> of(SchemaSnapshot schema, ForeignKeyGraph graph) {
        return PEOPLE.get(
                schema,
                s -> s.tables().stream()
                        .filter(t -> !t.view() && holdsPersonNames(t))
                        .sorted(Comparator.comparing((TableInfo t) -> !namedForEveryone(t))
                                .thenComparingInt(t -> -graph.referencing(t).size())
                                .thenComparingInt(t -> t.name().length())
                                .thenComparing(TableInfo::qualifiedName))
                        .toList());
    }
}
