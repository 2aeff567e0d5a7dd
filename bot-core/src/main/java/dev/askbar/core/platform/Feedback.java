package dev.askbar.core.platform;

/** 👍 / 👎 on an answer: stored in the audit log; a 👍 also proposes the answer as an example for an admin to review. */
public interface Feedback {

    /** @param value +1 or -1; returns false when the answer is unknown */
    boolean record(long auditId, String user, int value);
}
