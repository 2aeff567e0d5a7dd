package dev.askbar.app;

import dev.askbar.core.config.AskBarConfig;
import dev.askbar.core.platform.AdapterContext;
import dev.askbar.core.platform.AnswerArchive;
import dev.askbar.core.platform.AnswerWorkers;
import dev.askbar.core.platform.ChatAdapter;
import dev.askbar.core.store.AuditLog;
import dev.askbar.core.store.VerifiedExamples;
import dev.askbar.discord.DiscordAdapter;
import dev.askbar.discord.DiscordAdmins;
import dev.askbar.discord.DiscordEndpoints;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The adapters whose tokens are configured, each given the one shared engine. */
final class ChatAdapters {
    private ChatAdapters() {
    }

    static List<ChatAdapter> create(AskBarConfig config, AskBarRuntime runtime) {
        List<ChatAdapter> adapters = new ArrayList<>();
        if (config.chat().discordToken().isPresent()) {
            AuditLog audit = new AuditLog(runtime.store());
            VerifiedExamples examples = new VerifiedExamples(runtime.store());
            AdapterContext discord = new AdapterContext(runtime.engine(),
                    new AnswerWorkers("discord-answers", 4, 100, Duration.ofSeconds(30)),
                    new AnswerArchive(Duration.ofHours(24), 10_000),
                    () -> {
                        ByteArrayOutputStream text = new ByteArrayOutputStream();
                        KeyReport.print(config, false, new PrintStream(text, true, StandardCharsets.UTF_8));
                        return text.toString(StandardCharsets.UTF_8);
                    },
                    (auditId, user, value) -> {
                        if (!audit.feedback(auditId, value)) {
                            return false;
                        }
                        if (value > 0) {
                            examples.addFromFeedback(auditId, user);
                        }
                        return true;
                    },
                    config.schemas());
            adapters.add(new DiscordAdapter(discord, new DiscordAdapter.Settings(
                    config.chat().discordToken().get().reveal(), config.chat().discordGuild(),
                    DiscordAdmins.of(config.chat().discordAdmins()), DiscordEndpoints.discord())));
        }
        return adapters;
    }
}
