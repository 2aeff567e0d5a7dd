package dev.askbar.discord;

import java.util.concurrent.CompletableFuture;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;

/**
 * The one Discord message an answer lives in, whatever it is: the deferred reply to {@code /ask}, a reply to a
 * mention, or a channel message when an interaction's token is gone. Each method completes when Discord accepted
 * the request, or fails with Discord's refusal.
 */
interface ReplySlot {

    /** Shows a progress stage (slots that cannot show progress quietly skip it). */
    CompletableFuture<Void> progress(MessageEditData stage);

    /** Shows this message instead of whatever is there: embeds, files and buttons as given. */
    CompletableFuture<Void> replace(MessageCreateData message);

    /** Changes only what the edit sets; the files already uploaded stay. */
    CompletableFuture<Void> update(MessageEditData edit);

    /** Replaces the progress with an error for the asker: the embed, or the text if the embed is refused. */
    CompletableFuture<Void> fail(MessageEmbed error, String text);

    /** The most the files of one message may weigh here. */
    long uploadLimit();
}
