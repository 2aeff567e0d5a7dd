package dev.askbar.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import dev.askbar.core.answer.CsvWriter;
import dev.askbar.core.engine.Answer;
import dev.askbar.core.platform.AskbarAction;
import dev.askbar.core.platform.Sentences;
import java.util.List;
import java.util.Optional;

/**
 * The buttons under an answer: "Show SQL" (ephemeral), "CSV" (uploaded into the answer's thread), 👍/👎 (feedback),
 * and Approve / Reject under {@code /askbar examples}. Answer buttons carry the archive id, example buttons the
 * example's id, never SQL; the work runs on a worker, and the reply reaches the presser alone.
 */
final class AnswerButtons {
    private final SlackAnswers answers;
    private final SlackAdmins admins;

    AnswerButtons(SlackAnswers answers, SlackAdmins admins) {
        this.answers = answers;
        this.admins = admins;
    }

    void register(App app) {
        app.blockAction(BlockKitAnswer.SHOW_SQL, this::showSql);
        app.blockAction(BlockKitAnswer.CSV, this::csv);
        app.blockAction(BlockKitAnswer.THUMBS_UP, (req, ctx) -> feedback(req, ctx, 1));
        app.blockAction(BlockKitAnswer.THUMBS_DOWN, (req, ctx) -> feedback(req, ctx, -1));
        app.blockAction(ExampleList.APPROVE, (req, ctx) -> review(req, ctx, true));
        app.blockAction(ExampleList.REJECT, (req, ctx) -> review(req, ctx, false));
    }

    private Response showSql(BlockActionRequest req, ActionContext ctx) {
        String id = value(req);
        SlackReplies replies = replies(req);
        submit(replies, () -> {
            Optional<String> sql = answers.context().archive().find(id).flatMap(Answer::sql);
            if (sql.isPresent()) {
                replies.show(new SlackMessage("SQL", BlockKitAnswer.monospace("SQL", sql.get())));
            } else {
                replies.notice(Sentences.EXPIRED);
            }
        });
        return ctx.ack();
    }

    private Response csv(BlockActionRequest req, ActionContext ctx) {
        BlockActionPayload p = req.getPayload();
        String id = value(req);
        String channel = p.getChannel().getId();
        String thread = Optional.ofNullable(p.getContainer().getThreadTs())
                .orElse(p.getContainer().getMessageTs());
        SlackReplies replies = replies(req);
        submit(replies, () -> {
            Optional<Answer> answer =
                    answers.context().archive().find(id).filter(a -> a.result().isPresent());
            if (answer.isEmpty()) {
                replies.notice(Sentences.EXPIRED);
                return;
            }
            byte[] csv = CsvWriter.write(answer.get().result().get());
            if (!answers.web()
                    .upload(
                            channel,
                            Optional.ofNullable(thread),
                            "answer.csv",
                            "CSV: " + answer.get().question().text(),
                            csv)) {
                replies.notice(Sentences.CSV_NOT_UPLOADED);
            }
        });
        return ctx.ack();
    }

    private Response feedback(BlockActionRequest req, ActionContext ctx, int value) {
        answers.context().feedback(value(req), req.getPayload().getUser().getId(), value, replies(req));
        return ctx.ack();
    }

    /** The presser is checked again: the list may have been forwarded, or the person may no longer be an admin. */
    private Response review(BlockActionRequest req, ActionContext ctx, boolean approve) {
        String user = req.getPayload().getUser().getId();
        SlackReplies replies = replies(req);
        long exampleId;
        try {
            exampleId = Long.parseLong(value(req));
        } catch (NumberFormatException e) {
            return ctx.ack();
        }
        submit(replies, () -> {
            if (admins.isAdmin(user)) {
                answers.context().review(exampleId, approve, user, replies);
            } else {
                replies.notice(Sentences.notAdmin(AskbarAction.EXAMPLES, AskbarCommandHandler.WHO_MAY));
            }
        });
        return ctx.ack();
    }

    private void submit(SlackReplies replies, Runnable work) {
        if (!answers.context().workers().submit(work)) {
            answers.run(() -> replies.notice(Sentences.BUSY));
        }
    }

    private SlackReplies replies(BlockActionRequest req) {
        return new SlackReplies(answers.responseUrl(req.getPayload().getResponseUrl()));
    }

    private static String value(BlockActionRequest req) {
        List<BlockActionPayload.Action> actions = req.getPayload().getActions();
        return actions == null || actions.isEmpty() || actions.get(0).getValue() == null
                ? ""
                : actions.get(0).getValue();
    }
}
