package dev.askbar.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Settings that keep questions and the ops port away from what they must not reach. */
class ConfinementSettingsTest {

    @Test
    void askBarsOwnSchemaCanNeverBeAllowedForQuestions() {
        for (String schemas : new String[] {"public,askbar", "askbar", "ASKBAR", "sales, AskBar"}) {
            assertThatThrownBy(() -> AskBarConfig.from(Map.of("ASKBAR_SCHEMAS", schemas)))
                    .isInstanceOf(ConfigException.class)
                    .hasMessage(
                            "ASKBAR_SCHEMAS must not include askbar, AskBar's own schema (it holds every user's questions)");
        }
        assertThat(AskBarConfig.from(Map.of("ASKBAR_SCHEMAS", "public,askbar_archive"))
                        .schemas())
                .containsExactly("public", "askbar_archive");
    }

    @Test
    void aDatabaseUrlCarryingAPasswordIsRefusedWithoutEchoingIt() {
        for (String url : new String[] {
            "jdbc:postgresql://db:5432/shop?user=u&password=hunter2secret",
            "jdbc:postgresql://db:5432/shop?PASSWORD=hunter2secret",
            "jdbc:postgresql://db:5432/shop?ssl=true&sslpassword=hunter2secret",
            "postgresql://u:hunter2secret@db/shop"
        }) {
            assertThatThrownBy(() -> AskBarConfig.from(Map.of("ASKBAR_DATABASE_URL", url, "ASKBAR_DATABASE_USER", "u")))
                    .as(url)
                    .isInstanceOf(ConfigException.class)
                    .hasMessageStartingWith("ASKBAR_DATABASE_URL must not carry credentials")
                    .hasMessageNotContaining("hunter2secret");
        }
        assertThatThrownBy(() -> AskBarConfig.from(Map.of(
                        "ASKBAR_DATABASE_URL",
                        "jdbc:postgresql://db/shop",
                        "ASKBAR_DATABASE_USER",
                        "u",
                        "ASKBAR_STATE_DATABASE_URL",
                        "jdbc:postgresql://db/state?password=hunter2secret",
                        "ASKBAR_STATE_DATABASE_USER",
                        "w")))
                .hasMessageStartingWith("ASKBAR_STATE_DATABASE_URL must not carry credentials")
                .hasMessageNotContaining("hunter2secret");
    }

    @Test
    void healthAndMetricsListenOnLoopbackUnlessTold() {
        assertThat(AskBarConfig.from(Map.of()).httpHost()).isEqualTo("127.0.0.1");
        assertThat(AskBarConfig.from(Map.of("ASKBAR_HTTP_HOST", "0.0.0.0")).httpHost())
                .isEqualTo("0.0.0.0");
    }

    @Test
    void discordsRestBaseIsConfiguration() {
        assertThat(AskBarConfig.from(Map.of()).chat().discordRestUrl()).isEqualTo("https://discord.com/api/v10");
        assertThat(AskBarConfig.from(Map.of("ASKBAR_DISCORD_REST_URL", "http://127.0.0.1:9000/api/v10"))
                        .chat()
                        .discordRestUrl())
                .isEqualTo("http://127.0.0.1:9000/api/v10");
        assertThatThrownBy(() -> AskBarConfig.from(Map.of("ASKBAR_DISCORD_REST_URL", "discord.com")))
                .hasMessageStartingWith("ASKBAR_DISCORD_REST_URL expects an http");
    }
}
