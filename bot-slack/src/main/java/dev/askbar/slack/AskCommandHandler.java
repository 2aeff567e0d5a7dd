package dev.askbar.slack;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.handler.builtin.SlashCommandHandler;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import dev.askbar.core.platform.AnswerWorkers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.Optional;

/**
 * {@code /ask <question>}: acknowledged as soon as the question is queued (Bolt acks when this returns, and Slack
 * gives up after 3 seconds); the answer is posted from a worker.
 */
final class AskCommandHandler implements SlashCommandHandler {
    private static final Logger log = LoggerFactory.getLogger(AskCommandHandler.class);
    static final String USAGE = "Ask a question about the data, e.g. `/ask how many orders were placed last month?`";
    static final String BUSY = "I'm answering a lot of questions right now; please ask again in a minute.";

    private final AnswerWorkers workers;
    private final AnswerDelivery delivery;

    AskCommandHandler(AnswerWorkers workers, AnswerDelivery delivery) {
        this.workers = workers;
        this.delivery = delivery;
    }

    @Override
    public Response apply(SlashCommandRequest req, SlashCommandContext ctx) {
        SlashCommandPayload p = req.getPayload();
        String text = p.getText() == null ? "" : p.getText().strip();
        if (text.isEmpty()) {
            return ctx.ack(USAGE);
        }
        AnswerDelivery.Ask ask = new AnswerDelivery.Ask(text, p.getUserId(), p.getChannelId(), Optional.empty(),
                Optional.of(message -> respond(ctx, "in_channel", message)));
        if (!workers.submit(() -> delivery.deliver(ask))) {
            return ctx.ack(BUSY);
        }
        return ctx.ack();
    }

    /** A reply through the command's response_url, which works even where the bot is not a channel member. */
    static void respond(SlashCommandContext ctx, String responseType, SlackMessage message) {
        try {
            ctx.respond(r -> r.responseType(responseType).text(message.text()).blocks(message.blocks()));
        } catch (IOException e) {
            log.warn("Slack response_url post failed: {}", e.toString());
        }
    }
}
