package dev.askbar.core.config;

import dev.askbar.testkit.TestKeys;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AskBarConfigTest {

    @Test
    void defaultsNeedNothing() {
        AskBarConfig c = AskBarConfig.from(Map.of());
        assertThat(c.usesEmbeddedDatabase()).isTrue();
        assertThat(c.schemas()).containsExactly("public");
        assertThat(c.providers()).containsExactly("groq", "gemini");
        assertThat(c.groq().baseUrl()).isEqualTo("https://api.groq.com/openai/v1");
        assertThat(c.hasAnyLlmKey()).isFalse();
        assertThat(c.limits().maxQuestionChars()).isEqualTo(1000);
        assertThat(c.httpPort()).isEqualTo(8080);
    }

    @Test
    void keysComeFromListSingleAndNumberedFormsWithGroups() {
        AskBarConfig c = AskBarConfig.from(Map.of(
                "GROQ_API_KEYS", "orgA:gsk_aaaaaaaaaaaa1111, orgA:gsk_bbbbbbbbbbbb2222,gsk_cccccccccccc3333",
                "GROQ_API_KEY", "gsk_dddddddddddd4444",
                "GROQ_API_KEY_2", "gsk_aaaaaaaaaaaa1111",
                "GOOGLE_API_KEY", "AIzaSyEEEEEEEEEEEEEEEE5555"));
        assertThat(c.groq().keys()).extracting(k -> k.secret().reveal())
                .containsExactly("gsk_aaaaaaaaaaaa1111", "gsk_bbbbbbbbbbbb2222", "gsk_cccccccccccc3333", "gsk_dddddddddddd4444");
        assertThat(c.groq().keys()).extracting(KeySpec::group)
                .containsExactly(Optional.of("orgA"), Optional.of("orgA"), Optional.empty(), Optional.empty());
        assertThat(c.gemini().keys()).hasSize(1);
    }

    @Test
    void badValuesNameTheVariableAndNeverEchoSecrets() {
        assertThatThrownBy(() -> AskBarConfig.from(Map.of("ASKBAR_SLACK_PORT", "eighty")))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("ASKBAR_SLACK_PORT expects a whole number");
        assertThatThrownBy(() -> AskBarConfig.from(Map.of("ASKBAR_PROVIDERS", "groq,openai")))
                .hasMessageStartingWith("ASKBAR_PROVIDERS");
        assertThatThrownBy(() -> AskBarConfig.from(Map.of("ASKBAR_DATABASE_URL", "mysql://x/y", "ASKBAR_DATABASE_USER", "u")))
                .hasMessageStartingWith("ASKBAR_DATABASE_URL expects a PostgreSQL JDBC URL");
        assertThatThrownBy(() -> AskBarConfig.from(Map.of("ASKBAR_DATABASE_URL", "jdbc:postgresql://u:hunter2secret@h/db", "ASKBAR_DATABASE_USER", "u")))
                .hasMessageNotContaining("hunter2secret");
        assertThatThrownBy(() -> AskBarConfig.from(Map.of("GROQ_API_KEYS", "gsk_has a space in it")))
                .hasMessageStartingWith("GROQ_API_KEYS").hasMessageNotContaining("space in it");
        assertThatThrownBy(() -> AskBarConfig.from(Map.of("ASKBAR_SCHEMAS", "public; drop")))
                .hasMessageStartingWith("ASKBAR_SCHEMAS");
        assertThatThrownBy(() -> AskBarConfig.from(Map.of("SLACK_BOT_TOKEN", TestKeys.slackBot("1234567890"))))
                .hasMessageStartingWith("SLACK_SIGNING_SECRET");
    }

    @Test
    void postgresUrlsAreAcceptedInEitherForm() {
        AskBarConfig c = AskBarConfig.from(Map.of("ASKBAR_DATABASE_URL", "postgresql://db:5432/shop", "ASKBAR_DATABASE_USER", "reader",
                "ASKBAR_STATE_DATABASE_USER", "askbar_app"));
        assertThat(c.database().orElseThrow().jdbcUrl()).isEqualTo("jdbc:postgresql://db:5432/shop");
        assertThat(c.stateDatabase().orElseThrow().jdbcUrl()).isEqualTo("jdbc:postgresql://db:5432/shop");
        assertThat(c.stateDatabase().get().user()).isEqualTo("askbar_app");
    }

    @Test
    void aCompatibleServerWithoutKeyGetsOneKeylessSlot() {
        AskBarConfig c = AskBarConfig.from(Map.of("ASKBAR_GROQ_BASE_URL", "http://localhost:11434/v1", "ASKBAR_GROQ_MODELS", "llama3.1"));
        assertThat(c.hasAnyLlmKey()).isTrue();
        assertThat(c.groq().keys()).singleElement().satisfies(k -> assertThat(k.secret().reveal()).isEmpty());
        assertThat(AskBarConfig.from(Map.of()).hasAnyLlmKey()).isFalse();
    }

    @Test
    void secretsDoNotPrint() {
        assertThat(new Secret("gsk_supersecret").toString()).doesNotContain("supersecret");
        AskBarConfig c = AskBarConfig.from(Map.of("GROQ_API_KEYS", "gsk_supersecret123"));
        assertThat(c.toString()).doesNotContain("supersecret123");
    }
}
