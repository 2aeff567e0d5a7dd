package dev.askbar.core.platform;

import java.util.Locale;

/**
 * Every sentence AskBar says to a chat user or the terminal outside an answer, in one place, so Slack, Discord and
 * the terminal say the same thing. Each is one sentence: what happened and what to do. Platforms may add an emoji
 * or markup around a sentence, never change its words.
 */
public final class Sentences {
    public static final String WRITING_SQL = "Writing the SQL…";
    public static final String RUNNING_QUERY = "Running the query…";
    public static final String WRITING_SUMMARY = "Writing the summary…";
    public static final String NO_SUMMARY = "No summary this time; the table is the answer.";

    public static final String BUSY = "I am answering many questions right now; please ask again in a minute.";
    public static final String RESTARTING = "AskBar is restarting; please ask again in a minute.";
    public static final String FAILED =
            "Something went wrong on my side while answering; please try again in a moment.";
    public static final String NOT_SHOWN =
            "I have the answer but could not show it here; please ask again, or ask an admin to check the AskBar log.";
    public static final String LATE_ANSWER =
            "here is the answer to your question (it took longer than the platform lets a reply wait).";

    public static final String ASK_USAGE =
            "Ask a question about the data, e.g. /ask how many orders were placed last month?";
    public static final String MENTION_USAGE =
            "Ask me a question after the mention, e.g. @AskBar how many orders were placed last month?";
    public static final String ROLE_MENTION =
            "You mentioned my role, so I could not read your message; mention me (the AskBar user, not the role) with your question.";
    public static final String ASKBAR_USAGE = "Try /askbar help, /askbar keys, /askbar refresh or /askbar examples.";

    public static final String EXPIRED = "That answer is too old for this button; please ask the question again.";
    public static final String NO_TABLE = "This answer has no table.";
    public static final String ALL_ROWS = "All rows as CSV.";
    public static final String CSV_NOT_UPLOADED =
            "I could not upload the CSV here; is AskBar a member of this channel?";
    public static final String THANKS_UP =
            "Thanks! An admin can now approve this answer as an example for similar questions.";
    public static final String THANKS_DOWN =
            "Thanks, noted. Try rephrasing the question, or ask an admin to add a glossary term.";
    public static final String FEEDBACK_NOT_STORED = "I could not store that feedback; please try again later.";

    public static final String NO_KEYS = "No LLM keys are configured; set GROQ_API_KEYS or GEMINI_API_KEYS.";
    public static final String NOT_ANSWERED = "Could not answer that";
    public static final String KEYS_UNREADABLE = "I could not read the key status; see the AskBar log.";
    public static final String SCHEMA_UNREADABLE = "I could not read the schema just now; please try again.";
    public static final String NO_PENDING_EXAMPLES = "No examples are waiting for review.";
    public static final String UNKNOWN_EXAMPLE =
            "That example is no longer waiting for review; list them again with /askbar examples.";

    private Sentences() {}

    /** The refusal of an admin command, naming who may use it on this platform. */
    public static String notAdmin(AskbarAction action, String whoMay) {
        return "Only " + whoMay + " can " + action.what() + ".";
    }

    /** Under a key table that had to leave rows out. */
    public static String moreKeys(int notShown) {
        return notShown + " more not shown; askbar keys in the terminal lists them all.";
    }

    /** When a platform's upload limit cut the CSV. */
    public static String csvCut(int rows, int of, String limit) {
        return String.format(
                Locale.ROOT,
                "The CSV holds the first %,d of %,d rows: this platform takes files up to %s.",
                rows,
                of,
                limit);
    }

    public static String approved(long id) {
        return "Example " + id + " approved: it now guides answers to similar questions.";
    }

    public static String rejected(long id) {
        return "Example " + id + " rejected: it will not be used.";
    }

    /** After an admin's refresh: what was re-read and forgotten. */
    public static String refreshed(int tables, int forgotten) {
        return "Schema re-read: " + tables + " tables and views; " + forgotten
                + (forgotten == 1 ? " cached query" : " cached queries") + " forgotten.";
    }
}
