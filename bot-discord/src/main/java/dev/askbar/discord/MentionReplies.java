package dev.askbar.discord;

import dev.askbar.core.engine.Question;
import dev.askbar.core.platform.AdapterContext;
import dev.askbar.core.platform.Sentences;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.Role;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
        Optional<String> botRole =
                Optional.ofNullable(event.getGuild().getBotRole()).map(Role::getId);
        Optional<MentionQuestion> mention = MentionQuestion.read(
                MentionQuestion.Incoming.of(message),
                event.getJDA().getSelfUser().getId(),
                botRole,
                chains);
        if (mention.isEmpty()) {
            return;
        }
        // a message reaches one shard, but two processes may run the same shard while one replaces the other
        if (!context.coordination().claim(ReplyChains.PLATFORM, message.getId())) {
            log.info("mention {} already taken by another replica", message.getId());
            return;
        }
        if (mention.get().text().isEmpty()) {
            String hint = mention.get().contentHidden() ? Sentences.ROLE_MENTION : Sentences.MENTION_USAGE;
            message.reply(renderer.notice(hint))
                    .mentionRepliedUser(false)
                    .queue(null, e -> log.warn("could not reply to a mention ({})", DiscordErrors.describe(e)));
            return;
        }
        String conversation = mention.get().conversation();
        Question question =
                new Question(mention.get().text(), event.getAuthor().getId(), "discord", Optional.of(conversation));
        ReplySlot reply = new PostedMessage(
                data -> message.reply(data).mentionRepliedUser(false),
                true,
                posted -> chains.remember(posted.getId(), conversation),
                DiscordLimits.uploadLimit(event.getGuild()));
        context.ask(question, new AnswerMessage(mention.get().text(), reply, Optional.empty(), renderer, open.begin()));
    }

    /**
     * A message as the gateway sent it, before JDA reads mentions from its content: JDA finds role mentions only in
     * the text, and a mention of the bot's role can arrive with no text at all. Only that case is handled here
     * (messages with text go through {@link #handle}); the asker hears to mention the bot itself.
     */
    void handleRaw(DataObject message, JDA jda) {
        if (!message.getString("content", "").isEmpty() || message.isNull("guild_id")) {
            return;
        }
        Guild guild = jda.getGuildById(message.getString("guild_id"));
        if (guild == null) {
            return;
        }
        Optional<DataObject> author = message.optObject("author");
        MentionQuestion.Incoming incoming = new MentionQuestion.Incoming(
                "",
                author.map(a -> a.getBoolean("bot", false)).orElse(true) || !message.isNull("webhook_id"),
                ids(message.optArray("mentions").orElse(DataArray.empty()), true),
                ids(message.optArray("mention_roles").orElse(DataArray.empty()), false),
                message.getString("id"),
                Optional.empty(),
                Optional.empty());
        Optional<String> botRole = Optional.ofNullable(guild.getBotRole()).map(Role::getId);
        Optional<MentionQuestion> mention =
                MentionQuestion.read(incoming, jda.getSelfUser().getId(), botRole, chains);
        if (mention.isEmpty()
                || !mention.get().contentHidden()
                || !context.coordination().claim(ReplyChains.PLATFORM, message.getString("id"))) {
            return;
        }
        GuildMessageChannel channel = guild.getChannelById(GuildMessageChannel.class, message.getString("channel_id"));
        if (channel == null) {
            log.info(
                    "a role mention in channel {} cannot be answered: the channel is not known",
                    message.getString("channel_id"));
            return;
        }
        channel.sendMessage(renderer.notice(Sentences.ROLE_MENTION))
                .setMessageReference(message.getString("id"))
                .mentionRepliedUser(false)
                .queue(null, e -> log.warn("could not answer a role mention ({})", DiscordErrors.describe(e)));
    }

    /** Ids from an array of snowflake strings, or of objects with an "id". */
    private static Set<String> ids(DataArray array, boolean objects) {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < array.length(); i++) {
            ids.add(objects ? array.getObject(i).getString("id") : array.getString(i));
        }
        return ids;
    }
}
