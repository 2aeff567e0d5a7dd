package dev.askbar.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class DiscordShardsTest {

    @Test
    void aServerBelongsToTheShardDiscordSendsItsEventsTo() {
        // 41771983423143937 >> 22 = 9959216934, which is 6 modulo 16 and 0 modulo 2
        DiscordShards sixteen = new DiscordShards(16, List.of(6, 7));
        assertThat(sixteen.of(41771983423143937L)).isEqualTo(6);
        assertThat(new DiscordShards(2, List.of(0)).of(41771983423143937L)).isZero();
        assertThat(sixteen.runsHere("41771983423143937")).isTrue();
        assertThat(new DiscordShards(16, List.of(0, 1)).runsHere("41771983423143937"))
                .isFalse();
    }

    @Test
    void shardIdsOutsideTheTotalAreRefusedNamingTheVariables() {
        assertThatThrownBy(() -> new DiscordShards(2, List.of(2)))
                .hasMessageContaining("ASKBAR_DISCORD_SHARD_IDS")
                .hasMessageContaining("0 to 1");
        assertThatThrownBy(() -> new DiscordShards(2, List.of())).hasMessageContaining("ASKBAR_DISCORD_SHARD_IDS");
    }
}
