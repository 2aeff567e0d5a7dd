package dev.askbar.core.schema;

/** Spelling closeness of two lower-case words, for typos and cognates across languages. */
final class Lookalike {
    /** The most two words {@link #similar} finds alike differ in length. */
    static final int MOST_LENGTH_DIFFERENCE = 2;

    private Lookalike() {}

    /**
     * True when the words share all but their last two letters as a prefix (at least five: "categoria" and
     * "category"), or differ by one edit (two from eight letters up: "departement" and "department").
     */
    static boolean similar(String a, String b) {
        if (a.equals(b)) {
            return false;
        }
        int prefix = 0;
        while (prefix < a.length() && prefix < b.length() && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        if (prefix >= Math.max(5, Math.min(a.length(), b.length()) - 2)
                && Math.abs(a.length() - b.length()) <= MOST_LENGTH_DIFFERENCE) {
            return true;
        }
        int allowed = Math.min(a.length(), b.length()) >= 8 ? MOST_LENGTH_DIFFERENCE : 1;
        return Math.abs(a.length() - b.length()) <= allowed && distance(a, b, allowed) <= allowed;
    }

    /** Levenshtein distance, giving up (returning limit + 1) once every path exceeds the limit. */
    static int distance(String a, String b, int limit) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowMin = current[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMin = Math.min(rowMin, current[j]);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
