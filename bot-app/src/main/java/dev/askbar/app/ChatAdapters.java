package dev.askbar.app;

import dev.askbar.core.config.AskBarConfig;
import dev.askbar.core.platform.AdapterContext;
import dev.askbar.core.platform.AuditFeedback;
import dev.askbar.core.platform.AnswerArchive;
import dev.askbar.core.platform.AnswerWorkers;
import dev.askbar.core.platform.ChatAdapter;
import dev.askbar.core.platform.Feedback;
import dev.askbar.core.store.VerifiedExamples;
import dev.askbar.discord.DiscordAdapter;
import dev.askbar.discord.DiscordAdmins;
import dev.askbar.discord.DiscordEndpoints;
import dev.askbar.slack.SlackAdapter;
import dev.askbar.slack.SlackSettings;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The adapters whose tokens are configured. They share one engine (hence one key state), one answer archive
 * and one feedback path; each has its own workers so stopping one platform never cuts the other's answers short.
 */
final class ChatAdapters {
    static final Duration GRACE = Duration.ofSeconds(30);

    private ChatAdapters() {
    }

    static List<ChatAdapter> create(AskBarConfig config, AskBarRuntime runtime) {
        List<ChatAdapter> adapters = new ArrayList<>();
        AnswerArchive archive = new AnswerArchive(Duration.ofHours(24), 10_000);
        Feedback feedback = new AuditFeedback(runtime.audit(), new VerifiedExamples(runtime.store()));
        Supplier<String> keys = keysReport(runtime);
        if (config.chat().discordToken().isPresent()) {
            AdapterContext discord = new AdapterContext(runtime.engine(),
                    new AnswerWorkers("discord-answers", 8, 200, GRACE), archive, keys, feedback, config.schemas());
            adapters.add(new DiscordAdapter(discord, new DiscordAdapter.Settings(
                    config.chat().discordToken().get().reveal(), config.chat().discordGuild(),
                    DiscordAdmins.of(config.chat().discordAdmins()), DiscordEndpoints.discord())));
        }
        if (config.chat().slackBotToken().isPresent()) {
            AdapterContext slack = new AdapterContext(runtime.engine(),
                    new AnswerWorkers("slack-answers", 8, 200, GRACE), archive, keys, feedback, config.schemas());
            adapters.add(new SlackAdapter(SlackSettings.from(config.chat()), slack));
        }
        return adapters;
    }

    /** The same live key report {@code askbar keys} prints, keys masked. */
    private static Supplier<String> keysReport(AskBarRuntime runtime) {
        return () -> {
            ByteArrayOutputStream text = new ByteArrayOutputStream();
            KeyReport.print(runtime.router().status(), false, new PrintStream(text, true, StandardCharsets.UTF_8), Clock.systemUTC());
            return text.toString(StandardCharsets.UTF_8);
        };
    }
}
