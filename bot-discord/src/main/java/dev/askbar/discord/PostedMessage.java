package dev.askbar.discord;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.requests.restaction.MessageCreateAction;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import net.dv8tion.jda.api.utils.messages.MessageEditData;

/**
 * An answer in a message the bot posts itself and then edits: the reply to a mention (progress shown), or the
 * channel message that carries an answer whose interaction token is gone (no progress: only the answer is posted).
 */
final class PostedMessage implements ReplySlot {
    private final Function<MessageCreateData, MessageCreateAction> post;
    private final boolean showsProgress;
    private final Consumer<Message> posted;
    private final long uploadLimit;
    private volatile Message message;

    /**
     * @param post   how a new message goes out (a reply to the question, or a channel message)
     * @param posted told about the message once it exists (for reply chains)
     */
    PostedMessage(
            Function<MessageCreateData, MessageCreateAction> post,
            boolean showsProgress,
            Consumer<Message> posted,
            long uploadLimit) {
        this.post = post;
        this.showsProgress = showsProgress;
        this.posted = posted;
        this.uploadLimit = uploadLimit;
    }

    @Override
    public CompletableFuture<Void> progress(MessageEditData stage) {
        if (!showsProgress) {
            return CompletableFuture.completedFuture(null);
        }
        if (message == null) {
            return send(
                    new MessageCreateBuilder().setContent(stage.getContent()).build());
        }
        return message.editMessage(stage).submit().thenAccept(m -> {});
    }

    @Override
    public CompletableFuture<Void> replace(MessageCreateData data) {
        if (message == null) {
            return send(data);
        }
        return message.editMessage(
                        MessageEditBuilder.fromCreateData(data).setReplace(true).build())
                .submit()
                .thenAccept(m -> {});
    }

    @Override
    public CompletableFuture<Void> update(MessageEditData edit) {
        if (message == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("no message to update"));
        }
        return message.editMessage(edit).submit().thenAccept(m -> {});
    }

    @Override
    public CompletableFuture<Void> fail(MessageEmbed error, String text) {
        return replace(new MessageCreateBuilder().setEmbeds(error).build())
                .exceptionallyCompose(
                        e -> replace(new MessageCreateBuilder().setContent(text).build()));
    }

    private CompletableFuture<Void> send(MessageCreateData data) {
        return post.apply(data).submit().thenAccept(m -> {
            message = m;
            posted.accept(m);
        });
    }

    @Override
    public long uploadLimit() {
        return uploadLimit;
    }
}
