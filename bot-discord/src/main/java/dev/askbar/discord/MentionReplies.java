package dev.askbar.discord;

import dev.askbar.core.engine.Question;
import dev.askbar.core.platform.AdapterContext;
import dev.askbar.core.platform.Sentences;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.Role;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;

/** @AskBar questions: answered as a reply that shows progress, then the answer; replies in the same thread or chain are follow-ups. */
final class MentionReplies {
    private static final Logger log = LoggerFactory.getLogger(MentionReplies.class);

    private final AdapterContext context;
    private final DiscordAnswerRenderer renderer;
    private final ReplyChains chains;
    private final OpenAnswers open;

    MentionReplies(AdapterContext context, DiscordAnswerRenderer renderer, ReplyChains chains, OpenAnswers open) {
        this.context = context;
        this.renderer = renderer;
        this.chains = chains;
        this.open = open;
    }

    void handle(MessageReceivedEvent event) {
        Message message = event.getMessage();
        Optional<String> botRole = Optional.ofNullable(event.getGuild().getBotRole()).map(Role::getId);
        Optional<MentionQuestion> mention = MentionQuestion.read(MentionQuestion.Incoming.of(message),
                event.getJDA().getSelfUser().getId(), botRole, chains);
        if (mention.isEmpty()) {
            return;
        }
        if (mention.get().text().isEmpty()) {
            String hint = mention.get().contentHidden() ? Sentences.ROLE_MENTION : Sentences.MENTION_USAGE;
            message.reply(renderer.notice(hint)).mentionRepliedUser(false)
                    .queue(null, e -> log.warn("could not reply to a mention ({})", DiscordErrors.describe(e)));
            return;
        }
        String conversation = mention.get().conversation();
        Question question = new Question(mention.get().text(), event.getAuthor().getId(), "discord", Optional.of(conversation));
        ReplySlot reply = new PostedMessage(data -> message.reply(data).mentionRepliedUser(false), true,
                posted -> chains.remember(posted.getId(), conversation), DiscordLimits.UPLOAD);
        context.ask(question, new AnswerMessage(mention.get().text(), reply, Optional.empty(), renderer, open.begin()));
    }
}
