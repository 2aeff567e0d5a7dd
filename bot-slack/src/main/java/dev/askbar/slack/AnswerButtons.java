package dev.askbar.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import dev.askbar.core.answer.CsvWriter;
import dev.askbar.core.engine.Answer;
import dev.askbar.core.platform.AdapterContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

/**
 * The buttons under an answer: "Show SQL" (ephemeral), "CSV" (uploaded into the answer's thread) and 👍/👎
 * (feedback). Buttons carry the archive id or the audit id, never the SQL; the work runs on a worker.
 */
final class AnswerButtons {
    private static final Logger log = LoggerFactory.getLogger(AnswerButtons.class);
    static final String EXPIRED = "That answer is too old to reopen; please ask again.";

    private final AdapterContext context;
    private final SlackWeb web;

    AnswerButtons(AdapterContext context, SlackWeb web) {
        this.context = context;
        this.web = web;
    }

    void register(App app) {
        app.blockAction(BlockKitAnswer.SHOW_SQL, this::showSql);
        app.blockAction(BlockKitAnswer.CSV, this::csv);
        app.blockAction(BlockKitAnswer.THUMBS_UP, (req, ctx) -> feedback(req, ctx, 1));
        app.blockAction(BlockKitAnswer.THUMBS_DOWN, (req, ctx) -> feedback(req, ctx, -1));
    }

    private Response showSql(BlockActionRequest req, ActionContext ctx) {
        Optional<Answer> answer = context.archive().find(value(req));
        context.workers().submit(() -> reply(ctx, answer.flatMap(Answer::sql)
                .map(sql -> new SlackMessage("SQL", BlockKitAnswer.monospace("SQL", sql)))
                .orElse(text(EXPIRED))));
        return ctx.ack();
    }

    private Response csv(BlockActionRequest req, ActionContext ctx) {
        BlockActionPayload p = req.getPayload();
        Optional<Answer> answer = context.archive().find(value(req));
        String channel = p.getChannel().getId();
        String thread = Optional.ofNullable(p.getContainer().getThreadTs()).orElse(p.getContainer().getMessageTs());
        context.workers().submit(() -> {
            if (answer.flatMap(Answer::result).isEmpty()) {
                reply(ctx, text(EXPIRED));
                return;
            }
            byte[] csv = CsvWriter.write(answer.get().result().get());
            if (!web.upload(channel, Optional.ofNullable(thread), "answer.csv", "CSV: " + answer.get().question().text(), csv)) {
                reply(ctx, text("I could not upload the CSV here; is AskBar a member of this channel?"));
            }
        });
        return ctx.ack();
    }

    private Response feedback(BlockActionRequest req, ActionContext ctx, int value) {
        String user = req.getPayload().getUser().getId();
        long auditId;
        try {
            auditId = Long.parseLong(value(req));
        } catch (NumberFormatException e) {
            return ctx.ack();
        }
        context.workers().submit(() -> reply(ctx, context.feedback().record(auditId, user, value)
                ? text(value > 0 ? "Thanks! I'll use this answer as an example for similar questions." : "Thanks, noted. Try rephrasing the question to help me.")
                : text(EXPIRED)));
        return ctx.ack();
    }

    private static String value(BlockActionRequest req) {
        List<BlockActionPayload.Action> actions = req.getPayload().getActions();
        return actions == null || actions.isEmpty() || actions.get(0).getValue() == null ? "" : actions.get(0).getValue();
    }

    private static SlackMessage text(String s) {
        return new SlackMessage(s, List.of(section(b -> b.text(markdownText(SlackText.escape(s))))));
    }

    /** Shown only to the person who clicked, without touching the answer. */
    private static void reply(ActionContext ctx, SlackMessage message) {
        try {
            ctx.respond(r -> r.responseType("ephemeral").replaceOriginal(false).text(message.text()).blocks(message.blocks()));
        } catch (IOException e) {
            log.warn("Slack response_url post failed: {}", e.toString());
        }
    }
}
