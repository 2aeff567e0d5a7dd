package dev.askbar.slack;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.slack.api.Slack;
import com.slack.api.util.json.GsonFactory;
import com.slack.api.webhook.WebhookResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A command's or a button's response_url: replies that reach the person even where the bot is not a channel member.
 * Slack takes at most 5 posts to one such address within 30 minutes
 * (https://docs.slack.dev/interactivity/handling-user-interaction#message_responses), so each command or click
 * sends one reply here, two at most.
 */
final class ResponseUrl {
    private static final Logger log = LoggerFactory.getLogger(ResponseUrl.class);
    private static final Gson GSON = GsonFactory.createSnakeCase();

    private final Slack slack;
    private final String url;

    ResponseUrl(Slack slack, String url) {
        this.slack = slack;
        this.url = url;
    }

    /** Only the person who asked or clicked sees it; the message with the button stays as it was. */
    boolean ephemeral(SlackMessage message) {
        return send("ephemeral", message);
    }

    /** Everyone in the channel sees it (an answer where the bot cannot post itself). */
    boolean inChannel(SlackMessage message) {
        return send("in_channel", message);
    }

    private boolean send(String responseType, SlackMessage message) {
        if (url == null || url.isBlank()) {
            return false;
        }
        JsonObject body = new JsonObject();
        body.addProperty("response_type", responseType);
        body.addProperty("replace_original", false);
        body.addProperty("text", message.text());
        body.add("blocks", GSON.toJsonTree(message.blocks()));
        if (!message.attachments().isEmpty()) {
            body.add("attachments", GSON.toJsonTree(message.attachments()));
        }
        try {
            WebhookResponse response = slack.send(url, body.toString());
            if (response.getCode() != 200) {
                log.warn("Slack response_url post failed: HTTP {} {}", response.getCode(), response.getBody());
                return false;
            }
            return true;
        } catch (IOException e) {
            log.warn("Slack response_url post failed: {}", e.toString());
            return false;
        }
    }
}
