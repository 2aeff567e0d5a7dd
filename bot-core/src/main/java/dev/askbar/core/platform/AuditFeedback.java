package dev.askbar.core.platform;

import dev.askbar.core.store.AuditLog;
import dev.askbar.core.store.VerifiedExamples;

/**
 * Feedback kept in the audit log. A 👍 also proposes the answer's question and SQL as an example, pending until
 * an admin approves it: one chat user's 👍 never puts LLM-written SQL into everyone's prompts.
 */
public final class AuditFeedback implements Feedback {
    private final AuditLog audit;
    private final VerifiedExamples examples;

    public AuditFeedback(AuditLog audit, VerifiedExamples examples) {
        this.audit = audit;
        this.examples = examples;
    }

    @Override
    public boolean record(long auditId, String user, int value) {
        if (!audit.feedback(auditId, value)) {
            return false;
        }
        if (value > 0) {
            examples.proposeFromFeedback(auditId, user);
        }
        return true;
    }
}
