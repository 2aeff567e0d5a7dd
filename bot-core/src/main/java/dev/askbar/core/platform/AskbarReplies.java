package dev.askbar.core.platform;

import dev.askbar.core.llm.KeyStatus;
import java.util.List;

/** How a platform shows the outcome of an {@code /askbar} command, only to the person who asked, in its own way. */
public interface AskbarReplies {

    /** One sentence: a refusal, a confirmation, or why it could not be done. */
    void notice(String sentence);

    void help(HelpText.Help help);

    /** Every key's state, keys masked: Block Kit table, embed fields, terminal table. */
    void keys(List<KeyStatus> keys);

    /** Examples waiting for an admin, each with approve and reject. */
    void examples(List<ExampleReview.Candidate> pending);
}
