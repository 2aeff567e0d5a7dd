package dev.askbar.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.methods.request.files.FilesUploadV2Request;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Web API calls the adapter makes, paced per channel and with one retry after a 429 (Slack's client does not
 * retry by itself). A failed call is logged and reported, never thrown: a Slack hiccup never takes a worker down,
 * and the caller decides what the asker sees instead.
 */
final class SlackWeb {
    private static final Logger log = LoggerFactory.getLogger(SlackWeb.class);
    private static final long MAX_RETRY_AFTER_SECONDS = 30;
    /** Errors that mean "this message's shape or size was refused": a plainer form may pass. */
    private static final Set<String> REFUSED_SHAPE = Set.of(
            "invalid_blocks",
            "invalid_blocks_format",
            "invalid_attachments",
            "too_many_attachments",
            "msg_too_long",
            "no_text");

    private final MethodsClient client;
    private final ChannelPacer pacer;

    SlackWeb(MethodsClient client, ChannelPacer pacer) {
        this.client = client;
        this.pacer = pacer;
    }

    MethodsClient client() {
        return client;
    }

    /**
     * What Slack said to a message: its ts when it took it, else its error code ("invalid_blocks", or "http_500"
     * when it did not answer in JSON).
     */
    record Sent(Optional<String> ts, Optional<String> error) {
        static Sent ok(String ts) {
            return new Sent(Optional.ofNullable(ts), Optional.empty());
        }

        static Sent failed(String error) {
            return new Sent(Optional.empty(), Optional.of(error));
        }

        boolean ok() {
            return error.isEmpty();
        }

        /** Slack refused the message itself; the same content in a plainer form may pass. */
        boolean refusedShape() {
            return error.filter(REFUSED_SHAPE::contains).isPresent();
        }
    }

    /**
     * Posts a message (into a thread when {@code threadTs} is present). Text is never parsed for names or links:
     * the message says what AskBar escaped, nothing more.
     */
    Sent post(String channel, Optional<String> threadTs, SlackMessage message) {
        pacer.await(channel);
        return send(
                "chat.postMessage",
                () -> client.chatPostMessage(r -> r.channel(channel)
                        .threadTs(threadTs.orElse(null))
                        .text(message.text())
                        .blocks(message.blocks())
                        .attachments(message.attachments())
                        .parse("none")
                        .linkNames(false)
                        .unfurlLinks(false)
                        .unfurlMedia(false)),
                r -> r.getTs());
    }

    /**
     * Replaces a message the bot posted. Blocks and attachments are always sent, empty ones too: chat.update keeps
     * the previous ones when a field is left out, and a plainer retry must not keep a refused table.
     */
    Sent update(String channel, String ts, SlackMessage message) {
        return send(
                "chat.update",
                () -> client.chatUpdate(r -> r.channel(channel)
                        .ts(ts)
                        .text(message.text())
                        .blocks(message.blocks())
                        .attachments(message.attachments())
                        .parse("none")
                        .linkNames(false)),
                r -> ts);
    }

    /** Removes a message the bot posted: the last resort for a progress message nothing else could replace. */
    boolean delete(String channel, String ts) {
        return send(
                        "chat.delete",
                        () -> client.chatDelete(r -> r.channel(channel).ts(ts)),
                        r -> ts)
                .ok();
    }

    /** Files upload v2 (get an upload URL, send the bytes, complete into the channel); files.upload is gone since 2025. */
    boolean upload(String channel, Optional<String> threadTs, String filename, String title, byte[] content) {
        return call(
                        "files.uploadV2",
                        () -> client.filesUploadV2(r -> r.channel(channel)
                                .threadTs(threadTs.orElse(null))
                                .uploadFiles(List.of(FilesUploadV2Request.UploadFile.builder()
                                        .fileData(content)
                                        .filename(filename)
                                        .title(title)
                                        .build()))
                                .requestFileInfo(false)))
                .isPresent();
    }

    interface Call<T extends SlackApiTextResponse> {
        T run() throws IOException, SlackApiException;
    }

    private <T extends SlackApiTextResponse> Sent send(String method, Call<T> call, Function<T, String> ts) {
        Sent[] out = new Sent[1];
        Optional<T> response = call(method, call, error -> out[0] = Sent.failed(error));
        return response.map(r -> Sent.ok(ts.apply(r)))
                .orElseGet(() -> out[0] == null ? Sent.failed("unknown") : out[0]);
    }

    <T extends SlackApiTextResponse> Optional<T> call(String method, Call<T> call) {
        return call(method, call, error -> {});
    }

    private <T extends SlackApiTextResponse> Optional<T> call(String method, Call<T> call, Consumer<String> failed) {
        for (int attempt = 1; ; attempt++) {
            try {
                T response = call.run();
                if (!response.isOk()) {
                    log.warn("Slack {} failed: {}", method, response.getError());
                    failed.accept(response.getError() == null ? "unknown" : response.getError());
                    return Optional.empty();
                }
                return Optional.of(response);
            } catch (SlackApiException e) {
                if (e.getResponse().code() == 429 && attempt == 1) {
                    waitRetryAfter(e);
                    continue;
                }
                String error = e.getError() != null && e.getError().getError() != null
                        ? e.getError().getError()
                        : "http_" + e.getResponse().code();
                log.warn("Slack {} failed: HTTP {} {}", method, e.getResponse().code(), error);
                failed.accept(error);
                return Optional.empty();
            } catch (IOException | RuntimeException e) {
                // the upload v2 flow reports its own failures as unchecked exceptions
                log.warn("Slack {} failed: {}", method, e.toString());
                failed.accept("unreachable");
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
