package dev.askbar.app;

import dev.askbar.core.config.AskBarConfig;
import dev.askbar.core.engine.Answer;
import dev.askbar.core.llm.KeyStatus;
import dev.askbar.core.platform.AdapterContext;
import dev.askbar.core.platform.AnswerArchive;
import dev.askbar.core.platform.AnswerWorkers;
import dev.askbar.core.platform.AuditFeedback;
import dev.askbar.core.platform.ChatAdapter;
import dev.askbar.core.platform.Coordination;
import dev.askbar.core.platform.ExampleReview;
import dev.askbar.core.platform.Feedback;
import dev.askbar.core.platform.StoredExampleReview;
import dev.askbar.core.store.StoredAnswers;
import dev.askbar.core.store.VerifiedExamples;
import dev.askbar.discord.DiscordAdapter;
import dev.askbar.discord.DiscordAdmins;
import dev.askbar.slack.SlackAdapter;
import dev.askbar.slack.SlackSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The adapters whose tokens are configured. They share one engine (hence one key state), one answer archive,
 * one feedback path and one coordination (event claims, conversation links), all in the state database so that
 * replicas sharing it answer an event once and continue each other's conversations. Each has its own workers, so
 * stopping one platform never cuts the other's answers short.
 */
final class ChatAdapters {
    static final Duration GRACE = Duration.ofSeconds(30);
    /** Answers behind buttons, all platforms together, compressed: a day of a busy team's answers fits. */
    static final long ARCHIVE_BYTES = 256L << 20;

    private ChatAdapters() {}

    static List<ChatAdapter> create(AskBarConfig config, AskBarRuntime runtime) {
        List<ChatAdapter> adapters = new ArrayList<>();
        // in the state database: a button works on whichever replica gets the click, and after a restart
        StoredAnswers stored = new StoredAnswers(runtime.store(), Duration.ofHours(24), ARCHIVE_BYTES);
        AnswerArchive archive = AnswerArchive.backedBy(new AnswerArchive.Backing() {
            @Override
            public String keep(Answer answer) {
                return stored.keep(answer);
            }

            @Override
            public void replace(String id, Answer answer) {
                stored.replace(id, answer);
            }

            @Override
            public Optional<Answer> find(String id) {
                return stored.find(id);
            }
        });
        Feedback feedback = new AuditFeedback(runtime.audit(), new VerifiedExamples(runtime.store()));
        Supplier<List<KeyStatus>> keys = runtime.router()::status;
        ExampleReview review = new StoredExampleReview(new VerifiedExamples(runtime.store()));
        // which replica answers an event, and which conversation a message continues, agreed in the state database
        Coordination coordination = new StoredCoordination(runtime.store());
        if (config.chat().discordToken().isPresent()) {
            AnswerWorkers workers = AnswerWorkers.forAnswers("discord-answers", GRACE);
            AdapterContext discord = new AdapterContext(
                    runtime.engine(), workers, archive, keys, feedback, review, config.schemas(), coordination);
            adapters.add(new ClosingItsWorkers(
                    workers,
                    new DiscordAdapter(
                            discord,
                            new DiscordAdapter.Settings(
                                    config.chat().discordToken().get().reveal(),
                                    Set.copyOf(config.chat().discordGuilds()),
                                    DiscordAdmins.of(config.chat().discordAdmins()),
                                    DiscordAddress.endpoints(config.chat()),
                                    DiscordAddress.shards(config.chat())))));
        }
        if (config.chat().slackBotToken().isPresent()) {
            AnswerWorkers workers = AnswerWorkers.forAnswers("slack-answers", GRACE);
            AdapterContext slack = new AdapterContext(
                    runtime.engine(), workers, archive, keys, feedback, review, config.schemas(), coordination);
            adapters.add(new ClosingItsWorkers(workers, new SlackAdapter(SlackSettings.from(config.chat()), slack)));
        }
        return adapters;
    }

    /** An adapter and the workers made for it here: closing stops the events first, then lets answers in flight finish. */
    private record ClosingItsWorkers(AnswerWorkers workers, ChatAdapter adapter) implements ChatAdapter {
        @Override
        public String name() {
            return adapter.name();
        }

        @Override
        public void start() throws Exception {
            adapter.start();
        }

        @Override
        public boolean connected() {
            return adapter.connected();
        }

        @Override
        public void close() {
            adapter.stopTakingEvents();
            try {
                workers.close();
            } finally {
                adapter.close();
            }
        }
    }
}
