package dev.askbar.discord;

import dev.askbar.core.engine.Answer;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;

/**
 * The answer to {@code /ask}, shown by editing the deferred reply. The interaction token lives 15 minutes; an
 * answer that outlives it (or whose token Discord already rejects) is posted to the channel instead, so a slow
 * question still ends with an answer rather than an error in the log.
 */
final class InteractionAnswer implements AnswerTarget {
    private static final Logger log = LoggerFactory.getLogger(InteractionAnswer.class);

    private final InteractionHook hook;
    private final MessageChannel channel;
    private final String askerId;
    private final DiscordAnswerRenderer renderer;

    InteractionAnswer(InteractionHook hook, MessageChannel channel, String askerId, DiscordAnswerRenderer renderer) {
        this.hook = hook;
        this.channel = channel;
        this.askerId = askerId;
        this.renderer = renderer;
    }

    @Override
    public void progress(String text) {
        if (!hook.isExpired()) {
            hook.editOriginal(text).queue(null, e -> log.debug("progress edit failed: {}", e.getMessage()));
        }
    }

    @Override
    public void answered(Answer answer, Optional<String> answerId) {
        if (hook.isExpired()) {
            toChannel(renderer.answer(answer, answerId));
            return;
        }
        MessageCreateData data = renderer.answer(answer, answerId);
        hook.editOriginal(MessageEditBuilder.fromCreateData(data).setContent("").setReplace(true).build())
                .queue(null, e -> {
                    if (tokenGone(e)) {
                        // the files were consumed by the failed edit: render afresh for the channel
                        toChannel(renderer.answer(answer, answerId));
                    } else {
                        log.warn("could not show a Discord answer: {}", e.getMessage());
                    }
                });
    }

    @Override
    public void failed(MessageEmbed error) {
        if (hook.isExpired()) {
            toChannel(new MessageCreateBuilder().setEmbeds(error).build());
            return;
        }
        // the deferred reply is public; the error is for the asker alone, so it replaces it as an ephemeral follow-up
        hook.deleteOriginal().queue(null, e -> log.debug("could not delete the deferred reply: {}", e.getMessage()));
        hook.sendMessageEmbeds(error).setEphemeral(true)
                .queue(null, e -> log.warn("could not show a Discord error: {}", e.getMessage()));
    }

    private void toChannel(MessageCreateData data) {
        MessageCreateData addressed = MessageCreateBuilder.from(data)
                .setContent("<@" + askerId + "> here is the answer to your /ask (it took longer than Discord lets a reply wait).")
                .build();
        channel.sendMessage(addressed).queue(null, e -> log.warn("could not post a late Discord answer: {}", e.getMessage()));
    }

    static boolean tokenGone(Throwable e) {
        return e instanceof ErrorResponseException r
                && (r.getErrorResponse() == ErrorResponse.UNKNOWN_WEBHOOK
                || r.getErrorResponse() == ErrorResponse.INVALID_WEBHOOK_TOKEN
                || r.getErrorResponse() == ErrorResponse.UNKNOWN_INTERACTION);
    }
}
