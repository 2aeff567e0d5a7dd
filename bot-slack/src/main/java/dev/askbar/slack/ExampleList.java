package dev.askbar.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.slack.api.model.block.LayoutBlock;
import dev.askbar.core.platform.ExampleReview;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code /askbar examples}: answers people marked 👍, each with its question and SQL and Approve / Reject buttons
 * carrying the example's id. The buttons re-check that whoever presses them is an admin.
 */
final class ExampleList {
    static final String APPROVE = "askbar_example_approve";
    static final String REJECT = "askbar_example_reject";
    static final String TITLE = "Examples waiting for review";

    private ExampleList() {}

    static SlackMessage message(List<ExampleReview.Candidate> pending) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(BlockKitAnswer.section("*" + TITLE + "*"));
        for (ExampleReview.Candidate c : pending) {
            String id = Long.toString(c.id());
            blocks.add(BlockKitAnswer.section(
                    "*" + id + ".* " + SlackText.shorten(SlackText.escape(BlockKitAnswer.oneLine(c.question())), 300)));
            blocks.add(BlockKitAnswer.section(SlackText.codeBlock(c.sql(), BlockKitAnswer.MAX_SECTION_TEXT)));
            blocks.add(BlockKitAnswer.context(
                    "Suggested by " + SlackText.escape(c.suggestedBy()) + " at " + c.suggestedAt()));
            blocks.add(actions(a -> a.elements(List.of(
                    button(b -> b.actionId(APPROVE)
                            .style("primary")
                            .text(plainText("Approve"))
                            .value(id)),
                    button(b -> b.actionId(REJECT)
                            .style("danger")
                            .text(plainText("Reject"))
                            .value(id))))));
        }
        return new SlackMessage(TITLE, BlockKitAnswer.fitBlocks(blocks));
    }
}
