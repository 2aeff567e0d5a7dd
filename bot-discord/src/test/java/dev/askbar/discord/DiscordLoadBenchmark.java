package dev.askbar.discord;

import com.google.gson.JsonElement;
import dev.askbar.core.fixtures.BenchmarkLog;
import dev.askbar.core.fixtures.ConcurrentAsks;
import dev.askbar.core.fixtures.LoadShop;
import dev.askbar.core.platform.AnswerWorkers;
import dev.askbar.discord.fake.FakeDiscord;
import dev.askbar.discord.fake.FakeDiscord.Person;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Many people asking at once through the real Discord adapter: {@code /ask} interactions delivered over the fake
 * Discord's gateway to JDA, answers edited into each interaction's reply over the fake's REST API, the production
 * answer workers and pool sizes, a demo-like shop on a real PostgreSQL, a fake model with a fixed time per call,
 * logging to a file. Compared with one question alone, like {@code SlackLoadBenchmark}.
 */
@Timeout(300)
class DiscordLoadBenchmark {

    /** Issue 14's goal: 50 questions with a 0.5 s model, p99 within twice one question's time. Run by bench/run-all.sh. */
    @Test
    @Tag("benchmark")
    void fiftyQuestionsAtOnceAreAnsweredWithinTwiceTheTimeOfOne() throws Exception {
        run("discord-load.txt", LoadShop.Queries.SAME_FOR_ALL, 50, 500, 2.0, true);
    }

    /**
     * The same load where each question runs a join of its own (nothing to share): the database's CPU, on the same two
     * cores, is what the last asker waits for. Issue 14's 2 x is not reliably met here (docs/benchmarks.md); the bound
     * is the measured 2.0-2.4 x with room for noise, so a clearly worse answer path still fails. Run by bench/run-all.sh.
     */
    @Test
    @Tag("benchmark")
    void fiftyDifferentQueriesAtOnceAreAnsweredWithinTwoAndAHalfTimesTheTimeOfOne() throws Exception {
        run("discord-load-own-queries.txt", LoadShop.Queries.ONE_PER_QUESTION, 50, 500, 2.5, true);
    }

    /**
     * The same path in every build, smaller and faster: 10 questions with a 200 ms model. The bound of 3 x one question
     * leaves room for a noisy 2-core machine (the answers' own CPU work queues there), while a p99 three times worse, or
     * a table held back until the summary, fails.
     */
    @Test
    void tenQuestionsAtOnceAreAnsweredWithinThreeTimesTheTimeOfOne() throws Exception {
        run("discord-load-fast.txt", LoadShop.Queries.SAME_FOR_ALL, 10, 200, 3.0, false);
    }

    /** Runs one load through the adapter, writes its figures, then checks {@link ConcurrentAsks#assertGoals}. */
    private static void run(
            String file,
            LoadShop.Queries queries,
            int questions,
            long modelMillis,
            double allowedRatio,
            boolean withinTwoRoundTrips)
            throws Exception {
        ConcurrentAsks.Run run;
        long logLines;
        try (BenchmarkLog log = BenchmarkLog.toFile(file.replace(".txt", ".log"));
                LoadShop shop = LoadShop.start("discord_load", modelMillis, queries);
                FakeDiscord discord = FakeDiscord.start();
                AnswerWorkers workers = AnswerWorkers.forAnswers("discord-answers", Duration.ofSeconds(30))) {
            SlashCommands platform = new SlashCommands(discord);
            discord.watch(platform::received);
            DiscordAdapter adapter = new DiscordAdapter(
                    shop.context(workers),
                    new DiscordAdapter.Settings(
                            "fake-token",
                            Set.of(discord.guildId),
                            DiscordAdmins.of(List.of()),
                            DiscordEndpoints.local(discord.restBaseUrl(), discord.gatewayUrl())));
            adapter.start();
            try {
                ConcurrentAsks asks = new ConcurrentAsks(platform, Duration.ofSeconds(60));
                run = asks.measure(questions);
            } finally {
                adapter.close();
            }
            logLines = log.lines();
        }
        String title = String.format(
                Locale.ROOT,
                "Discord: %d concurrent /ask through the adapter (gateway and REST of a fake Discord), %s, "
                        + "fake model %d ms per call (2 calls per question), 64 answer workers, %d data connections, %d log lines to a file",
                questions,
                queries == LoadShop.Queries.SAME_FOR_ALL ? "the same SQL for all" : "SQL of its own for each",
                modelMillis,
                LoadShop.DATA_CONNECTIONS,
                logLines);
        ConcurrentAsks.write(file, ConcurrentAsks.report(title, run, modelMillis, allowedRatio));

        ConcurrentAsks.assertGoals(run, questions, modelMillis, allowedRatio, withinTwoRoundTrips, logLines);
    }

    /** {@code /ask} from a member each; the answer is edited into the interaction's reply ("@original"). */
    private static final class SlashCommands implements ConcurrentAsks.Platform {
        private final FakeDiscord discord;
        private final Map<Integer, String> originals = new ConcurrentHashMap<>();
        private final Map<String, Long> tables = new ConcurrentHashMap<>();
        private final Map<String, Long> answers = new ConcurrentHashMap<>();

        SlashCommands(FakeDiscord discord) {
            this.discord = discord;
        }

        @Override
        public void ask(int n, String question) {
            FakeDiscord.Interaction asked = discord.slashCommand(
                    Person.member("Asker " + n), "ask", FakeDiscord.stringOption("question", question));
            originals.put(n, "/webhooks/" + discord.botId + "/" + asked.token() + "/messages/@original");
        }

        /** On the fake's thread, as each edit arrives: the first with the table, the first with the summary. */
        void received(FakeDiscord.RestCall call) {
            long now = System.nanoTime();
            String description = call.embed()
                    .map(e -> e.get("description"))
                    .map(JsonElement::getAsString)
                    .orElse("");
            if (description.contains(LoadShop.SUMMARY)) {
                answers.putIfAbsent(call.path(), now);
            } else if (description.contains("```")) {
                tables.putIfAbsent(call.path(), now);
            }
        }

        @Override
        public long tableReceived(int n, Duration wait) throws InterruptedException {
            return await(tables, n, wait);
        }

        @Override
        public long finalReceived(int n, Duration wait) throws InterruptedException {
            return await(answers, n, wait);
        }

        private long await(Map<String, Long> arrivals, int n, Duration wait) throws InterruptedException {
            long deadline = System.nanoTime() + wait.toNanos();
            while (true) {
                Long at = arrivals.get(originals.get(n));
                if (at != null) {
                    return at;
                }
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("question " + n + " got no such message within " + wait);
                }
                Thread.sleep(5);
            }
        }
    }
}
