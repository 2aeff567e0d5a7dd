package dev.askbar.slack;

import dev.askbar.core.platform.ExampleReview;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** Examples waiting for review, in memory: what the Slack tests need of the review store, and a record of decisions. */
final class PendingExamples implements ExampleReview {
    private final List<Candidate> pending = new CopyOnWriteArrayList<>();
    final Map<Long, String> approvedBy = new ConcurrentHashMap<>();
    final Map<Long, String> rejectedBy = new ConcurrentHashMap<>();

    PendingExamples add(long id, String question, String sql, String by) {
        pending.add(new Candidate(id, question, sql, by, Instant.parse("2026-11-30T12:00:00Z")));
        return this;
    }

    @Override
    public List<Candidate> pending(int max) {
        return new ArrayList<>(pending.subList(0, Math.min(max, pending.size())));
    }

    @Override
    public boolean approve(long id, String admin) {
        return decide(id) && approvedBy.put(id, admin) == null;
    }

    @Override
    public boolean reject(long id, String admin) {
        return decide(id) && rejectedBy.put(id, admin) == null;
    }

    private boolean decide(long id) {
        return pending.removeIf(c -> c.id() == id);
    }
}
