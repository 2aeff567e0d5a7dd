package dev.askbar.discord;

import java.util.List;

/**
 * The gateway shards this process runs. Discord sends a server's events to shard {@code (server id >> 22) % total}
 * only, so the processes of one bot together must run every shard from 0 to total - 1, each exactly once.
 *
 * @param total all shards of the bot (ASKBAR_DISCORD_SHARDS)
 * @param ids   the ones run here (ASKBAR_DISCORD_SHARD_IDS), each from 0 to total - 1
 */
public record DiscordShards(int total, List<Integer> ids) {
    public DiscordShards {
        ids = List.copyOf(ids);
        if (total < 1 || ids.isEmpty() || ids.stream().anyMatch(id -> id < 0 || id >= total)) {
            throw new IllegalArgumentException(
                    "ASKBAR_DISCORD_SHARD_IDS must name shards from 0 to " + (total - 1) + " of ASKBAR_DISCORD_SHARDS");
        }
    }

    /** The shard that receives this server's events. */
    public int of(long guildId) {
        return (int) ((guildId >> 22) % total);
    }

    /** Whether this server's events come to this process; an id that is no snowflake is treated as ours, to be reported. */
    public boolean runsHere(String guildId) {
        try {
            return ids.contains(of(Long.parseLong(guildId)));
        } catch (NumberFormatException e) {
            return true;
        }
    }
}
