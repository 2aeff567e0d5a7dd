package dev.askbar.core.sql;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the SQL in a model's reply: a fenced block if there is one, else the text from the first SELECT or WITH. */
public final class SqlExtractor {
    private static final Pattern FENCED = Pattern.compile(
            "```(?:sql|postgresql|postgres|pgsql)?\\s*\\n?(.*?)```", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern BARE = Pattern.compile("(?is)(?:^|\\n)\\s*((?:SELECT|WITH)\\b.*)");
    private static final Pattern READ_START = Pattern.compile("(?is)^\\s*(SELECT|WITH|VALUES|TABLE|\\()");

    private SqlExtractor() {}

    public static Optional<String> extract(String reply) {
        if (reply == null) {
            return Optional.empty();
        }
        Matcher fenced = FENCED.matcher(reply);
        if (fenced.find()) {
            String sql = clean(fenced.group(1));
            return sql.isEmpty() ? Optional.empty() : Optional.of(sql);
        }
        String trimmed = reply.strip();
        if (READ_START.matcher(trimmed).find()) {
            return Optional.of(clean(trimmed));
        }
        Matcher bare = BARE.matcher(reply);
        if (bare.find()) {
            return Optional.of(clean(bare.group(1)));
        }
        return Optional.empty();
    }

    private static String clean(String sql) {
        String s = sql.strip();
        while (s.endsWith(";")) {
            s = s.substring(0, s.length() - 1).stripTrailing();
        }
        return s;
    }
}
