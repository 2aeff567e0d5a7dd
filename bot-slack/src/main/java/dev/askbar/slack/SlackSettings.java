package dev.askbar.slack;

import dev.askbar.core.config.AskBarConfig;
import dev.askbar.core.config.Secret;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * How the Slack adapter connects: HTTP mode (signing secret, port) or Socket Mode (app token), where Web API
 * calls go, who may use admin commands, and how far apart messages to one channel are kept.
 *
 * @param port            HTTP mode port for {@code /slack/events}; 0 picks a free one (tests)
 * @param apiUrl          Web API base, e.g. {@code https://slack.com/api/}
 * @param channelInterval Slack allows about one message a second per channel: new messages keep this gap, and
 *                        progress edits of one message are at least this far apart
 */
public record SlackSettings(
        Secret botToken,
        Optional<Secret> signingSecret,
        Optional<Secret> appToken,
        int port,
        String apiUrl,
        Set<String> admins,
        Duration channelInterval) {

    public static final Duration SLACK_CHANNEL_INTERVAL = Duration.ofSeconds(1);

    public SlackSettings {
        admins = Set.copyOf(admins);
        apiUrl = apiUrl.endsWith("/") ? apiUrl : apiUrl + "/";
        if (appToken.isEmpty() && signingSecret.isEmpty()) {
            throw new IllegalArgumentException(
                    "HTTP mode needs SLACK_SIGNING_SECRET (or set SLACK_APP_TOKEN for Socket Mode)");
        }
    }

    public static SlackSettings from(AskBarConfig.Chat chat) {
        return new SlackSettings(
                chat.slackBotToken().orElseThrow(),
                chat.slackSigningSecret(),
                chat.slackAppToken(),
                chat.slackPort(),
                chat.slackApiUrl(),
                Set.copyOf(chat.slackAdmins()),
                SLACK_CHANNEL_INTERVAL);
    }

    public boolean socketMode() {
        return appToken.isPresent();
    }
}
