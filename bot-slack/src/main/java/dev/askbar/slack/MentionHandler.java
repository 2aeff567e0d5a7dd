package dev.askbar.slack;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.AppMentionEvent;
import dev.askbar.core.engine.Question;
import dev.askbar.core.platform.Sentences;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code @AskBar <question>}: answered in the mention's thread, and the thread is the conversation, so a later
 * mention in it is a follow-up. The event id is claimed through the context's coordination before any work: Slack's
 * retry of an event, or the same event delivered to another replica, finds it taken and is acknowledged and dropped.
 * Nothing is posted from here: posting is paced, and Bolt acknowledges the event only when this returns.
 */
final class MentionHandler implements BoltEventHandler<AppMentionEvent> {
    private static final Logger log = LoggerFactory.getLogger(MentionHandler.class);

    private final SlackAnswers answers;
    private final Pattern botMention;

    MentionHandler(SlackAnswers answers, String botUserId) {
        this.answers = answers;
        this.botMention = Pattern.compile("<@" + Pattern.quote(botUserId) + "(\\|[^>]*)?>");
    }

    @Override
    public Response apply(EventsApiPayload<AppMentionEvent> payload, EventContext ctx) {
        if (!answers.context().coordination().claim(SlackAnswers.PLATFORM, payload.getEventId())) {
            log.info(
                    "event {} delivered again (retry {}, {}); already taken here or by another replica",
                    payload.getEventId(),
                    ctx.getRetryNum(),
                    ctx.getRetryReason());
            return ctx.ack();
        }
        AppMentionEvent event = payload.getEvent();
        String channel = event.getChannel();
        String thread = event.getThreadTs() != null ? event.getThreadTs() : event.getTs();
        String text = question(event.getText());
        if (text.isEmpty()) {
            answers.notify(channel, thread, Sentences.MENTION_USAGE);
            return ctx.ack();
        }
        SlackSurface surface = answers.surface(
                new SlackSurface.Place(channel, Optional.of(thread), event.getUser(), text),
                Optional.empty(),
                ts -> {},
                sentence -> answers.notify(channel, thread, sentence));
        answers.context()
                .ask(
                        new Question(
                                text,
                                event.getUser(),
                                SlackAnswers.PLATFORM,
                                Optional.of(answers.conversations().of(channel, thread))),
                        surface);
        return ctx.ack();
    }

    /** The mention's text as typed (Slack's entities decoded), without the bot's own mention. */
    String question(String text) {
        String withoutBot = text == null ? "" : botMention.matcher(text).replaceAll(" ");
        return SlackText.decode(withoutBot).replaceAll("\\s+", " ").strip();
    }
}
