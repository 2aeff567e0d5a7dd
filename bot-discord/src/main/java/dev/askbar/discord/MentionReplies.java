package dev.askbar.discord;

import dev.askbar.core.engine.Question;
import dev.askbar.core.platform.AdapterContext;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.Role;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;

import java.util.Optional;

/** @AskBar questions: answered as a reply; replies in the same thread or chain are follow-ups. */
final class MentionReplies {
    static final String ONLY_A_MENTION = "Ask me a question after the mention, for example: @AskBar how many orders were placed last month?";

    private final AdapterContext context;
    private final DiscordAnswerRenderer renderer;
    private final ReplyChains chains;

    MentionReplies(AdapterContext context, DiscordAnswerRenderer renderer, ReplyChains chains) {
        this.context = context;
        this.renderer = renderer;
        this.chains = chains;
    }

    void handle(MessageReceivedEvent event) {
        if (!event.isFromGuild()) {
            return;
        }
        Message message = event.getMessage();
        Optional<String> botRole = Optional.ofNullable(event.getGuild().getBotRole()).map(Role::getId);
        Optional<MentionQuestion> mention = MentionQuestion.read(MentionQuestion.Incoming.of(message),
                event.getJDA().getSelfUser().getId(), botRole, chains);
        if (mention.isEmpty()) {
            return;
        }
        if (mention.get().text().isEmpty()) {
            message.reply(renderer.notice(ONLY_A_MENTION)).mentionRepliedUser(false).queue();
            return;
        }
        Question question = new Question(mention.get().text(), event.getAuthor().getId(), "discord",
                Optional.of(mention.get().conversation()));
        AnswerTarget target = new ReplyAnswer(message, mention.get().conversation(), chains, renderer);
        if (!context.workers().submit(new AnswerJob(context, renderer, question, target))) {
            message.reply(renderer.notice(AskCommand.BUSY)).mentionRepliedUser(false).queue();
        }
    }
}
