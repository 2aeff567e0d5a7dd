package dev.askbar.discord;

import dev.askbar.core.engine.Answer;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The answer to an @mention: a reply to the question that first shows progress and then becomes the answer.
 * The reply joins the question's conversation, so replying to it asks a follow-up.
 */
final class ReplyAnswer implements AnswerTarget {
    private static final Logger log = LoggerFactory.getLogger(ReplyAnswer.class);

    private final Message question;
    private final String conversation;
    private final ReplyChains chains;
    private final DiscordAnswerRenderer renderer;
    private CompletableFuture<Message> reply;

    ReplyAnswer(Message question, String conversation, ReplyChains chains, DiscordAnswerRenderer renderer) {
        this.question = question;
        this.conversation = conversation;
        this.chains = chains;
        this.renderer = renderer;
    }

    @Override
    public synchronized void progress(String text) {
        if (reply == null) {
            reply = question.reply(text).mentionRepliedUser(false).submit();
            reply.thenAccept(m -> chains.remember(m.getId(), conversation));
        } else {
            reply.thenAccept(m -> m.editMessage(text).queue(null, e -> log.debug("progress edit failed: {}", e.getMessage())));
        }
    }

    @Override
    public synchronized void answered(Answer answer, Optional<String> answerId) {
        show(renderer.answer(answer, answerId));
    }

    @Override
    public synchronized void failed(MessageEmbed error) {
        show(new MessageCreateBuilder().setEmbeds(error).build());
    }

    private void show(MessageCreateData data) {
        if (reply == null) {
            sendNew(data);
            return;
        }
        reply.whenComplete((m, error) -> {
            if (error != null) {
                sendNew(data);
            } else {
                m.editMessage(MessageEditBuilder.fromCreateData(data).setContent("").mentionRepliedUser(false).setReplace(true).build())
                        .queue(null, e -> log.warn("could not show a Discord answer: {}", e.getMessage()));
            }
        });
    }

    private void sendNew(MessageCreateData data) {
        question.reply(data).mentionRepliedUser(false).queue(
                m -> chains.remember(m.getId(), conversation),
                e -> log.warn("could not reply with a Discord answer: {}", e.getMessage()));
    }
}
