package dev.askbar.slack;

import com.slack.api.model.block.LayoutBlock;
import dev.askbar.core.llm.KeyStatus;
import dev.askbar.core.platform.AskbarReplies;
import dev.askbar.core.platform.ExampleReview;
import dev.askbar.core.platform.HelpText;
import dev.askbar.core.platform.Sentences;
import java.util.ArrayList;
import java.util.List;

/** {@code /askbar} outcomes and button replies in Slack: ephemeral, through the command's or the click's response_url. */
final class SlackReplies implements AskbarReplies {
    private final ResponseUrl to;

    SlackReplies(ResponseUrl to) {
        this.to = to;
    }

    @Override
    public void notice(String sentence) {
        to.ephemeral(BlockKitAnswer.notice(sentence));
    }

    @Override
    public void help(HelpText.Help help) {
        to.ephemeral(helpMessage(help));
    }

    @Override
    public void keys(List<KeyStatus> keys) {
        to.ephemeral(KeysTable.message(keys));
    }

    @Override
    public void examples(List<ExampleReview.Candidate> pending) {
        to.ephemeral(
                pending.isEmpty()
                        ? BlockKitAnswer.notice(Sentences.NO_PENDING_EXAMPLES)
                        : ExampleList.message(pending));
    }

    /** Something to show the person alone, e.g. the SQL behind an answer. */
    void show(SlackMessage message) {
        to.ephemeral(message);
    }

    static SlackMessage helpMessage(HelpText.Help help) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(BlockKitAnswer.section(SlackText.escape(help.intro())));
        if (!help.tables().isEmpty()) {
            StringBuilder tables = new StringBuilder("*Tables I know*");
            help.tables().forEach(t -> tables.append("\n• ").append(SlackText.escape(t)));
            blocks.add(BlockKitAnswer.section(tables.toString()));
        }
        StringBuilder examples = new StringBuilder("*Try*");
        help.examples().forEach(e -> examples.append("\n• ").append(SlackText.inlineCode("/ask " + e)));
        blocks.add(BlockKitAnswer.section(examples.toString()));
        return new SlackMessage(
                SlackText.shorten(SlackText.escape(help.intro()), BlockKitAnswer.MAX_FALLBACK_TEXT), blocks);
    }
}
