package dev.askbar.core.schema;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises columns whose values must never be sampled into a prompt: secrets and personal identifiers,
 * judged by the column's name, type and comment. Sampled values go to a third-party model with every
 * question, so a false alarm costs a hint and a miss leaks data: the lists lean towards alarm.
 */
final class SensitiveColumns {
    // matched against whole words of the split name ("api_key", "userPassword", "passwordhash")
    private static final Set<String> WORDS = Set.of(
            "password",
            "passwd",
            "pwd",
            "pass",
            "passphrase",
            "hash",
            "hashed",
            "salt",
            "token",
            "secret",
            "key",
            "apikey",
            "credential",
            "credentials",
            "otp",
            "pin",
            "cvv",
            "cvc",
            "ssn",
            "sin",
            "iban",
            "bic",
            "swift",
            "email",
            "mail",
            "phone",
            "telephone",
            "mobile",
            "cell",
            "fax",
            "passport",
            "license",
            "licence",
            "birth",
            "birthdate",
            "dob",
            "tax",
            "vat",
            "nin",
            "nino",
            "social",
            "card",
            "account",
            "routing",
            "login",
            "username",
            "user",
            "firstname",
            "lastname",
            "surname",
            "fullname",
            "street",
            "address",
            "zip",
            "postcode",
            "postal",
            "ip",
            "signature",
            "session",
            "cookie",
            "private");
    private static final Pattern RUN_TOGETHER = Pattern.compile(
            ".*(password|passwd|secret|token|hash|salt|apikey|email|phone|iban|ssn|passport|birth|creditcard|cardnumber|"
                    + "username|firstname|lastname|surname|fullname|address|credential).*");
    private static final Set<String> PERSONAL_TYPES = Set.of("bytea", "inet", "cidr", "macaddr", "macaddr8", "uuid");

    private SensitiveColumns() {}

    static boolean isSensitive(String column, String type, Optional<String> comment) {
        String lower = column.toLowerCase(Locale.ROOT);
        if (PERSONAL_TYPES.contains(type)
                || RUN_TOGETHER.matcher(lower.replaceAll("[^a-z]", "")).matches()) {
            return true;
        }
        // split before folding: lower case first would make "mobileNumber" one word no list holds
        for (String w : Words.splitCamelCase(column).toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
            if (WORDS.contains(w)) {
                return true;
            }
        }
        if (comment.isPresent()) {
            String c = comment.get().toLowerCase(Locale.ROOT);
            return c.matches(
                    "(?s).*\\b(password|secret|token|hash|personal|pii|gdpr|confidential|e-?mail|phone|social security)\\b.*");
        }
        return false;
    }
}
