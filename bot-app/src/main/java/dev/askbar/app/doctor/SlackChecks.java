package dev.askbar.app.doctor;

import com.google.gson.JsonObject;
import dev.askbar.core.config.AskBarConfig;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Slack: the bot token works ({@code auth.test} against {@code ASKBAR_SLACK_API_URL}), and the mode's second
 * secret is there: the signing secret for HTTP mode, an {@code xapp-} app token for Socket Mode.
 */
final class SlackChecks {
    private SlackChecks() {}

    /**
     * @param signingSecretMissing the configuration named SLACK_SIGNING_SECRET as missing (the doctor read the rest anyway)
     */
    static DoctorCheck of(AskBarConfig.Chat chat, boolean signingSecretMissing, PlatformHttp http) {
        return () -> {
            if (chat.slackBotToken().isEmpty()) {
                return List.of(Finding.skipped("Slack", "SLACK_BOT_TOKEN is not set"));
            }
            List<Finding> out = new ArrayList<>();
            out.add(token(chat, http));
            if (chat.slackAppToken().isPresent()) {
                out.add(
                        chat.slackAppToken().get().reveal().startsWith("xapp-")
                                ? Finding.ok("Slack app token", "present: Socket Mode")
                                : Finding.failed(
                                        "Slack app token",
                                        "SLACK_APP_TOKEN does not start with xapp-",
                                        "create an app-level token with connections:write under Basic Information and set SLACK_APP_TOKEN"));
            } else if (signingSecretMissing || chat.slackSigningSecret().isEmpty()) {
                out.add(
                        Finding.failed(
                                "Slack signing secret",
                                "SLACK_SIGNING_SECRET is not set (HTTP mode needs it to verify requests)",
                                "copy the Signing Secret from your app's Basic Information page into SLACK_SIGNING_SECRET, or set SLACK_APP_TOKEN for Socket Mode"));
            } else {
                out.add(Finding.ok("Slack signing secret", "present: HTTP mode on port " + chat.slackPort()));
            }
            return out;
        };
    }

    private static Finding token(AskBarConfig.Chat chat, PlatformHttp http) {
        String item = "Slack bot token";
        String base = chat.slackApiUrl().endsWith("/") ? chat.slackApiUrl() : chat.slackApiUrl() + "/";
        try {
            PlatformHttp.Reply r = http.postForm(
                    base + "auth.test", "Bearer " + chat.slackBotToken().get().reveal());
            if (r.body() instanceof JsonObject o && o.has("ok") && o.get("ok").getAsBoolean()) {
                return Finding.ok(item, "valid: bot " + text(o, "user") + " in workspace " + text(o, "team"));
            }
            String error = r.body() instanceof JsonObject o && o.has("error")
                    ? o.get("error").getAsString()
                    : "HTTP " + r.status();
            return Finding.failed(
                    item,
                    "Slack refused SLACK_BOT_TOKEN (" + error + ")",
                    "copy the Bot User OAuth Token (xoxb-…) from OAuth & Permissions, reinstalling the app if it was revoked");
        } catch (IOException e) {
            return Finding.failed(
                    item,
                    "cannot reach " + PlatformHttp.host(base) + " ("
                            + e.getClass().getSimpleName() + ")",
                    "check the network, or ASKBAR_SLACK_API_URL");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Finding.failed(item, "interrupted", "run askbar doctor again");
        }
    }

    private static String text(JsonObject o, String field) {
        return o.has(field) && !o.get(field).isJsonNull() ? o.get(field).getAsString() : "?";
    }
}
