package dev.askbar.discord;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.entities.ISnowflake;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageReference;
import net.dv8tion.jda.api.entities.Role;

/**
 * A guild message that addresses the bot, read as a question: the text without the bot's mention, and the
 * conversation it continues (a thread, or a reply chain).
 *
 * <p>Only a user mention of the bot or of its managed role counts. JDA's {@code isMentioned(self)} also matches
 * {@code @everyone}, {@code @here} and any role the bot holds, which would make it answer announcements.
 *
 * <p>A mention of the managed role is not one of the mentions Discord delivers content for without the
 * MESSAGE_CONTENT intent: such a message can arrive with empty content. It is recognised ({@code contentHidden}) so
 * the asker hears to mention the bot itself, instead of being told to ask a question they did ask.
 *
 * @param text          the question, empty when the message was only the mention or its content was withheld
 * @param conversation  the thread or reply chain, so follow-ups keep context
 * @param contentHidden the bot's role was mentioned (not the bot) and Discord sent no content
 */
record MentionQuestion(String text, String conversation, boolean contentHidden) {

    MentionQuestion(String text, String conversation) {
        this(text, conversation, false);
    }

    /** What the decision needs from a message, so it can be tested without a gateway. */
    record Incoming(
            String content,
            boolean fromBot,
            Set<String> mentionedUsers,
            Set<String> mentionedRoles,
            String messageId,
            Optional<String> threadId,
            Optional<String> repliedTo) {

        static Incoming of(Message message) {
            boolean thread = message.getChannelType().isThread();
            MessageReference ref = message.getMessageReference();
            return new Incoming(
                    message.getContentRaw(),
                    message.getAuthor().isBot() || message.isWebhookMessage(),
                    message.getMentions().getUsers().stream()
                            .map(ISnowflake::getId)
                            .collect(Collectors.toSet()),
                    message.getMentions().getRoles().stream().map(Role::getId).collect(Collectors.toSet()),
                    message.getId(),
                    thread ? Optional.of(message.getChannelId()) : Optional.empty(),
                    ref == null ? Optional.empty() : Optional.of(ref.getMessageId()));
        }
    }

    /**
     * @param selfId    the bot user's id
     * @param botRoleId the role Discord manages for the bot in this server, if any
     * @param chains    where earlier answers were posted, to follow a reply chain to its start
     */
    static Optional<MentionQuestion> read(
            Incoming message, String selfId, Optional<String> botRoleId, ReplyChains chains) {
        if (message.fromBot()) {
            return Optional.empty();
        }
        boolean toUser = message.mentionedUsers().contains(selfId);
        boolean toRole = botRoleId.map(message.mentionedRoles()::contains).orElse(false);
        if (!toUser && !toRole) {
            return Optional.empty();
        }
        String text = withoutMentions(message.content(), selfId, botRoleId);
        String conversation;
        if (message.threadId().isPresent()) {
            conversation = "discord:thread:" + message.threadId().get();
        } else {
            conversation = message.repliedTo()
                    .map(parent -> chains.conversationOf(parent).orElse("discord:chain:" + parent))
                    .orElse("discord:chain:" + message.messageId());
        }
        chains.remember(message.messageId(), conversation);
        boolean hidden = toRole
                && !toUser
                && (message.content() == null || message.content().isBlank());
        return Optional.of(new MentionQuestion(text, conversation, hidden));
    }

    private static String withoutMentions(String content, String selfId, Optional<String> botRoleId) {
        String text = content == null ? "" : content;
        text = text.replaceAll("<@!?" + Pattern.quote(selfId) + ">", " ");
        if (botRoleId.isPresent()) {
            text = text.replaceAll("<@&" + Pattern.quote(botRoleId.get()) + ">", " ");
        }
        return text.replaceAll("[ \\t]+", " ").strip();
    }
}
