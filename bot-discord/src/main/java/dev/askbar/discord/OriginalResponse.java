package dev.askbar.discord;

import java.util.concurrent.CompletableFuture;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The deferred public reply to {@code /ask}, changed only by editing the original response, which is the documented
 * way (https://discord.com/developers/docs/interactions/receiving-and-responding#edit-original-interaction-response);
 * follow-ups are never used as edits. An error is for the asker alone: it goes out as an ephemeral follow-up, and
 * only once Discord accepted it is the public reply deleted. A follow-up sent while the reply still shows
 * "thinking…" would replace it in public (Discord then ignores the ephemeral flag), so a reply never edited is
 * first edited to a neutral "…".
 */
final class OriginalResponse implements ReplySlot {
    private static final Logger log = LoggerFactory.getLogger(OriginalResponse.class);

    /** What a reply shows for the moment between "thinking…" and its deletion. */
    private static final String NEUTRAL = "…";

    private final InteractionHook hook;
    private final long uploadLimit;
    private volatile boolean edited;

    OriginalResponse(InteractionHook hook, long uploadLimit) {
        this.hook = hook;
        this.uploadLimit = uploadLimit;
    }

    @Override
    public CompletableFuture<Void> progress(MessageEditData stage) {
        return edit(stage);
    }

    @Override
    public CompletableFuture<Void> replace(MessageCreateData message) {
        return edit(MessageEditBuilder.fromCreateData(message).setReplace(true).build());
    }

    @Override
    public CompletableFuture<Void> update(MessageEditData edit) {
        return edit(edit);
    }

    private CompletableFuture<Void> edit(MessageEditData data) {
        return hook.editOriginal(data).submit().thenRun(() -> edited = true);
    }

    @Override
    public CompletableFuture<Void> fail(MessageEmbed error, String text) {
        if (!edited) {
            return edit(new MessageEditBuilder().setContent(NEUTRAL).build()).thenCompose(ok -> fail(error, text));
        }
        return hook.sendMessageEmbeds(error)
                .setEphemeral(true)
                .submit()
                .thenCompose(sent -> hook.deleteOriginal()
                        .submit()
                        // the asker has the error; a public reply left standing must at least not say "working"
                        .exceptionallyCompose(e -> {
                            log.warn(
                                    "could not delete a Discord reply after its error was sent ({})",
                                    DiscordErrors.describe(e));
                            return showPublicly(error, text);
                        }))
                .exceptionallyCompose(e -> {
                    if (DiscordErrors.tokenGone(e)) {
                        return CompletableFuture.failedFuture(e);
                    }
                    log.warn(
                            "Discord refused the private error ({}); showing it in the reply",
                            DiscordErrors.describe(e));
                    return showPublicly(error, text);
                });
    }

    private CompletableFuture<Void> showPublicly(MessageEmbed error, String text) {
        return edit(new MessageEditBuilder()
                        .setContent("")
                        .setEmbeds(error)
                        .setReplace(true)
                        .build())
                .exceptionallyCompose(e -> DiscordErrors.tokenGone(e)
                        ? CompletableFuture.failedFuture(e)
                        : edit(new MessageEditBuilder()
                                .setContent(text)
                                .setReplace(true)
                                .build()));
    }

    @Override
    public long uploadLimit() {
        return uploadLimit;
    }
}
