package dev.askbar.app;

import dev.askbar.core.config.AskBarConfig;
import dev.askbar.discord.DiscordEndpoints;
import dev.askbar.discord.DiscordShards;
import java.util.Optional;

/**
 * Where the Discord adapter connects, and as which shards: Discord itself unless ASKBAR_DISCORD_REST_URL or
 * ASKBAR_DISCORD_GATEWAY_URL point elsewhere; one unsharded connection unless ASKBAR_DISCORD_SHARDS is set.
 */
final class DiscordAddress {
    private DiscordAddress() {}

    /** A rate-limit proxy shared by shards (nirn-proxy) or a local fake; JDA wants the base with a trailing slash. */
    static DiscordEndpoints endpoints(AskBarConfig.Chat chat) {
        String url = chat.discordRestUrl();
        Optional<String> rest = url.equals(AskBarConfig.Chat.DEFAULT_DISCORD_REST_URL)
                ? Optional.empty()
                : Optional.of(url.endsWith("/") ? url : url + "/");
        return new DiscordEndpoints(rest, chat.discordGatewayUrl());
    }

    static Optional<DiscordShards> shards(AskBarConfig.Chat chat) {
        return chat.discordShards().map(s -> new DiscordShards(s.total(), s.ids()));
    }
}
