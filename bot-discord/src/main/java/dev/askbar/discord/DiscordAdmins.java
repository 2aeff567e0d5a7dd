package dev.askbar.discord;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.ISnowflake;
import net.dv8tion.jda.api.entities.Member;

/**
 * Who may use admin commands such as {@code /askbar keys}: server administrators, and the user or role ids
 * listed in {@code ASKBAR_DISCORD_ADMINS}. Everyone else is refused, so key status never leaks to a channel.
 */
public record DiscordAdmins(Set<String> ids) {

    public DiscordAdmins {
        ids = Set.copyOf(ids);
    }

    public static DiscordAdmins of(List<String> ids) {
        return new DiscordAdmins(Set.copyOf(ids));
    }

    /**
     * @param administrator the member holds Discord's Administrator permission (or owns the server)
     */
    public boolean allows(String userId, Collection<String> roleIds, boolean administrator) {
        if (administrator || ids.contains(userId)) {
            return true;
        }
        for (String role : roleIds) {
            if (ids.contains(role)) {
                return true;
            }
        }
        return false;
    }

    /** The member of an interaction (with the permissions Discord sent along); null outside a server is no admin. */
    boolean isAdmin(Member member) {
        return member != null
                && allows(
                        member.getId(),
                        member.getRoles().stream().map(ISnowflake::getId).toList(),
                        member.isOwner() || member.hasPermission(Permission.ADMINISTRATOR));
    }
}
