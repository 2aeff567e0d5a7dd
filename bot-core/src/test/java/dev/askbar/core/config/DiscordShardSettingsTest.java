package dev.askbar.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** ASKBAR_DISCORD_SHARDS, _SHARD_IDS, _GATEWAY_URL and _GUILDS, read with one-line errors naming the variable. */
class DiscordShardSettingsTest {

    private static AskBarConfig.Chat chat(Map<String, String> env) {
        return AskBarConfig.from(env).chat();
    }

    @Test
    void noShardsUnlessTheTotalIsSetAndThenAllOfThemByDefault() {
        assertThat(chat(Map.of()).discordShards()).isEmpty();
        assertThat(chat(Map.of("ASKBAR_DISCORD_SHARDS", "3")).discordShards())
                .contains(new AskBarConfig.Chat.Shards(3, List.of(0, 1, 2)));
    }

    @Test
    void shardIdsAreARangeOrAList() {
        assertThat(chat(Map.of("ASKBAR_DISCORD_SHARDS", "4", "ASKBAR_DISCORD_SHARD_IDS", "2-3"))
                        .discordShards()
                        .orElseThrow()
                        .ids())
                .containsExactly(2, 3);
        assertThat(chat(Map.of("ASKBAR_DISCORD_SHARDS", "4", "ASKBAR_DISCORD_SHARD_IDS", "2, 0"))
                        .discordShards()
                        .orElseThrow()
                        .ids())
                .containsExactly(0, 2);
        assertThat(chat(Map.of("ASKBAR_DISCORD_SHARDS", "4", "ASKBAR_DISCORD_SHARD_IDS", "1"))
                        .discordShards()
                        .orElseThrow()
                        .ids())
                .containsExactly(1);
    }

    @Test
    void wrongShardSettingsNameTheVariable() {
        assertThatThrownBy(() -> chat(Map.of("ASKBAR_DISCORD_SHARD_IDS", "0-1")))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("ASKBAR_DISCORD_SHARDS must be set with ASKBAR_DISCORD_SHARD_IDS");
        assertThatThrownBy(() -> chat(Map.of("ASKBAR_DISCORD_SHARDS", "2", "ASKBAR_DISCORD_SHARD_IDS", "1-2")))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("ASKBAR_DISCORD_SHARD_IDS expects")
                .hasMessageContaining("0 to 1");
        assertThatThrownBy(() -> chat(Map.of("ASKBAR_DISCORD_SHARDS", "2", "ASKBAR_DISCORD_SHARD_IDS", "one")))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("ASKBAR_DISCORD_SHARD_IDS expects");
        assertThatThrownBy(() -> chat(Map.of("ASKBAR_DISCORD_SHARDS", "0")))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("ASKBAR_DISCORD_SHARDS expects");
        assertThatThrownBy(() -> chat(Map.of("ASKBAR_DISCORD_GATEWAY_URL", "http://gateway")))
                .isInstanceOf(ConfigException.class)
                .hasMessage("ASKBAR_DISCORD_GATEWAY_URL expects a ws:// or wss:// URL");
    }

    @Test
    void theGatewayAddressIsConfiguration() {
        assertThat(chat(Map.of()).discordGatewayUrl()).isEmpty();
        assertThat(chat(Map.of("ASKBAR_DISCORD_GATEWAY_URL", "ws://127.0.0.1:9000/gateway"))
                        .discordGatewayUrl())
                .isEqualTo(Optional.of("ws://127.0.0.1:9000/gateway"));
    }

    @Test
    void serversComeFromTheListAndTheOlderSingleVariableJoined() {
        assertThat(chat(Map.of(
                                "ASKBAR_DISCORD_GUILDS",
                                "111111111111111111, 222222222222222222",
                                "ASKBAR_DISCORD_GUILD",
                                "111111111111111111"))
                        .discordGuilds())
                .containsExactly("111111111111111111", "222222222222222222");
        assertThat(chat(Map.of("ASKBAR_DISCORD_GUILD", "333333333333333333")).discordGuilds())
                .containsExactly("333333333333333333");
        assertThatThrownBy(() -> chat(Map.of("ASKBAR_DISCORD_GUILDS", "111111111111111111,my-server")))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("ASKBAR_DISCORD_GUILDS expects a numeric Discord id");
    }
}
