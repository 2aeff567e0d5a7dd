package dev.askbar.slack;

import com.slack.api.model.Attachment;
import com.slack.api.model.block.LayoutBlock;
import java.util.List;

/**
 * A message ready for chat.postMessage / chat.update / a response_url: the escaped plain text Slack shows in
 * notifications, the blocks, and the attachments (where Slack wants a table block).
 */
public record SlackMessage(String text, List<LayoutBlock> blocks, List<Attachment> attachments) {
    public SlackMessage {
        blocks = List.copyOf(blocks);
        attachments = List.copyOf(attachments);
    }

    public SlackMessage(String text, List<LayoutBlock> blocks) {
        this(text, blocks, List.of());
    }

    /** Only text, already escaped; the plainest form Slack can show. */
    static SlackMessage plain(String escapedText) {
        return new SlackMessage(escapedText, List.of(), List.of());
    }
}
