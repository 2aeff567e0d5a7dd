package dev.askbar.core.schema;

import com.github.benmanes.caffeine.cache.Cache;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Orders, invoices and purchase orders keep their amounts on their lines: what was sold, for how much, in what
 * quantity lives in {@code order_details}, {@code invoice_line} or {@code salesorderdetail}, not in the header a
 * question's words usually find ("employees who sold the most" finds orders). When a question asks for an amount
 * and a header is chosen, its line table goes in too. A line table is recognised by convention, the same in every
 * schema that has one: it points at the header, is named after it plus detail, line or item, and holds numbers.
 */
final class DetailLines {
    /**
     * Words that ask for an amount of something sold or bought: general English, the same for any shop, not the
     * words of any one question set.
     */
    private static final Set<String> AMOUNT_WORDS = Set.of(
            "sold",
            "sell",
            "sells",
            "selling",
            "sale",
            "sales",
            "revenue",
            "revenues",
            "turnover",
            "income",
            "earned",
            "earn",
            "earns",
            "earnings",
            "spent",
            "spend",
            "spending",
            "bought",
            "buy",
            "purchased",
            "total",
            "totals",
            "amount",
            "amounts",
            "value",
            "quantity",
            "quantities",
            "units",
            "volume",
            // money in general: what comes in, goes out or changes hands
            "money",
            "cash",
            "incomes",
            "takings",
            "proceeds",
            "receipts",
            "profit",
            "profits",
            "profitable",
            "gross",
            "grossing",
            "earners",
            "salary",
            "salaries",
            "wage",
            "wages",
            "margin",
            "margins",
            "paid",
            "pay",
            "pays",
            "paying",
            "payment",
            "payments",
            "spends",
            "spender",
            "spenders",
            "cost",
            "costs",
            "charged",
            "charges",
            "fees",
            "billed",
            "invoiced",
            "sum",
            "worth",
            "lucrative",
            "most",
            "best");

    /** What a header's name is followed by in its lines' name; a PHP cart's order lines are its order_product. */
    private static final List<String> LINE_WORDS = List.of(
            "details", "detail", "lines", "line", "items", "item", "lineitems", "lineitem", "products", "product");

    private static final List<String> HEADER_WORDS = List.of("headers", "header", "head", "hdr");

    /**
     * Words that put a question in time ("per month", "in 2014", "since March"): general English. "last",
     * "before", "may" and "fall" are left out: "last name", "before tax", "may order" and "fall" are not dates.
     */
    private static final Set<String> TIME_WORDS = Set.of(
            "day",
            "days",
            "daily",
            "week",
            "weeks",
            "weekly",
            "weekend",
            "weekends",
            "month",
            "months",
            "monthly",
            "quarter",
            "quarters",
            "quarterly",
            "year",
            "years",
            "yearly",
            "annual",
            "annually",
            "today",
            "yesterday",
            "hour",
            "hours",
            "hourly",
            "since",
            "date",
            "dates",
            "dated",
            "period",
            "periods",
            "season",
            "seasonal",
            "recent",
            "recently",
            "ytd",
            "january",
            "february",
            "march",
            "april",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
            "jan",
            "feb",
            "apr",
            "jun",
            "jul",
            "aug",
            "sep",
            "sept",
            "oct",
            "nov",
            "dec",
            "spring",
            "summer",
            "autumn",
            "winter",
            "christmas",
            "holiday",
            "holidays");

    private static final Pattern YEAR = Pattern.compile("\\b(19|20)\\d\\d\\b|\\b((19|20)?\\d0)'?s\\b");

    /** Columns that stamp when a row was last written, on every table of some schemas: not what a question means. */
    private static final Pattern BOOKKEEPING = Pattern.compile("(?i).*(modif|updat|changed|rowversion).*");

    /**
     * Which tables are the lines of which header, found once per snapshot: asking it of every table against every
     * other for each question is quadratic, seconds on a catalog of thousands of tables.
     */
    private record LineTables(Map<TableInfo, List<TableInfo>> ofHeader, Map<TableInfo, List<TableInfo>> headersOf) {}

    private static final Cache<SchemaSnapshot, LineTables> LINE_TABLES = PerSnapshot.cache();

    private DetailLines() {}

    /** Both maps list tables in the snapshot's order. */
    private static LineTables lineTables(SchemaSnapshot schema) {
        return LINE_TABLES.get(schema, s -> {
            Map<String, TableInfo> byName = new HashMap<>();
            s.tables().forEach(t -> byName.put(t.qualifiedName(), t));
            Map<TableInfo, List<TableInfo>> ofHeader = new HashMap<>();
            for (TableInfo t : s.tables()) {
                for (ForeignKey fk : t.foreignKeys()) {
                    TableInfo header = byName.get(fk.targetSchema() + "." + fk.targetTable());
                    if (header != null && isLinesOf(t, header)) {
                        List<TableInfo> lines = ofHeader.computeIfAbsent(header, h -> new ArrayList<>());
                        if (!lines.contains(t)) {
                            lines.add(t);
                        }
                    }
                }
            }
            Map<TableInfo, List<TableInfo>> headersOf = new HashMap<>();
            for (TableInfo header : s.tables()) {
                for (TableInfo lines : ofHeader.getOrDefault(header, List.of())) {
                    headersOf.computeIfAbsent(lines, l -> new ArrayList<>()).add(header);
                }
            }
            return new LineTables(ofHeader, headersOf);
        });
    }

