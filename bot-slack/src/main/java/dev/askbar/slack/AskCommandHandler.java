package dev.askbar.slack;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.handler.builtin.SlashCommandHandler;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import dev.askbar.core.engine.Question;
import dev.askbar.core.platform.Sentences;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /ask <question>}: acknowledged as soon as the question is queued (Bolt acks when this returns, and Slack
 * gives up after 3 seconds); the answer is posted from a worker. When every worker is busy the acknowledgement
 * itself says so.
 *
 * <p>A slash command carries no event id, and Slack does not retry one (a late ack shows the user a timeout
 * instead). Its {@code trigger_id} is unique per invocation, so it is claimed like an event id: the same request
 * delivered twice (a proxy or load balancer re-sending it to another replica) is answered once.
 */
final class AskCommandHandler implements SlashCommandHandler {
    private static final Logger log = LoggerFactory.getLogger(AskCommandHandler.class);
    private final SlackAnswers answers;

    AskCommandHandler(SlackAnswers answers) {
        this.answers = answers;
    }

    @Override
    public Response apply(SlashCommandRequest req, SlashCommandContext ctx) {
        SlashCommandPayload p = req.getPayload();
        String text = SlackText.decode(p.getText()).strip();
        if (text.isEmpty()) {
            return ctx.ack(SlackText.escape(Sentences.ASK_USAGE));
        }
        String trigger = p.getTriggerId();
        if (trigger != null
                && !trigger.isBlank()
                && !answers.context().coordination().claim(SlackAnswers.PLATFORM, "command:" + trigger)) {
            log.info("/ask with trigger {} delivered again; already taken here or by another replica", trigger);
            return ctx.ack();
        }
        String conversation = answers.conversations().start(p.getChannelId());
        String[] refused = new String[1];
        SlackSurface surface = answers.surface(
                new SlackSurface.Place(p.getChannelId(), Optional.empty(), p.getUserId(), text),
                Optional.of(answers.responseUrl(p.getResponseUrl())),
                ts -> answers.conversations().threadOf(p.getChannelId(), ts, conversation),
                sentence -> refused[0] = sentence);
        answers.context()
                .ask(new Question(text, p.getUserId(), SlackAnswers.PLATFORM, Optional.of(conversation)), surface);
        return refused[0] == null ? ctx.ack() : ctx.ack(SlackText.escape(refused[0]));
    }
}
