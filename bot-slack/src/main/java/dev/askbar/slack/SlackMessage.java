package dev.askbar.slack;

import com.slack.api.model.block.LayoutBlock;

import java.util.List;

/** A message ready for chat.postMessage / chat.update: blocks plus the plain text Slack shows in notifications. */
public record SlackMessage(String text, List<LayoutBlock> blocks) {
    public SlackMessage {
        blocks = List.copyOf(blocks);
    }
}
