package dev.askbar.app.doctor;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.askbar.core.config.AskBarConfig;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Discord: the token works ({@code GET /users/@me} against {@code ASKBAR_DISCORD_REST_URL}) and the servers the
 * bot is in match the configured ones: a configured server the bot is not in is a failure, servers nobody
 * configured are a warning (anyone can invite a public bot).
 */
final class DiscordChecks {
    private DiscordChecks() {}

    /** @param guilds the configured server ids (ASKBAR_DISCORD_GUILDS / ASKBAR_DISCORD_GUILD), empty for "any" */
    static DoctorCheck of(AskBarConfig.Chat chat, Set<String> guilds, PlatformHttp http) {
        return () -> {
            if (chat.discordToken().isEmpty()) {
                return List.of(Finding.skipped("Discord", "DISCORD_TOKEN is not set"));
            }
            String base = chat.discordRestUrl().endsWith("/")
                    ? chat.discordRestUrl().substring(0, chat.discordRestUrl().length() - 1)
                    : chat.discordRestUrl();
            String auth = "Bot " + chat.discordToken().get().reveal();
            try {
                PlatformHttp.Reply me = http.get(base + "/users/@me", auth);
                if (me.status() != 200 || !(me.body() instanceof JsonObject user)) {
                    return List.of(
                            Finding.failed(
                                    "Discord token",
                                    "Discord refused DISCORD_TOKEN (HTTP " + me.status() + ")",
                                    "reset the token on your application's Bot page in the Developer Portal and set DISCORD_TOKEN"));
                }
                List<Finding> out = new ArrayList<>();
                out.add(Finding.ok(
                        "Discord token", "valid: bot " + user.get("username").getAsString()));
                PlatformHttp.Reply list = http.get(base + "/users/@me/guilds", auth);
                if (list.status() != 200 || !(list.body() instanceof JsonArray array)) {
                    out.add(Finding.failed(
                            "Discord servers",
                            "could not list the bot's servers (HTTP " + list.status() + ")",
                            "run askbar doctor again; if it persists, check ASKBAR_DISCORD_REST_URL"));
                    return out;
                }
                out.add(servers(names(array), guilds));
                return out;
            } catch (IOException e) {
                return List.of(Finding.failed(
                        "Discord token",
                        "cannot reach " + PlatformHttp.host(base) + " ("
                                + e.getClass().getSimpleName() + ")",
                        "check the network, or ASKBAR_DISCORD_REST_URL"));
            }
        };
    }

    private static Map<String, String> names(JsonArray array) {
        Map<String, String> byId = new LinkedHashMap<>();
        for (JsonElement e : array) {
            JsonObject g = e.getAsJsonObject();
            byId.put(g.get("id").getAsString(), g.has("name") ? g.get("name").getAsString() : "?");
        }
        return byId;
    }

    private static Finding servers(Map<String, String> joined, Set<String> configured) {
        String item = "Discord servers";
        if (configured.isEmpty()) {
            return Finding.warning(
                    item,
                    "the bot is in " + joined.size() + " server(s) and no server is configured, so it answers in any",
                    "set ASKBAR_DISCORD_GUILDS to your server ids and turn off Public Bot on the Bot page");
        }
        List<String> missing = configured.stream()
                .filter(id -> !joined.containsKey(id))
                .sorted()
                .toList();
        if (!missing.isEmpty()) {
            return Finding.failed(
                    item,
                    "the bot is not in configured server " + String.join(", ", missing),
                    "invite it with the OAuth2 URL Generator (scopes bot and applications.commands), or correct ASKBAR_DISCORD_GUILDS");
        }
        List<String> strangers =
                joined.keySet().stream().filter(id -> !configured.contains(id)).toList();
        if (!strangers.isEmpty()) {
            return Finding.warning(
                    item,
                    "the bot is also in " + strangers.size() + " server(s) not configured: "
                            + String.join(
                                    ", ",
                                    strangers.stream()
                                            .map(id -> joined.get(id) + " (" + id + ")")
                                            .toList()),
                    "AskBar does not answer there; turn off Public Bot so nobody else can invite it");
        }
        return Finding.ok(
                item,
                "in exactly the configured server(s): "
                        + String.join(
                                ", ",
                                configured.stream()
                                        .map(id -> joined.get(id) + " (" + id + ")")
                                        .toList()));
    }
}
