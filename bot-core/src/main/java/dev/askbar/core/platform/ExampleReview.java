package dev.askbar.core.platform;

import java.time.Instant;
import java.util.List;

/**
 * Answers people marked 👍, waiting for an admin: only approved ones become examples in everyone's prompts, so
 * no single chat user can teach the model SQL.
 */
public interface ExampleReview {
    int PAGE = 10;

    /** Nothing to review (no state store). */
    ExampleReview NONE = new ExampleReview() {
        @Override
        public List<Candidate> pending(int max) {
            return List.of();
        }

        @Override
        public boolean approve(long id, String admin) {
            return false;
        }

        @Override
        public boolean reject(long id, String admin) {
            return false;
        }
    };

    /** @param suggestedBy who pressed 👍 */
    record Candidate(long id, String question, String sql, String suggestedBy, Instant suggestedAt) {}

    List<Candidate> pending(int max);

    boolean approve(long id, String admin);

    boolean reject(long id, String admin);
}
