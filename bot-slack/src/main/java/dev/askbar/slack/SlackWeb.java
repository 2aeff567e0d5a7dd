package dev.askbar.slack;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
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

    private final WebApiCall api;
    private final ChannelPacer pacer;

    SlackWeb(WebApiCall api, ChannelPacer pacer) {
        this.api = api;
        this.pacer = pacer;
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
        Map<String, String> form = message(channel, message);
        form.put("thread_ts", threadTs.orElse(null));
        form.put("unfurl_links", "false");
        form.put("unfurl_media", "false");
        return sent("chat.postMessage", form, reply -> reply.string("ts").orElse(null));
    }

    /**
     * Replaces a message the bot posted. Blocks and attachments are always sent, empty ones too: chat.update keeps
     * the previous ones when a field is left out, and a plainer retry must not keep a refused table.
     */
    Sent update(String channel, String ts, SlackMessage message) {
        Map<String, String> form = message(channel, message);
        form.put("ts", ts);
        return sent("chat.update", form, reply -> ts);
    }

    /** Removes a message the bot posted: the last resort for a progress message nothing else could replace. */
    boolean delete(String channel, String ts) {
        return call("chat.delete", Map.of("channel", channel, "ts", ts)).isPresent();
    }

    /** Files upload v2 (get an upload URL, send the bytes, complete into the channel); files.upload is gone since 2025. */
    boolean upload(String channel, Optional<String> threadTs, String filename, String title, byte[] content) {
        Optional<WebApiCall.Reply> target = call(
                "files.getUploadURLExternal", Map.of("filename", filename, "length", Integer.toString(content.length)));
        Optional<String> url = target.flatMap(t -> t.string("upload_url"));
        Optional<String> fileId = target.flatMap(t -> t.string("file_id"));
        if (url.isEmpty() || fileId.isEmpty()) {
            return false;
        }
        try {
            WebApiCall.Reply sent = api.upload(url.get(), content);
            if (sent.status() != 200) {
                log.warn("Slack upload of {} failed: HTTP {}", filename, sent.status());
                return false;
            }
        } catch (IOException e) {
            log.warn("Slack upload of {} failed: {}", filename, e.toString());
            return false;
        }
        JsonObject file = new JsonObject();
        file.addProperty("id", fileId.get());
        file.addProperty("title", title);
        JsonArray files = new JsonArray();
        files.add(file);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("files", files.toString());
        form.put("channel_id", channel);
        form.put("thread_ts", threadTs.orElse(null));
        return call("files.completeUploadExternal", form).isPresent();
    }

    /** users.info's user object, for the admin check. */
    Optional<JsonObject> user(String userId) {
        return call("users.info", Map.of("user", userId))
                .flatMap(r -> r.body())
                .filter(b -> b.has("user") && b.get("user").isJsonObject())
                .map(b -> b.getAsJsonObject("user"));
    }

    private static Map<String, String> message(String channel, SlackMessage message) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("channel", channel);
        form.put("text", message.text());
        form.put("blocks", WebApiCall.BLOCKS.toJson(message.blocks()));
        form.put("attachments", WebApiCall.BLOCKS.toJson(message.attachments()));
        form.put("parse", "none");
        form.put("link_names", "false");
        return form;
    }

    private interface Ts {
        String of(WebApiCall.Reply reply);
    }

    private Sent sent(String method, Map<String, String> form, Ts ts) {
        String[] error = {"unknown"};
        return call(method, form, e -> error[0] = e)
                .map(reply -> Sent.ok(ts.of(reply)))
                .orElseGet(() -> Sent.failed(error[0]));
    }

    private Optional<WebApiCall.Reply> call(String method, Map<String, String> form) {
        return call(method, form, error -> {});
    }

    private Optional<WebApiCall.Reply> call(String method, Map<String, String> form, Consumer<String> failed) {
        for (int attempt = 1; ; attempt++) {
            try {
                WebApiCall.Reply reply = api.post(method, form);
                if (reply.status() == 429 && attempt == 1) {
                    waitRetryAfter(reply.retryAfter());
                    continue;
                }
                if (reply.ok()) {
                    return Optional.of(reply);
                }
                if (reply.status() == 200) {
                    log.warn("Slack {} failed: {}", method, reply.error());
                } else {
                    log.warn("Slack {} failed: HTTP {} {}", method, reply.status(), reply.error());
                }
                failed.accept(reply.error());
                return Optional.empty();
            } catch (IOException | RuntimeException e) {
                log.warn("Slack {} failed: {}", method, e.toString());
                failed.accept("unreachable");
                return Optional.empty();
            }
        }
    }

    private static void waitRetryAfter(Optional<String> header) {
        long seconds = 1;
        try {
            seconds = header.map(h -> Long.parseLong(h.trim())).orElse(1L);
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
