package dev.askbar.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.askbar.core.config.AskBarConfig;
import dev.askbar.core.platform.ChatAdapter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChatAdaptersTest {

    @Test
    void everyPlatformWithATokenGetsAnAdapterAndNoneConnectsBeforeStart() throws Exception {
        MainTest.setUp();
        Map<String, String> env = MainTest.env();
        env.put("DISCORD_TOKEN", "MTAwMDAwMDAwMDAwMDAwMDAw.discord-test-token");
        env.put("SLACK_BOT_TOKEN", "xoxb-0000-test");
        env.put("SLACK_SIGNING_SECRET", "test-signing-secret");
        env.put("ASKBAR_SLACK_PORT", "3999");
        try (AskBarRuntime runtime = AskBarRuntime.start(AskBarConfig.from(env))) {
            List<ChatAdapter> adapters = ChatAdapters.create(runtime.config(), runtime);
            assertThat(adapters).extracting(ChatAdapter::name).containsExactly("discord", "slack");
            assertThat(adapters).noneMatch(ChatAdapter::connected);
            adapters.forEach(ChatAdapter::close);
            assertThat(ChatAdapters.create(AskBarConfig.from(MainTest.env()), runtime))
                    .isEmpty();
        } finally {
            MainTest.tearDown();
        }
    }
}