    /** The question is about a time: a year, a month, "per week", "since", "recently". */
    static boolean asksAboutTime(String question) {
        if (YEAR.matcher(question).find()) {
            return true;
        }
        for (String w : Words.tokens(question)) {
            if (TIME_WORDS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The headers a line table leaves its dates to: "units sold per model in 2014" finds the order lines, but the
     * date the question filters on is the order's. None when the lines keep a date of their own, or the header none.
     */
    static List<TableInfo> datedHeaders(TableInfo lines, SchemaSnapshot schema) {
        if (keepsItsOwnDate(lines)) {
            return List.of();
        }
        return lineTables(schema).headersOf().getOrDefault(lines, List.of()).stream()
                .filter(DetailLines::holdsDate)
                .toList();
    }

    /**
     * A date every line has: one a line may lack (an order line's download deadline, a return-by date) is about
     * something else than when the line was sold.
     */
    private static boolean keepsItsOwnDate(TableInfo lines) {
        return lines.columns().stream()
                .anyMatch(c -> c.dated()
                        && !c.nullable()
                        && !BOOKKEEPING.matcher(c.name()).matches());
    }

    /** A business date, or a year kept as a number (first_release_date_year): a table a time can be asked of. */
    static boolean holdsTime(TableInfo t) {
        return holdsDate(t)
                || t.columns().stream()
                        .anyMatch(c -> c.wholeNumber()
                                && c.name().toLowerCase(java.util.Locale.ROOT).matches(".*(year|date).*"));
    }

    private static boolean holdsDate(TableInfo t) {
        return t.columns().stream()
                .anyMatch(c -> c.dated() && !BOOKKEEPING.matcher(c.name()).matches());
    }

    static boolean asksForAmount(String question) {
        for (String w : Words.tokens(question)) {
            if (AMOUNT_WORDS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The line tables of the chosen headers, and for each of the question's main tables the orders that point at it
     * with their lines ("employees who sold the most": employees ← orders ← order_details). Only tables not chosen
     * yet.
     */
    static List<TableInfo> of(Collection<TableInfo> chosen, List<TableInfo> main, SchemaSnapshot schema) {
        List<TableInfo> out = new ArrayList<>();
        for (TableInfo header : chosen) {
            addLines(header, chosen, schema, out);
        }
        for (TableInfo subject : main) {
            for (TableInfo header : schema.tables()) {
                if (header != subject && pointsAt(header, subject) && hasLines(header, schema)) {
                    if (!chosen.contains(header) && !out.contains(header)) {
                        out.add(header);
                    }
                    addLines(header, chosen, schema, out);
                }
            }
        }
        return out;
    }

    /** {@link #of(Collection, List, SchemaSnapshot)} for the chosen headers only. */
    static List<TableInfo> of(Collection<TableInfo> chosen, SchemaSnapshot schema) {
        return of(chosen, List.of(), schema);
    }

    private static void addLines(
            TableInfo header, Collection<TableInfo> chosen, SchemaSnapshot schema, List<TableInfo> out) {
        for (TableInfo t : linesOf(header, schema)) {
            if (!chosen.contains(t) && !out.contains(t)) {
                out.add(t);
            }
        }
    }

    /** Finds the snapshot's line tables now rather than on its first question. */
    static void prepare(SchemaSnapshot schema) {
        lineTables(schema);
    }

    /** The header's line tables, in the snapshot's order. */
    static List<TableInfo> linesOf(TableInfo header, SchemaSnapshot schema) {
        return lineTables(schema).ofHeader().getOrDefault(header, List.of());
    }

    /** Whether the table is the lines of some header. */
    static boolean isLines(TableInfo t, SchemaSnapshot schema) {
        return lineTables(schema).headersOf().containsKey(t);
    }

    static boolean hasLines(TableInfo header, SchemaSnapshot schema) {
        return lineTables(schema).ofHeader().containsKey(header);
    }

    private static boolean pointsAt(TableInfo from, TableInfo to) {
        return from.foreignKeys().stream()
                .anyMatch(fk -> fk.targetSchema().equals(to.schema())
                        && fk.targetTable().equals(to.name()));
    }

    static boolean isLinesOf(TableInfo lines, TableInfo header) {
        return lines != header
                && pointsAt(lines, header)
                && namedAsLines(lines.name(), header.name())
                && holdsNumbers(lines);
    }

    /** "order_details" of "orders", "invoice_line" of "invoice", "salesorderdetail" of "salesorderheader". */
    static boolean namedAsLines(String lines, String header) {
        String h = letters(header);
        for (String suffix : HEADER_WORDS) {
            if (h.endsWith(suffix) && h.length() > suffix.length() + 2) {
                h = h.substring(0, h.length() - suffix.length());
                break;
            }
        }
        String l = letters(lines);
        for (String base : List.of(h, Words.stem(h))) {
            if (l.startsWith(base) && LINE_WORDS.contains(l.substring(base.length()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean holdsNumbers(TableInfo t) {
        return t.columns().stream().anyMatch(c -> !t.keyColumn(c.name()) && (c.wholeNumber() || c.fractional()));
    }

    private static String letters(String identifier) {
        return identifier.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    }
}
