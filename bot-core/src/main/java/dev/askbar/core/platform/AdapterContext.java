package dev.askbar.core.platform;

import dev.askbar.core.engine.QueryEngine;
import dev.askbar.core.engine.Question;
import dev.askbar.core.llm.KeyStatus;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every chat adapter gets from the launcher: the one shared engine, the workers that run questions off the
 * platform's threads, the archive behind buttons, feedback, example review and the key status as data. Adapters
 * turn platform events into calls here and render what comes back; the flow itself lives in this package.
 *
 * @param keys         the status of every LLM key (masked), for {@code /askbar keys}
 * @param schemas      the schemas questions may touch, for help
 * @param coordination event claims and conversation links, shared by the replicas
 */
public record AdapterContext(
        QueryEngine engine,
        AnswerWorkers workers,
        AnswerArchive archive,
        Supplier<List<KeyStatus>> keys,
        Feedback feedback,
        ExampleReview examples,
        List<String> schemas,
        Coordination coordination) {
    private static final Logger log = LoggerFactory.getLogger(AdapterContext.class);

    /** For a single process: claims and conversation links kept in memory. */
    public AdapterContext(
            QueryEngine engine,
            AnswerWorkers workers,
            AnswerArchive archive,
            Supplier<List<KeyStatus>> keys,
            Feedback feedback,
            ExampleReview examples,
            List<String> schemas) {
        this(engine, workers, archive, keys, feedback, examples, schemas, Coordination.inMemory());
    }

    /** Answers the question on a worker; when every worker is busy the surface hears {@link Sentences#BUSY} at once. */
    public void ask(Question question, AnswerSurface surface) {
        if (!workers.submit(() -> AnswerSession.run(engine, archive, question, surface, workers))) {
            AnswerSession.failSafely(surface, question.platform(), Sentences.BUSY);
        }
    }

    /**
     * Runs an {@code /askbar} subcommand for someone the platform says is (or is not) an admin.
     *
     * @param whoMay who may use admin commands on this platform, for the refusal ("workspace admins and …")
     */
    public void askbar(AskbarAction action, boolean admin, String whoMay, AskbarReplies replies) {
        if (action.adminOnly() && !admin) {
            replies.notice(Sentences.notAdmin(action, whoMay));
            return;
        }
        // help and refresh read the database and examples the state store: never on the platform's thread
        if (!workers.submit(() -> runAskbar(action, replies))) {
            replies.notice(Sentences.BUSY);
        }
    }

    private void runAskbar(AskbarAction action, AskbarReplies replies) {
        try {
            switch (action) {
                case HELP -> replies.help(HelpText.of(engine.schema(), schemas));
                case KEYS -> replies.keys(keys.get());
                case REFRESH -> replies.notice(refresh());
                case EXAMPLES -> replies.examples(examples.pending(ExampleReview.PAGE));
            }
        } catch (RuntimeException e) {
            log.error("/askbar {} failed", action.word(), e);
            replies.notice(action == AskbarAction.KEYS ? Sentences.KEYS_UNREADABLE : Sentences.SCHEMA_UNREADABLE);
        }
    }

    /** The admin's "refresh": re-reads the schema (a new table becomes askable) and forgets cached SQL. */
    String refresh() {
        int tables = engine.refreshSchema();
        int forgotten = engine.forgetCachedSql();
        return Sentences.refreshed(tables, forgotten);
    }

    /** An admin's approve or reject button on a pending example; the platform has checked the presser is an admin. */
    public void review(long exampleId, boolean approve, String admin, AskbarReplies replies) {
        if (!workers.submit(() -> {
            boolean done;
            try {
                done = approve ? examples.approve(exampleId, admin) : examples.reject(exampleId, admin);
            } catch (RuntimeException e) {
                log.error("reviewing example {} failed", exampleId, e);
                done = false;
            }
            replies.notice(
                    !done
                            ? Sentences.UNKNOWN_EXAMPLE
                            : approve ? Sentences.approved(exampleId) : Sentences.rejected(exampleId));
        })) {
            replies.notice(Sentences.BUSY);
        }
    }

    /** 👍 or 👎 on an archived answer, stored on a worker; the reply is for the presser alone. */
    public void feedback(String archiveId, String user, int value, AskbarReplies replies) {
        if (!workers.submit(() -> {
            String sentence;
            try {
                sentence = archive.find(archiveId)
                        .flatMap(a -> a.auditId())
                        .map(auditId -> feedback.record(auditId, user, value)
                                ? (value > 0 ? Sentences.THANKS_UP : Sentences.THANKS_DOWN)
                                : Sentences.EXPIRED)
                        .orElse(Sentences.EXPIRED);
            } catch (RuntimeException e) {
                log.error("storing feedback failed", e);
                sentence = Sentences.FEEDBACK_NOT_STORED;
            }
            replies.notice(sentence);
        })) {
            replies.notice(Sentences.BUSY);
        }
    }
}
