package dev.askbar.core.platform;

import dev.askbar.core.engine.Answer;
import java.util.Optional;

/**
 * Where one question's answer is shown while it is worked on: a Slack message, a Discord reply, the terminal. The
 * {@link AnswerSession} calls these one at a time and in order (from its worker, drafts and timer threads): any number of
 * {@link #progress}, then either {@link #failed} once, or {@link #answered} once with the summary pending and once
 * more when it is in.
 *
 * <p>Implementing one for a new platform is the whole answer flow of that platform:
 * <pre>{@code
 * final class TeamsReply implements AnswerSurface {
 *     public void progress(String stage) { activity.update(stage); }
 *     public void answered(Answer a, Optional<String> id, boolean summaryPending) { activity.update(card(a, id, summaryPending)); }
 *     public void failed(String sentence) { activity.update(sentence); }
 * }
 * }</pre>
 * A method that throws is treated as a failed render: the session then calls {@link #failed} with a sentence, so the
 * progress message never stays behind.
 */
public interface AnswerSurface {

    /** A short state such as "Running the query…", replacing the previous one; surfaces may skip some. */
    void progress(String stage);

    /**
     * The rows are in. Called first with {@code summaryPending} true as soon as they are, then again with the summary
     * (or without one, when it could not be written; {@link Sentences#NO_SUMMARY}). Answers that come with their
     * summary at once (catalog questions) are shown once, with {@code summaryPending} false.
     *
     * @param archiveId where buttons find this answer again
     */
    void answered(Answer answer, Optional<String> archiveId, boolean summaryPending);

    /** The question got no answer: one sentence for the asker, replacing the progress. */
    void failed(String sentence);
}
