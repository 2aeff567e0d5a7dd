package dev.askbar.discord;

import dev.askbar.core.platform.AdapterContext;
import dev.askbar.core.platform.AskbarAction;
import dev.askbar.core.platform.Sentences;
import java.util.Optional;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /askbar help|keys|refresh|examples}: acknowledged privately at once, then run by the shared flow, which
 * decides what needs an admin; Discord only says whether the caller is one. Every outcome edits the private reply.
 */
final class AskbarCommand {
    private static final Logger log = LoggerFactory.getLogger(AskbarCommand.class);
    /** Who may use admin commands here, for the refusal sentence. */
    static final String WHO_MAY = "server administrators and the people in ASKBAR_DISCORD_ADMINS";

    private final AdapterContext context;
    private final DiscordAnswerRenderer renderer;
    private final DiscordAdmins admins;

    AskbarCommand(AdapterContext context, DiscordAnswerRenderer renderer, DiscordAdmins admins) {
        this.context = context;
        this.renderer = renderer;
        this.admins = admins;
    }

    void handle(SlashCommandInteractionEvent event) {
        event.deferReply(true)
                .queue(null, e -> log.warn("could not acknowledge /askbar ({})", DiscordErrors.describe(e)));
        EphemeralReplies replies = new EphemeralReplies(event.getHook(), renderer);
        Optional<AskbarAction> action = AskbarAction.parse(event.getSubcommandName());
        if (action.isEmpty()) {
            replies.notice(Sentences.ASKBAR_USAGE);
            return;
        }
        context.askbar(action.get(), admins.isAdmin(event.getMember()), WHO_MAY, replies);
    }
}
