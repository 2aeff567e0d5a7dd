package dev.askbar.slack;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.handler.builtin.SlashCommandHandler;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.block.LayoutBlock;
import dev.askbar.core.platform.AdapterContext;
import dev.askbar.core.platform.HelpText;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

/**
 * {@code /askbar keys} and {@code /askbar refresh} (admins only) and {@code /askbar help}. Both replies are ephemeral, through the command's
 * response_url, and prepared on a worker: users.info and the schema may take longer than Slack's 3 seconds.
 */
final class AskbarCommandHandler implements SlashCommandHandler {
    static final String REFUSAL = "Only workspace admins and AskBar admins can see the key status.";
    static final String REFRESH_REFUSAL = "Only workspace admins and AskBar admins can refresh the schema and the cache.";
    static final String USAGE = "Try `/askbar help`, `/askbar keys` or `/askbar refresh`.";

    private final AdapterContext context;
    private final SlackAdmins admins;

    AskbarCommandHandler(AdapterContext context, SlackAdmins admins) {
        this.context = context;
        this.admins = admins;
    }

    @Override
    public Response apply(SlashCommandRequest req, SlashCommandContext ctx) {
        String text = req.getPayload().getText() == null ? "" : req.getPayload().getText().strip().toLowerCase(Locale.ROOT);
        String user = req.getPayload().getUserId();
        Runnable work;
        switch (text) {
            case "keys" -> work = () -> AskCommandHandler.respond(ctx, "ephemeral", admins.isAdmin(user)
                    ? new SlackMessage("LLM key status", BlockKitAnswer.monospace("LLM key status (keys masked)", context.keysReport().get()))
                    : new SlackMessage(REFUSAL, List.of(section(s -> s.text(markdownText(":no_entry: " + REFUSAL))))));
            case "refresh" -> work = () -> AskCommandHandler.respond(ctx, "ephemeral", admins.isAdmin(user)
                    ? notice(":arrows_counterclockwise: ", context.refresh())
                    : notice(":no_entry: ", REFRESH_REFUSAL));
            case "", "help" -> work = () -> AskCommandHandler.respond(ctx, "ephemeral", help(context.help()));
            default -> {
                return ctx.ack(USAGE);
            }
        }
        return context.workers().submit(work) ? ctx.ack() : ctx.ack(AskCommandHandler.BUSY);
    }

    private static SlackMessage notice(String emoji, String sentence) {
        return new SlackMessage(sentence, List.of(section(s -> s.text(markdownText(emoji + SlackText.escape(sentence))))));
    }

    static SlackMessage help(HelpText.Help help) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section(s -> s.text(markdownText(SlackText.shorten(SlackText.escape(help.intro()), BlockKitAnswer.MAX_SECTION_TEXT)))));
        if (!help.tables().isEmpty()) {
            StringBuilder tables = new StringBuilder("*Tables I know*");
            help.tables().forEach(t -> tables.append("\n• ").append(SlackText.escape(t)));
            blocks.add(section(s -> s.text(markdownText(SlackText.shorten(tables.toString(), BlockKitAnswer.MAX_SECTION_TEXT)))));
        }
        StringBuilder examples = new StringBuilder("*Try*");
        help.examples().forEach(e -> examples.append("\n• `/ask ").append(SlackText.escape(e)).append('`'));
        blocks.add(section(s -> s.text(markdownText(SlackText.shorten(examples.toString(), BlockKitAnswer.MAX_SECTION_TEXT)))));
        return new SlackMessage(SlackText.shorten(help.intro(), BlockKitAnswer.MAX_FALLBACK_TEXT), blocks);
    }
}
