package dev.askbar.discord;

import java.util.List;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;

/** The slash commands AskBar registers: {@code /ask question:<text>} and {@code /askbar help|keys|refresh|examples}. */
final class DiscordCommands {
    static final String ASK = "ask";
    static final String ASK_QUESTION = "question";
    static final String ASKBAR = "askbar";
    static final String KEYS = "keys";
    static final String HELP = "help";
    static final String REFRESH = "refresh";
    static final String EXAMPLES = "examples";

    private DiscordCommands() {}

    /** Server-only: admin checks and the data questions touch belong to a server, not to a DM. */
    static List<CommandData> all() {
        return List.of(
                Commands.slash(ASK, "Ask a question about the data; I write the SQL, run it read-only and answer")
                        .addOption(OptionType.STRING, ASK_QUESTION, "Your question, in plain words", true)
                        .setContexts(InteractionContextType.GUILD),
                Commands.slash(ASKBAR, "AskBar help and administration")
                        .addSubcommands(
                                new SubcommandData(HELP, "What I can do, the tables I know and example questions"),
                                new SubcommandData(KEYS, "Status of every LLM key (administrators only)"),
                                new SubcommandData(
                                        REFRESH, "Re-read the schema and forget cached SQL (administrators only)"),
                                new SubcommandData(
                                        EXAMPLES,
                                        "Approve or reject answers people marked 👍 as examples (administrators only)"))
                        .setContexts(InteractionContextType.GUILD));
    }
}
