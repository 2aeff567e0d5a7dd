package dev.askbar.app;

import dev.askbar.core.config.AskBarConfig;
import dev.askbar.discord.DiscordEndpoints;

import java.util.Optional;

/** Where the Discord adapter sends REST calls: Discord itself unless ASKBAR_DISCORD_REST_URL points elsewhere. */
final class DiscordAddress {
    private DiscordAddress() {
    }

    /** A rate-limit proxy shared by shards (nirn-proxy) or a local fake; JDA wants the base with a trailing slash. */
    static DiscordEndpoints endpoints(AskBarConfig.Chat chat) {
        String url = chat.discordRestUrl();
        if (url.equals(AskBarConfig.Chat.DEFAULT_DISCORD_REST_URL)) {
            return DiscordEndpoints.discord();
        }
        return new DiscordEndpoints(Optional.of(url.endsWith("/") ? url : url + "/"), Optional.empty());
    }
}
