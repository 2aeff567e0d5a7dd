package dev.askbar.discord;

import java.util.Optional;

/**
 * Where JDA talks to: Discord itself, or a local fake in tests. The gateway address normally comes from Discord;
 * a fake hands its own through JDA's session controller, and speaks uncompressed JSON.
 *
 * @param restBaseUrl e.g. {@code http://127.0.0.1:4000/api/v10/}; empty for Discord's own
 * @param gatewayUrl  e.g. {@code ws://127.0.0.1:4000/gateway}; empty for the one Discord hands out
 */
public record DiscordEndpoints(Optional<String> restBaseUrl, Optional<String> gatewayUrl) {

    public static DiscordEndpoints discord() {
        return new DiscordEndpoints(Optional.empty(), Optional.empty());
    }

    public static DiscordEndpoints local(String restBaseUrl, String gatewayUrl) {
        return new DiscordEndpoints(Optional.of(restBaseUrl), Optional.of(gatewayUrl));
    }

    boolean isLocal() {
        return restBaseUrl.isPresent() || gatewayUrl.isPresent();
    }
}
