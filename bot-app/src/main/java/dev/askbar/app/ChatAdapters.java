package dev.askbar.app;

import dev.askbar.core.config.AskBarConfig;
import dev.askbar.core.platform.AdapterContext;
import dev.askbar.core.platform.AnswerArchive;
import dev.askbar.core.platform.AnswerWorkers;
import dev.askbar.core.platform.ChatAdapter;
import dev.askbar.core.platform.Feedback;
import dev.askbar.core.store.AuditLog;
import dev.askbar.core.store.VerifiedExamples;
import dev.askbar.slack.SlackAdapter;
import dev.askbar.slack.SlackSettings;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** The adapters whose tokens are configured, each given the one shared engine. */
final class ChatAdapters {
    private ChatAdapters() {
    }

    static List<ChatAdapter> create(AskBarConfig config, AskBarRuntime runtime) {
        List<ChatAdapter> adapters = new ArrayList<>();
        if (config.chat().slackBotToken().isPresent()) {
            AuditLog audit = new AuditLog(runtime.store());
            VerifiedExamples examples = new VerifiedExamples(runtime.store());
            Feedback feedback = (auditId, user, value) -> {
                boolean recorded = audit.feedback(auditId, value);
                if (recorded && value > 0) {
                    examples.addFromFeedback(auditId, user);
                }
                return recorded;
            };
            Supplier<String> keysReport = () -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                KeyReport.print(config, false, new PrintStream(out, true, StandardCharsets.UTF_8));
                return out.toString(StandardCharsets.UTF_8);
            };
            AdapterContext slack = new AdapterContext(runtime.engine(),
                    new AnswerWorkers("slack-answers", 4, 100, Duration.ofSeconds(30)),
                    new AnswerArchive(Duration.ofHours(24), 5_000), keysReport, feedback, config.schemas());
            adapters.add(new SlackAdapter(SlackSettings.from(config.chat()), slack));
        }
        return adapters;
    }
}
