package dev.askbar.slack;

import dev.askbar.core.answer.AnswerView;
import dev.askbar.core.answer.TextTable;
import dev.askbar.core.engine.Answer;
import dev.askbar.core.platform.AnswerSurface;
import dev.askbar.core.platform.AnswerWorkers;
import dev.askbar.core.platform.Sentences;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One question's message in Slack. The first stage posts a "working on it" message; later stages edit it, coalesced
 * so that edits of one message stay an interval apart. The rows replace it at once (table or big number, with a quiet
 * "Writing the summary…" line), the summary is edited in, and the chart and CSV are uploaded into its thread once.
 * A message Slack refuses is retried plainer (code-block table, then text); when even that fails the asker gets
 * {@link Sentences#NOT_SHOWN} in its place, or, as a last resort, the progress message is deleted: it never stays.
 */
final class SlackSurface implements AnswerSurface {
    private static final Logger log = LoggerFactory.getLogger(SlackSurface.class);

    /** Where a Slack question came from and where its answer goes. */
    record Place(String channel, Optional<String> threadTs, String asker, String question) {}

    private final SlackWeb web;
    private final AnswerWorkers uploads;
    private final Place place;
    private final long intervalNanos;
    private final Optional<ResponseUrl> noAccess;
    private final Consumer<String> posted;
    private final Thread requestThread;
    private final Consumer<String> refusedOnRequestThread;

    private Optional<String> ts = Optional.empty();
    private boolean postFailed;
    private long lastEditNanos;
    private BlockKitAnswer.Form form = BlockKitAnswer.Form.RICH;
    private boolean filesSent;

    /**
     * @param uploads                where chart and CSV uploads run, so the summary is not held up by them
     * @param noAccess               where the answer goes when the bot cannot post into the channel (a slash command's response_url)
     * @param posted                 told the ts of the progress message once it is posted (the answer's thread)
     * @param refusedOnRequestThread told a sentence that arrives before the request was acknowledged (every worker busy):
     *                               Slack's request thread must not post, so the handler answers it another way
     */
    SlackSurface(
            SlackWeb web,
            AnswerWorkers uploads,
            Place place,
            Duration progressInterval,
            Optional<ResponseUrl> noAccess,
            Consumer<String> posted,
            Consumer<String> refusedOnRequestThread) {
        this.web = web;
        this.uploads = uploads;
        this.place = place;
        this.intervalNanos = progressInterval.toNanos();
        this.noAccess = noAccess;
        this.posted = posted;
        this.requestThread = Thread.currentThread();
        this.refusedOnRequestThread = refusedOnRequestThread;
    }

    @Override
    public void progress(String stage) {
        SlackMessage working = BlockKitAnswer.working(place.asker(), place.question(), stage);
        if (ts.isEmpty()) {
            if (postFailed) {
                return;
            }
            SlackWeb.Sent sent = web.post(place.channel(), place.threadTs(), working);
            if (sent.ts().isEmpty()) {
                // typically not_in_channel: /ask still answers through its response_url, without progress or files
                postFailed = true;
                return;
            }
            ts = sent.ts();
            lastEditNanos = System.nanoTime();
            posted.accept(ts.get());
            return;
        }
        long now = System.nanoTime();
        if (now - lastEditNanos >= intervalNanos) {
            lastEditNanos = now;
            web.update(place.channel(), ts.get(), working);
        }
    }

    @Override
    public void answered(Answer answer, Optional<String> archiveId, boolean summaryPending) {
        AnswerView view = AnswerView.of(answer, TextTable.Style.chat());
        if (ts.isEmpty()) {
            // a response_url takes 5 posts: send the finished answer once
            if (!summaryPending && !answerThroughResponseUrl(answer, view, archiveId)) {
                throw new IllegalStateException("the answer could not be sent through the response_url");
            }
            return;
        }
        while (true) {
            BlockKitAnswer.Rendered rendered = BlockKitAnswer.render(answer, view, archiveId, summaryPending, form);
            SlackWeb.Sent sent = web.update(place.channel(), ts.get(), rendered.message());
            if (sent.ok()) {
                sendFilesOnce(view, rendered.tableShowsAll());
                return;
            }
            Optional<BlockKitAnswer.Form> plainer = form.plainer();
            if (!sent.refusedShape() || plainer.isEmpty()) {
                throw new IllegalStateException(
                        "Slack refused the answer: " + sent.error().orElse("unknown"));
            }
            log.warn(
                    "Slack refused the {} answer ({}); trying it as {}",
                    form,
                    sent.error().get(),
                    plainer.get());
            form = plainer.get();
        }
    }

    private boolean answerThroughResponseUrl(Answer answer, AnswerView view, Optional<String> archiveId) {
        if (noAccess.isEmpty()) {
            return false;
        }
        for (BlockKitAnswer.Form f : BlockKitAnswer.Form.values()) {
            if (noAccess.get()
                    .inChannel(BlockKitAnswer.render(answer, view, archiveId, false, f)
                            .message())) {
                return true;
            }
        }
        return false;
    }

    private void sendFilesOnce(AnswerView view, boolean tableShowsAll) {
        if (filesSent) {
            return;
        }
        filesSent = true;
        String channel = place.channel();
        Optional<String> thread = Optional.of(place.threadTs().orElse(ts.get()));
        Runnable send = () -> {
            view.chartPng()
                    .ifPresent(png -> web.upload(channel, thread, "chart.png", "Chart: " + view.question(), png));
            if (!tableShowsAll) {
                view.csv().ifPresent(csv -> web.upload(channel, thread, "answer.csv", "CSV: " + view.question(), csv));
            }
        };
        if (!uploads.submit(send)) {
            send.run();
        }
    }

    @Override
    public void failed(String sentence) {
        if (Thread.currentThread() == requestThread) {
            refusedOnRequestThread.accept(sentence);
            return;
        }
        SlackMessage warning = BlockKitAnswer.warning(sentence);
        if (ts.isPresent()) {
            replaceProgress(ts.get(), warning);
        } else if (noAccess.isPresent()) {
            noAccess.get().inChannel(warning);
        } else if (!postFailed) {
            web.post(place.channel(), place.threadTs(), warning);
        }
    }

    /** The sentence in place of the progress; plain text when the blocks are refused; deleted and posted anew at worst. */
    private void replaceProgress(String messageTs, SlackMessage warning) {
        if (web.update(place.channel(), messageTs, warning).ok()
                || web.update(place.channel(), messageTs, SlackMessage.plain(warning.text()))
                        .ok()) {
            return;
        }
        boolean deleted = web.delete(place.channel(), messageTs);
        log.error(
                "could not replace Slack message {} in {} with the failure; {}",
                messageTs,
                place.channel(),
                deleted ? "deleted it" : "it could not be deleted either");
        if (deleted) {
            web.post(place.channel(), place.threadTs(), SlackMessage.plain(warning.text()));
        }
    }
}
