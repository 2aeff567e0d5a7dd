package dev.askbar.slack;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.AppMentionEvent;
import dev.askbar.core.platform.AnswerWorkers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code @AskBar <question>}: answered in the mention's thread, and the thread is the conversation, so a later
 * mention in it is a follow-up. Retried deliveries of an event already taken are acknowledged and dropped.
 */
final class MentionHandler implements BoltEventHandler<AppMentionEvent> {
    private static final Logger log = LoggerFactory.getLogger(MentionHandler.class);

    private final AnswerWorkers workers;
    private final AnswerDelivery delivery;
    private final SlackWeb web;
    private final EventDeduplicator deliveries;
    private final Pattern botMention;

    MentionHandler(AnswerWorkers workers, AnswerDelivery delivery, SlackWeb web, EventDeduplicator deliveries, String botUserId) {
        this.workers = workers;
        this.delivery = delivery;
        this.web = web;
        this.deliveries = deliveries;
        this.botMention = Pattern.compile("<@" + Pattern.quote(botUserId) + "(\\|[^>]*)?>");
    }

    @Override
    public Response apply(EventsApiPayload<AppMentionEvent> payload, EventContext ctx) {
        if (!deliveries.firstDelivery(payload.getEventId())) {
            log.info("event {} delivered again (retry {}, {}); already answered", payload.getEventId(), ctx.getRetryNum(), ctx.getRetryReason());
            return ctx.ack();
        }
        AppMentionEvent event = payload.getEvent();
        String thread = event.getThreadTs() != null ? event.getThreadTs() : event.getTs();
        String text = question(event.getText());
        if (text.isEmpty()) {
            workers.submit(() -> web.post(event.getChannel(), Optional.of(thread), new SlackMessage(AskCommandHandler.USAGE, java.util.List.of())));
            return ctx.ack();
        }
        AnswerDelivery.Ask ask = new AnswerDelivery.Ask(text, event.getUser(), event.getChannel(), Optional.of(thread), Optional.empty());
        if (!workers.submit(() -> delivery.deliver(ask))) {
            web.post(event.getChannel(), Optional.of(thread), new SlackMessage(AskCommandHandler.BUSY, java.util.List.of()));
        }
        return ctx.ack();
    }

    /** The mention's text without the bot's own mention. */
    String question(String text) {
        return text == null ? "" : botMention.matcher(text).replaceAll(" ").replaceAll("\\s+", " ").strip();
    }
}
