package dev.askbar.slack;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.handler.builtin.SlashCommandHandler;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import dev.askbar.core.platform.AskbarAction;
import dev.askbar.core.platform.Sentences;
import java.util.Optional;

/**
 * {@code /askbar help|keys|refresh|examples}: parsed by the shared model, answered ephemerally through the command's
 * response_url. Whether the caller is an admin is asked on a worker (users.info may be slow), never on Slack's
 * request thread.
 */
final class AskbarCommandHandler implements SlashCommandHandler {
    static final String WHO_MAY = "workspace admins and the people in ASKBAR_SLACK_ADMINS";

    private final SlackAnswers answers;
    private final SlackAdmins admins;

    AskbarCommandHandler(SlackAnswers answers, SlackAdmins admins) {
        this.answers = answers;
        this.admins = admins;
    }

    @Override
    public Response apply(SlashCommandRequest req, SlashCommandContext ctx) {
        Optional<AskbarAction> parsed =
                AskbarAction.parse(SlackText.decode(req.getPayload().getText()));
        if (parsed.isEmpty()) {
            return ctx.ack(SlackText.escape(Sentences.ASKBAR_USAGE));
        }
        AskbarAction action = parsed.get();
        String user = req.getPayload().getUserId();
        SlackReplies replies =
                new SlackReplies(answers.responseUrl(req.getPayload().getResponseUrl()));
        boolean queued = answers.context()
                .workers()
                .submit(() ->
                        answers.context().askbar(action, action.adminOnly() && admins.isAdmin(user), WHO_MAY, replies));
        return queued ? ctx.ack() : ctx.ack(SlackText.escape(Sentences.BUSY));
    }
}
