package dev.askbar.core.schema;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A column as the database describes it, plus a few common values for low-cardinality text columns.
 *
 * @param sampleValues a few common values, shown to the model as hints
 * @param knownValues  every value of a small lookup table's text column (a category or genre name), used only to
 *                     link a question that names one to its table; never written into a prompt as a list
 */
public record ColumnInfo(
        String name,
        String type,
        boolean nullable,
        Optional<String> comment,
        List<String> sampleValues,
        List<String> knownValues) {
    public ColumnInfo {
        sampleValues = List.copyOf(sampleValues);
        knownValues = List.copyOf(knownValues);
    }

    /** An integer type: smallint, integer, bigint. */
    boolean wholeNumber() {
        return lowerType().matches("(small|big)?int.*|integer");
    }

    /** A type with fractions: numeric, decimal, real, double precision, money. */
    boolean fractional() {
        return lowerType().matches("numeric.*|decimal.*|real|double.*|float.*|money");
    }

    /** Text of any length: text, character varying, character. */
    boolean textual() {
        return lowerType().matches("text|character.*|varchar.*|char.*");
    }

    /**
     * The one word a flag column says its row is: "customer" of {@code iscustomer} and {@code is_customer} (an ERP
     * keeps customers, vendors and sales reps as flagged business partners).
     */
    Optional<String> rowRole() {
        String n = name.toLowerCase(Locale.ROOT);
        String rest = n.startsWith("is_") ? n.substring(3) : n.startsWith("is") ? n.substring(2) : "";
        if (rest.length() < 4 || !rest.chars().allMatch(Character::isLetter)) {
            return Optional.empty();
        }
        return Optional.of(Words.stem(rest));
    }

    /** A name or title that says which row this is (not a file or login name). */
    boolean holdsNames() {
        String c = name.toLowerCase(Locale.ROOT).replace("_", "");
        return c.equals("name")
                || c.equals("title")
                || c.endsWith("name") && !c.endsWith("filename") && !c.endsWith("username")
                || namedInAnotherLanguage();
    }

    /**
     * A name column of a schema written in Spanish, Portuguese, French, Italian or German: the name word first, as
     * those languages put it ({@code nome}, {@code nombre_comercial}, {@code nom_societe}, {@code nombrecliente}), or
     * last ({@code sobrenome}, {@code firmen_name}).
     */
    private boolean namedInAnotherLanguage() {
        String[] words = Words.splitCamelCase(name).toLowerCase(Locale.ROOT).split("[^a-z0-9]+");
        if (words.length == 0 || words[0].isEmpty() || List.of(words).contains("id")) {
            return false; // nome_id, id_nombre: a key to a name, not one
        }
        String first = words[0];
        if (ForeignWords.isNameWord(first) || ForeignWords.isNameWord(words[words.length - 1])) {
            return true;
        }
        // run together (nombrecliente); the short forms nom and nome begin too many other words (nomina, nomenclatura)
        for (int end = 6; end < first.length() - 2; end++) {
            if (ForeignWords.isNameWord(first.substring(0, end))) {
                return true;
            }
        }
        return false;
    }

    /**
     * One form of the row's name ({@code name_singular}, {@code name_plural}), as a translation keeps it beside the
     * language; not counted by {@link #holdsNames} everywhere, since elsewhere such a column is as often a derived
     * copy ({@code name_upper}).
     */
    boolean holdsNameForm() {
        return name.startsWith("name_");
    }

    /**
     * Named just "name" or "title", in English or another language: the row's own name, not a name of something else
     * ({@code module_name}).
     */
    boolean isNameOrTitle() {
        String c = name.toLowerCase(Locale.ROOT);
        return c.equals("name") || c.equals("title") || ForeignWords.isNameWord(c);
    }

    /** A date or timestamp, with or without a time zone. */
    boolean dated() {
        return lowerType().matches("date|timestamp.*|timestamptz");
    }

    private String lowerType() {
        return type.toLowerCase(Locale.ROOT);
    }

    /** A column whose known values are just its common ones. */
    public ColumnInfo(String name, String type, boolean nullable, Optional<String> comment, List<String> sampleValues) {
        this(name, type, nullable, comment, sampleValues, sampleValues);
    }
}
