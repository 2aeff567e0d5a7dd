package dev.askbar.slack;

import dev.askbar.core.answer.AnswerView;
import dev.askbar.core.answer.TextTable;
import dev.askbar.core.engine.Answer;
import dev.askbar.core.engine.ProgressListener;
import dev.askbar.core.engine.Question;
import dev.askbar.core.platform.AdapterContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One question, from "working on it" to the answer, on a worker thread: posts the progress message, runs the
 * engine, replaces the progress with the answer, and uploads the chart and the CSV into the answer's thread.
 */
final class AnswerDelivery {
    private static final Logger log = LoggerFactory.getLogger(AnswerDelivery.class);
    static final String PLATFORM = "slack";
    static final String FAILED = "Something went wrong while answering; please try again.";

    /**
     * @param threadTs   the thread to answer in (mentions), or empty to answer in the channel (/ask)
     * @param ifNoAccess where the answer goes when the bot cannot post into the channel (a slash command's response_url)
     */
    record Ask(String text, String asker, String channel, Optional<String> threadTs, Optional<Consumer<SlackMessage>> ifNoAccess) {
    }

    private final AdapterContext context;
    private final SlackWeb web;
    private final Duration progressInterval;

    AnswerDelivery(AdapterContext context, SlackWeb web, Duration progressInterval) {
        this.context = context;
        this.web = web;
        this.progressInterval = progressInterval;
    }

    void deliver(Ask ask) {
        Optional<String> ts = web.post(ask.channel(), ask.threadTs(), BlockKitAnswer.working(ask.asker(), ask.text(), "Writing the SQL…"));
        if (ts.isEmpty()) {
            // typically not_in_channel: /ask still works through the command's response_url, without progress or files
            ask.ifNoAccess().ifPresent(reply -> reply.accept(render(answer(ask, Optional.empty(), ProgressListener.NONE)).message()));
            return;
        }
        String thread = ask.threadTs().orElse(ts.get());
        ProgressMessage progress = new ProgressMessage(web, ask.channel(), ts.get(), ask.asker(), ask.text(), progressInterval);
        Answer answer;
        try {
            answer = answer(ask, Optional.of(ask.channel() + ":" + thread), progress);
        } catch (RuntimeException e) {
            // the engine turns known failures into an AnswerError; this is a bug, but the asker should not wait forever
            log.error("answering a Slack question failed", e);
            progress.finish(BlockKitAnswer.warning(FAILED));
            return;
        }
        Rendered out = render(answer);
        progress.finish(out.message());
        out.view().chartPng().ifPresent(png -> web.upload(ask.channel(), Optional.of(thread), "chart.png", "Chart: " + out.view().question(), png));
        if (!out.tableShowsAll()) {
            out.view().csv().ifPresent(csv -> web.upload(ask.channel(), Optional.of(thread), "answer.csv", "CSV: " + out.view().question(), csv));
        }
    }

    private Answer answer(Ask ask, Optional<String> conversation, ProgressListener progress) {
        return context.engine().answer(new Question(ask.text(), ask.asker(), PLATFORM, conversation), progress);
    }

    record Rendered(AnswerView view, SlackMessage message, boolean tableShowsAll) {
    }

    private Rendered render(Answer answer) {
        AnswerView view = AnswerView.of(answer, TextTable.Style.chat());
        Optional<String> id = answer.ok() ? Optional.of(context.archive().keep(answer)) : Optional.empty();
        BlockKitAnswer.Rendered rendered = BlockKitAnswer.render(answer, view, id);
        log.debug("answered {} with {} blocks", answer.question().asker(), rendered.message().blocks().size());
        return new Rendered(view, rendered.message(), rendered.tableShowsAll());
    }
}
