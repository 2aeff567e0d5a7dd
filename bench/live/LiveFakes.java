import dev.askbar.discord.fake.FakeDiscord;
import dev.askbar.slack.fake.FakeSlack;
import dev.askbar.testkit.FakeGemini;
import dev.askbar.testkit.FakeGroq;
import dev.askbar.testkit.TestKeys;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The four wire-level fakes as one local process, for bench/live.sh --against-fakes: writes the environment that
 * points the live checks at them (fake credentials, ASKBAR_*_URL) to the file named by the first argument, then
 * serves until the process is ended. The fake credentials are built at run time (TestKeys), so nothing committed
 * looks like a leaked key. Proves the live checks run and pass against the shapes the fakes claim.
 */
public class LiveFakes {
    public static void main(String[] args) throws IOException, InterruptedException {
        FakeGroq groq = FakeGroq.start();
        FakeGemini gemini = FakeGemini.start();
        FakeSlack slack = FakeSlack.start();
        FakeDiscord discord = FakeDiscord.start();
        List<String> env = List.of(
                "GROQ_API_KEYS=" + TestKeys.groq("livecheck", "0001"),
                "ASKBAR_GROQ_BASE_URL=" + groq.baseUrl(),
                "GEMINI_API_KEYS=" + TestKeys.gemini("livecheck", "0001"),
                "ASKBAR_GEMINI_BASE_URL=" + gemini.baseUrl(),
                "SLACK_BOT_TOKEN=" + TestKeys.slackBot("live-check-fake"),
                "ASKBAR_SLACK_API_URL=" + slack.apiUrl(),
                "ASKBAR_LIVE_SLACK_CHANNEL=C0LIVECHK",
                "DISCORD_TOKEN=live.check.fake",
                "ASKBAR_DISCORD_REST_URL=" + discord.restBaseUrl(),
                "ASKBAR_DISCORD_GATEWAY_URL=" + discord.gatewayUrl(),
                "ASKBAR_LIVE_DISCORD_CHANNEL=" + discord.channelId);
        Path out = Path.of(args[0]);
        Path partial = Path.of(args[0] + ".part");
        Files.write(partial, env);
        Files.move(partial, out);
        System.out.println("fakes serving: Groq " + groq.baseUrl() + ", Gemini " + gemini.baseUrl() + ", Slack "
                + slack.apiUrl() + ", Discord " + discord.restBaseUrl());
        Thread.currentThread().join();
    }
}
