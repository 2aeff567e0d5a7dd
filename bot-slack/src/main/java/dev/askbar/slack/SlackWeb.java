package dev.askbar.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.methods.request.files.FilesUploadV2Request;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The Web API calls the adapter makes, paced per channel and with one retry after a 429 (Slack's client does not
 * retry by itself). A failed call is logged and reported as empty/false: the asker may miss a message, but a
 * Slack hiccup never takes a worker down.
 */
final class SlackWeb {
    private static final Logger log = LoggerFactory.getLogger(SlackWeb.class);
    private static final long MAX_RETRY_AFTER_SECONDS = 30;

    private final MethodsClient client;
    private final ChannelPacer pacer;

    SlackWeb(MethodsClient client, ChannelPacer pacer) {
        this.client = client;
        this.pacer = pacer;
    }

    MethodsClient client() {
        return client;
    }

    /** Posts a message (into a thread when {@code threadTs} is present) and returns its ts. */
    Optional<String> post(String channel, Optional<String> threadTs, SlackMessage message) {
        pacer.await(channel);
        return call("chat.postMessage", () -> client.chatPostMessage(r -> r.channel(channel).threadTs(threadTs.orElse(null))
                .text(message.text()).blocks(message.blocks()).unfurlLinks(false).unfurlMedia(false)))
                .map(r -> r.getTs());
    }

    /** Replaces a message the bot posted; the caller decides about pacing (progress skips, the answer waits). */
    boolean update(String channel, String ts, SlackMessage message) {
        return call("chat.update", () -> client.chatUpdate(r -> r.channel(channel).ts(ts).text(message.text()).blocks(message.blocks())))
                .isPresent();
    }

    /** Files upload v2 (get an upload URL, send the bytes, complete into the channel); files.upload is gone since 2025. */
    boolean upload(String channel, Optional<String> threadTs, String filename, String title, byte[] content) {
        return call("files.uploadV2", () -> client.filesUploadV2(r -> r.channel(channel).threadTs(threadTs.orElse(null))
                .uploadFiles(List.of(FilesUploadV2Request.UploadFile.builder().fileData(content).filename(filename).title(title).build()))
                .requestFileInfo(false))).isPresent();
    }

    interface Call<T extends SlackApiTextResponse> {
        T run() throws IOException, SlackApiException;
    }

    <T extends SlackApiTextResponse> Optional<T> call(String method, Call<T> call) {
        for (int attempt = 1; ; attempt++) {
            try {
                T response = call.run();
                if (!response.isOk()) {
                    log.warn("Slack {} failed: {}", method, response.getError());
                    return Optional.empty();
                }
                return Optional.of(response);
            } catch (SlackApiException e) {
                if (e.getResponse().code() == 429 && attempt == 1) {
                    waitRetryAfter(e);
                    continue;
                }
                log.warn("Slack {} failed: HTTP {} {}", method, e.getResponse().code(), e.getError() == null ? "" : e.getError().getError());
                return Optional.empty();
            } catch (IOException | RuntimeException e) {
                // the upload v2 flow reports its own failures as unchecked exceptions
                log.warn("Slack {} failed: {}", method, e.toString());
                return Optional.empty();
            }
        }
    }

    private static void waitRetryAfter(SlackApiException e) {
        String header = e.getResponse().header("Retry-After");
        long seconds = 1;
        try {
            seconds = header == null ? 1 : Long.parseLong(header.trim());
        } catch (NumberFormatException ignored) {
            // keep one second
        }
        try {
            TimeUnit.SECONDS.sleep(Math.min(MAX_RETRY_AFTER_SECONDS, Math.max(1, seconds)));
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
        }
    }
}
