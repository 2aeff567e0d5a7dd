package dev.askbar.core.schema;

import com.github.benmanes.caffeine.cache.Cache;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The table that holds a schema's companies, for questions that name one the prompt has no table for: "the contacts
 * we have at Contoso", "people we deal with at Acme Corp". A company's name is a value no catalog read finds in a big
 * table, and the question's other words lead to the people or tickets, not to the companies they belong to.
 */
final class OrganisationTables {
    /** What tables of companies are named after, in general English. */
    private static final Set<String> NAMES = Set.of(
            "company",
            "companies",
            "organization",
            "organizations",
            "organisation",
            "organisations",
            "org",
            "orgs",
            "account",
            "accounts",
            "firm",
            "firms",
            "enterprise",
            "enterprises");

    /** What a question calls companies when it says so. */
    private static final Set<String> SAID = Set.of(
            "company", "companies", "organization", "organizations", "organisation", "organisations", "firm", "firms");

    /** The roles a business's counterparts play, in general English. */
    private static final Set<String> ROLES = Set.of(
            "customer",
            "customers",
            "client",
            "clients",
            "supplier",
            "suppliers",
            "vendor",
            "vendors",
            "provider",
            "providers",
            "partner",
            "partners",
            "buyer",
            "buyers",
            "manufacturer",
            "manufacturers",
            "distributor",
            "distributors",
            "contractor",
            "contractors");

    /** A name after "at" ("at Contoso"), or one ending as companies' names do ("Acme Corp", "Globex Inc."). */
    private static final Pattern NAMED = Pattern.compile("\\bat\\s+\\p{Lu}[\\p{L}\\p{N}&.-]*"
            + "|\\p{Lu}[\\p{L}\\p{N}&.-]*\\s+(Corp|Corporation|Inc|Ltd|LLC|GmbH|AG|plc|SA|Co)\\b");

    private static final Cache<SchemaSnapshot, List<TableInfo>> ORGANISATIONS = PerSnapshot.cache();

    private OrganisationTables() {}

    /** Named for companies, with a name of its own and none of a person's (a CRM's {@code accounts}, not a user's). */
    static boolean isOrganisations(TableInfo t) {
        List<String> words = IdentifierWords.of(t.name());
        return !words.isEmpty()
                && NAMES.contains(words.get(words.size() - 1))
                && ForeignKeyGraph.hasNames(t)
                && !PeopleTables.holdsPersonNames(t);
    }

    /** Whether the question names something the way companies are named; whether it names a known row is the caller's. */
    static boolean named(String question) {
        return NAMED.matcher(question).find();
    }

    /** Whether the question says it is about companies ("client companies", "firms"). */
    static boolean saysCompanies(String question) {
        return Words.tokens(question).stream().anyMatch(w -> SAID.contains(w));
    }

    /**
     * Whether the question asks about a business's counterparts by their role ("top clients", "which supplier") and
     * none of the chosen tables is named for that role: a lab's clients, a service desk's customers and its providers
     * are all rows of one table of organisations.
     */
    static boolean asksForRoleNoTableIsNamedFor(String question, java.util.Collection<TableInfo> chosen) {
        Set<String> heads = new java.util.HashSet<>();
        for (TableInfo t : chosen) {
            List<String> words = IdentifierWords.of(t.name());
            if (!words.isEmpty()) {
                heads.add(Words.stem(words.get(words.size() - 1)));
            }
        }
        for (String w : Words.tokens(question)) {
            if (ROLES.contains(w) && !heads.contains(Words.stem(w))) {
                return true;
            }
        }
        return false;
    }

    /** The schema's tables of companies, the one most keys point at first, then the shortest name. */
    static List<TableInfo> of(SchemaSnapshot schema, ForeignKeyGraph graph) {
        return ORGANISATIONS.get(schema, s -> {
            List<TableInfo> out = new ArrayList<>();
            for (TableInfo t : s.tables()) {
                if (!t.view() && isOrganisations(t)) {
                    out.add(t);
                }
            }
            out.sort(Comparator.comparingInt(
                            (TableInfo t) -> -graph.referencing(t).size())
                    .thenComparingInt(t -> t.name().length())
                    .thenComparing(TableInfo::qualifiedName));
            return List.copyOf(out);
        });
    }
}
