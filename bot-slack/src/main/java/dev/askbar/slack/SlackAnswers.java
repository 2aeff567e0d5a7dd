package dev.askbar.slack;

import com.slack.api.Slack;
import dev.askbar.core.platform.AdapterContext;
import dev.askbar.core.platform.AnswerWorkers;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the Slack handlers share: the adapter context, the Web API, thread conversations, and a small queue for
 * one-sentence notices that must not be posted on Slack's request thread (usage hints, "busy").
 */
final class SlackAnswers {
    private static final Logger log = LoggerFactory.getLogger(SlackAnswers.class);
    static final String PLATFORM = "slack";

    private final AdapterContext context;
    private final SlackWeb web;
    private final Slack slack;
    private final ThreadConversations conversations;
    private final Duration progressInterval;
    private final AnswerWorkers notices;

    /** @param notices owned by the adapter, which closes it; the context's workers are not */
    SlackAnswers(
            AdapterContext context,
            SlackWeb web,
            Slack slack,
            ThreadConversations conversations,
            Duration progressInterval,
            AnswerWorkers notices) {
        this.context = context;
        this.web = web;
        this.slack = slack;
        this.conversations = conversations;
        this.progressInterval = progressInterval;
        this.notices = notices;
    }

    AdapterContext context() {
        return context;
    }

    SlackWeb web() {
        return web;
    }

    ThreadConversations conversations() {
        return conversations;
    }

    ResponseUrl responseUrl(String url) {
        return new ResponseUrl(slack, url);
    }

    /** Created on the request thread: a refusal arriving before the handler returns goes to {@code refusedOnRequestThread}. */
    SlackSurface surface(
            SlackSurface.Place place,
            Optional<ResponseUrl> noAccess,
            Consumer<String> posted,
            Consumer<String> refusedOnRequestThread) {
        return new SlackSurface(
                web, context.workers(), place, progressInterval, noAccess, posted, refusedOnRequestThread);
    }

    /** One sentence into a thread, posted off the request thread. */
    void notify(String channel, String threadTs, String sentence) {
        run(() -> web.post(channel, Optional.of(threadTs), BlockKitAnswer.notice(sentence)));
    }

    /** Runs a reply off the request thread, even when every answer worker is busy. */
    void run(Runnable reply) {
        if (!notices.submit(reply)) {
            log.warn("too many Slack notices waiting; one was dropped");
        }
    }
}
