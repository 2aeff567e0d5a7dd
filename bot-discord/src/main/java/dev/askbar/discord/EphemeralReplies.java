package dev.askbar.discord;

import dev.askbar.core.llm.KeyStatus;
import dev.askbar.core.platform.AskbarReplies;
import dev.askbar.core.platform.ExampleReview;
import dev.askbar.core.platform.HelpText;
import dev.askbar.core.platform.Sentences;
import java.util.List;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /askbar} outcomes and button replies, shown only to the person who asked: each edits the deferred
 * ephemeral reply ("thinking…"), so whatever happens, that reply ends as a sentence. Nothing here moves to the
 * channel when the token is gone: key status and examples are for the admin alone.
 */
final class EphemeralReplies implements AskbarReplies {
    private static final Logger log = LoggerFactory.getLogger(EphemeralReplies.class);

    private final InteractionHook hook;
    private final DiscordAnswerRenderer renderer;

    EphemeralReplies(InteractionHook hook, DiscordAnswerRenderer renderer) {
        this.hook = hook;
        this.renderer = renderer;
    }

    @Override
    public void notice(String sentence) {
        show(new MessageEditBuilder()
                .setContent(DiscordLimits.fit(sentence, DiscordLimits.MESSAGE))
                .setEmbeds()
                .setComponents()
                .build());
    }

    @Override
    public void help(HelpText.Help help) {
        show(new MessageEditBuilder()
                .setContent("")
                .setEmbeds(renderer.help(help))
                .build());
    }

    @Override
    public void keys(List<KeyStatus> keys) {
        show(AdminEmbeds.keys(keys));
    }

    @Override
    public void examples(List<ExampleReview.Candidate> pending) {
        show(AdminEmbeds.examples(pending));
    }

    /** Edits the reply; a refused embed falls back to a sentence, so "thinking…" never stays. */
    void show(MessageEditData data) {
        hook.editOriginal(data).queue(null, e -> {
            if (DiscordErrors.tokenGone(e)) {
                log.info("an ephemeral Discord reply expired before it was shown ({})", DiscordErrors.describe(e));
                return;
            }
            log.warn("Discord refused an ephemeral reply ({}); showing a sentence instead", DiscordErrors.describe(e));
            hook.editOriginal(new MessageEditBuilder()
                            .setContent(Sentences.NOT_SHOWN)
                            .setEmbeds()
                            .setComponents()
                            .setAttachments()
                            .build())
                    .queue(
                            null,
                            again -> log.error(
                                    "could not show a Discord sentence either ({})", DiscordErrors.describe(again)));
        });
    }
}
