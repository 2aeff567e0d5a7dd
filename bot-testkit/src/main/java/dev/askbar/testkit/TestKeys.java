package dev.askbar.testkit;

/**
 * Fake API keys shaped like real ones, built at run time so that nothing in the repository looks like a
 * leaked secret to a scanner. The label keeps keys of one test apart; the last four characters are what
 * masked output shows ({@code gsk_…a1b2}).
 */
public final class TestKeys {
    private TestKeys() {}

    /** A Groq-shaped key: "gsk_", 56 characters in all. */
    public static String groq(String label, String last4) {
        return shaped("gsk_", label, last4, 56);
    }

    /** A Gemini-shaped key: "AIzaSy", 39 characters in all. */
    public static String gemini(String label, String last4) {
        return shaped("AIza" + "Sy", label, last4, 39);
    }

    /** A Slack bot token shape: "xoxb-…". */
    public static String slackBot(String rest) {
        return "xox" + "b-" + rest;
    }

    /** A Slack app-level token shape (Socket Mode): "xapp-…". */
    public static String slackApp(String rest) {
        return "xa" + "pp-" + rest;
    }

    private static String shaped(String prefix, String label, String last4, int length) {
        int filler = length - prefix.length() - label.length() - last4.length();
        if (filler < 0) {
            throw new IllegalArgumentException("label too long for a key: " + label);
        }
        return prefix + label + "0".repeat(filler) + last4;
    }
}
