package dev.askbar.core.schema;

import com.github.benmanes.caffeine.cache.Cache;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
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
        return NAMES.contains(IdentifierWords.head(t.name()))
                && ForeignKeyGraph.hasNames(t)
                && !PeopleTables.holdsPersonNames(t);
    }

    /**
     * Whether the question asks about companies: it says so ("client companies", "firms"); it asks about a business's
     * counterparts by a role none of the chosen tables is named for ("top clients", "which supplier": a lab's clients
     * and a service desk's providers are rows of one table of organisations); or it names one the way companies are
     * named ("at Contoso", "Acme Corp") and, as the caller found, nothing in the schema or its labels knows that name.
     */
    static boolean asked(String question, Collection<TableInfo> chosen, boolean namesUnknownRow) {
        Set<String> heads = new HashSet<>();
        chosen.forEach(t -> heads.add(Words.stem(IdentifierWords.head(t.name()))));
        for (String w : Words.tokens(question)) {
            if (SAID.contains(w) || ROLES.contains(w) && !heads.contains(Words.stem(w))) {
                return true;
            }
        }
        return namesUnknownRow && NAMED.matcher(question).find();
    }

    /** The schema's tables of companies, the one most keys point at first, then the shortest name. */
    static List<TableInfo> of(SchemaSnapshot schema, ForeignKeyGraph graph) {
        return ORGANISATIONS.get(
                schema,
                s -> s.tables().stream()
                        .filter(t -> !t.view() && isOrganisations(t))
                        .sorted(Comparator.comparingInt(
                                        (TableInfo t) -> -graph.referencing(t).size())
                                .thenComparingInt(t -> t.name().length())
                                .thenComparing(TableInfo::qualifiedName))
                        .toList());
    }
}
