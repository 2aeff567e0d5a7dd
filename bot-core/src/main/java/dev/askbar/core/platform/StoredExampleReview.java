package dev.askbar.core.platform;

import dev.askbar.core.store.VerifiedExamples;
import java.util.List;

/**
 * The admins' review of examples proposed by 👍, kept in the state store: what {@code /askbar examples} lists
 * and its approve and reject buttons change. Approving or rejecting twice is harmless and reports success.
 */
public final class StoredExampleReview implements ExampleReview {
    private final VerifiedExamples examples;

    public StoredExampleReview(VerifiedExamples examples) {
        this.examples = examples;
    }

    @Override
    public List<Candidate> pending(int max) {
        return examples.pending(max).stream()
                .map(c -> new Candidate(c.id(), c.question(), c.sql(), c.proposedBy(), c.proposedAt()))
                .toList();
    }

    /** False only when no example has that id. */
    @Override
    public boolean approve(long id, String admin) {
        return examples.approve(id, admin) != VerifiedExamples.Review.NOT_FOUND;
    }

    /** False only when no example has that id. */
    @Override
    public boolean reject(long id, String admin) {
        return examples.reject(id, admin) != VerifiedExamples.Review.NOT_FOUND;
    }
}
