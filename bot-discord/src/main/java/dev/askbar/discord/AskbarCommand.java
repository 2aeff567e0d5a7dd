package dev.askbar.discord;

import dev.askbar.core.platform.AdapterContext;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.ISnowflake;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code /askbar help} for everyone, {@code /askbar keys} for administrators; both shown only to the caller. */
final class AskbarCommand {
    private static final Logger log = LoggerFactory.getLogger(AskbarCommand.class);
    static final String NOT_ADMIN = "Only server administrators and the people listed in ASKBAR_DISCORD_ADMINS can see key status.";
    static final String NOT_ADMIN_REFRESH = "Only server administrators and the people listed in ASKBAR_DISCORD_ADMINS can refresh the schema and the cache.";

    private final AdapterContext context;
    private final DiscordAnswerRenderer renderer;
    private final DiscordAdmins admins;

    AskbarCommand(AdapterContext context, DiscordAnswerRenderer renderer, DiscordAdmins admins) {
        this.context = context;
        this.renderer = renderer;
        this.admins = admins;
    }

    void handle(SlashCommandInteractionEvent event) {
        String sub = event.getSubcommandName() == null ? DiscordCommands.HELP : event.getSubcommandName();
        if (DiscordCommands.KEYS.equals(sub)) {
            keys(event);
        } else if (DiscordCommands.REFRESH.equals(sub)) {
            refresh(event);
        } else {
            help(event);
        }
    }

    private boolean isAdmin(SlashCommandInteractionEvent event) {
        Member member = event.getMember();
        return member != null && admins.allows(event.getUser().getId(),
                member.getRoles().stream().map(ISnowflake::getId).toList(),
                member.isOwner() || member.hasPermission(Permission.ADMINISTRATOR));
    }

    private void refresh(SlashCommandInteractionEvent event) {
        if (!isAdmin(event)) {
            event.reply(renderer.notice(NOT_ADMIN_REFRESH)).setEphemeral(true).queue();
            return;
        }
        // re-reading the schema queries the database: off the gateway thread
        event.deferReply(true).queue();
        boolean queued = context.workers().submit(() -> {
            try {
                event.getHook().sendMessage(renderer.notice(context.refresh())).setEphemeral(true).queue();
            } catch (RuntimeException e) {
                log.error("refresh failed", e);
                event.getHook().sendMessageEmbeds(renderer.error("", "I could not re-read the schema just now; please try again."))
                        .setEphemeral(true).queue();
            }
        });
        if (!queued) {
            event.getHook().sendMessageEmbeds(renderer.error("", AskCommand.BUSY)).setEphemeral(true).queue();
        }
    }

    private void keys(SlashCommandInteractionEvent event) {
        if (!isAdmin(event)) {
            event.reply(renderer.notice(NOT_ADMIN)).setEphemeral(true).queue();
            return;
        }
        // the report reads key state only (no upstream call), so it is quick enough for the gateway thread
        String report;
        try {
            report = context.keysReport().get();
        } catch (RuntimeException e) {
            log.error("key report failed", e);
            event.reply(renderer.notice("I could not read the key status; see the AskBar log.")).setEphemeral(true).queue();
            return;
        }
        event.reply(renderer.keys(report)).setEphemeral(true).queue();
    }

    private void help(SlashCommandInteractionEvent event) {
        // help reads the schema catalog, which may query the database when its copy is stale: off the gateway thread
        event.deferReply(true).queue();
        boolean queued = context.workers().submit(() -> {
            try {
                event.getHook().sendMessageEmbeds(renderer.help(context.help())).setEphemeral(true).queue();
            } catch (RuntimeException e) {
                log.error("help failed", e);
                event.getHook().sendMessageEmbeds(renderer.error("", "I could not read the schema just now; please try again."))
                        .setEphemeral(true).queue();
            }
        });
        if (!queued) {
            event.getHook().sendMessageEmbeds(renderer.error("", AskCommand.BUSY)).setEphemeral(true).queue();
        }
    }
}
