package dev.askbar.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.askbar.core.config.AskBarConfig;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DiscordAddressTest {

    @Test
    void discordRestCallsGoWhereAskbarDiscordRestUrlSays() {
        assertThat(DiscordAddress.endpoints(AskBarConfig.from(Map.of()).chat()).restBaseUrl())
                .isEmpty();
        assertThat(DiscordAddress.endpoints(
                                AskBarConfig.from(Map.of("ASKBAR_DISCORD_REST_URL", "http://nirn-proxy:8080/api/v10"))
                                        .chat())
                        .restBaseUrl())
                .contains("http://nirn-proxy:8080/api/v10/");
    }
}
