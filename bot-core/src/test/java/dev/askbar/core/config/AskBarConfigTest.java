package dev.askbar.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.askbar.testkit.TestKeys;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AskBarConfigTest {

    @Test
    void defaultsNeedNothing() {
        AskBarConfig c = AskBarConfig.from(Map.of());
        assertThat(c.usesEmbeddedDatabase()).isTrue();
        assertThat(c.schemas()).containsExactly("public");
        assertThat(c.providers())
                .extracting(AskBarConfig.ProviderSettings::name)
                .containsExactly("groq", "gemini");
        assertThat(c.provider("groq").orElseThrow().baseUrl()).isEqualTo("https://api.groq.com/openai/v1");
        assertThat(c.hasAnyLlmKey()).isFalse();
        assertThat(c.limits().maxQuestionChars()).isEqualTo(1000);
        assertThat(c.httpPort()).isEqualTo(8080);
    }

    @Test
    void theDataPoolHasTwoConnectionsPerCoreBetweenFourAndTenUnlessSet() {
        int cores = Runtime.getRuntime().availableProcessors();
        assertThat(AskBarConfig.from(Map.of()).limits().dataConnections())
                .isEqualTo(Math.max(4, Math.min(10, 2 * cores)))
                .isBetween(4, 10);
        assertThat(AskBarConfig.from(Map.of("ASKBAR_DATABASE_CONNECTIONS", "24"))
                        .limits()
                        .dataConnections())
                .isEqualTo(24);
        assertThatThrownBy(() -> AskBarConfig.from(Map.of("ASKBAR_DATABASE_CONNECTIONS", "0")))
                .hasMessageContaining("ASKBAR_DATABASE_CONNECTIONS");
    }

    @Test
    void keysComeFromListSingleAndNumberedFormsWithGroups() {
        AskBarConfig c = AskBarConfig.from(Map.of(
                "GROQ_API_KEYS", "orgA:gsk_aaaaaaaaaaaa1111, orgA:gsk_bbbbbbbbbbbb2222,gsk_cccccccccccc3333",
                "GROQ_API_KEY", "gsk_dddddddddddd4444",
                "GROQ_API_KEY_2", "gsk_aaaaaaaaaaaa1111",
                "GOOGLE_API_KEY", "AIzaSyEEEEEEEEEEEEEEEE5555"));
        assertThat(c.provider("groq").orElseThrow().keys())
                .extracting(k -> k.secret().reveal())
                .containsExactly(
                        "gsk_aaaaaaaaaaaa1111", "gsk_bbbbbbbbbbbb2222", "gsk_cccccccccccc3333", "gsk_dddddddddddd4444");
        assertThat(c.provider("groq").orElseThrow().keys())
                .extracting(KeySpec::group)
                .containsExactly(Optional.of("orgA"), Optional.of("orgA"), Optional.empty(), Optional.empty());
        assertThat(c.provider("gemini").orElseThrow().keys()).hasSize(1);
    }

    @Test
    void badValuesNameTheVariableAndNeverEchoSecrets() {
        assertThatThrownBy(() -> AskBarConfig.from(Map.of("ASKBAR_SLACK_PORT", "eighty")))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("ASKBAR_SLACK_PORT expects a whole number");
        assertThatThrownBy(() -> AskBarConfig.from(Map.of("ASKBAR_PROVIDERS", "groq,openai")))
                .hasMessageStartingWith("ASKBAR_PROVIDERS");
        assertThatThrownBy(() ->
                        AskBarConfig.from(Map.of("ASKBAR_DATABASE_URL", "mysql://x/y", "ASKBAR_DATABASE_USER", "u")))
                .hasMessageStartingWith("ASKBAR_DATABASE_URL expects a PostgreSQL JDBC URL");
        assertThatThrownBy(() -> AskBarConfig.from(Map.of(
                        "ASKBAR_DATABASE_URL", "jdbc:postgresql://u:hunter2secret@h/db", "ASKBAR_DATABASE_USER", "u")))
                .hasMessageNotContaining("hunter2secret");
        assertThatThrownBy(() -> AskBarConfig.from(Map.of("GROQ_API_KEYS", "gsk_has a space in it")))
                .hasMessageStartingWith("GROQ_API_KEYS")
                .hasMessageNotContaining("space in it");
        assertThatThrownBy(() -> AskBarConfig.from(Map.of("ASKBAR_SCHEMAS", "public; drop")))
                .hasMessageStartingWith("ASKBAR_SCHEMAS");
        assertThatThrownBy(() -> AskBarConfig.from(Map.of("SLACK_BOT_TOKEN", TestKeys.slackBot("1234567890"))))
                .hasMessageStartingWith("SLACK_SIGNING_SECRET");
    }

    @Test
    void postgresUrlsAreAcceptedInEitherForm() {
        AskBarConfig c = AskBarConfig.from(Map.of(
                "ASKBAR_DATABASE_URL",
                "postgresql://db:5432/shop",
                "ASKBAR_DATABASE_USER",
                "reader",
                "ASKBAR_STATE_DATABASE_USER",
                "askbar_app"));
        assertThat(c.database().orElseThrow().jdbcUrl()).isEqualTo("jdbc:postgresql://db:5432/shop");
        assertThat(c.stateDatabase().orElseThrow().jdbcUrl()).isEqualTo("jdbc:postgresql://db:5432/shop");
        assertThat(c.stateDatabase().get().user()).isEqualTo("askbar_app");
    }

    @Test
    void aCompatibleServerWithoutKeyGetsOneKeylessSlot() {
        AskBarConfig c = AskBarConfig.from(
                Map.of("ASKBAR_GROQ_BASE_URL", "http://localhost:11434/v1", "ASKBAR_GROQ_MODELS", "llama3.1"));
        assertThat(c.hasAnyLlmKey()).isTrue();
        assertThat(c.provider("groq").orElseThrow().keys())
                .singleElement()
                .satisfies(k -> assertThat(k.secret().reveal()).isEmpty());
        assertThat(AskBarConfig.from(Map.of()).hasAnyLlmKey()).isFalse();
    }

    @Test
    void secretsDoNotPrint() {
        assertThat(new Secret("gsk_supersecret").toString()).doesNotContain("supersecret");
        AskBarConfig c = AskBarConfig.from(Map.of("GROQ_API_KEYS", "gsk_supersecret123"));
        assertThat(c.toString()).doesNotContain("supersecret123");
    }

    @Test
    void everyProviderSettingComesFromItsRowOfTheTable() {
        AskBarConfig c = AskBarConfig.from(Map.of(
                "ASKBAR_PROVIDERS", "gemini,openai-compatible,groq",
                "ASKBAR_OPENAI_COMPATIBLE_BASE_URL", "http://localhost:11434/v1",
                "ASKBAR_OPENAI_COMPATIBLE_MODELS", "qwen2.5-coder,llama3.1",
                "GROQ_API_KEY_3", "gsk_cccccccccccc3333",
                "ASKBAR_GEMINI_MODELS", "gemini-3-flash"));
        assertThat(c.providers())
                .extracting(AskBarConfig.ProviderSettings::name)
                .containsExactly("gemini", "openai-compatible", "groq");
        AskBarConfig.ProviderSettings local = c.provider("openai-compatible").orElseThrow();
        assertThat(local.type().protocol()).isEqualTo(ProviderType.Protocol.OPENAI_CHAT);
        assertThat(local.baseUrl()).isEqualTo("http://localhost:11434/v1");
        assertThat(local.models()).containsExactly("qwen2.5-coder", "llama3.1");
        assertThat(local.keys())
                .singleElement()
                .satisfies(k -> assertThat(k.secret().reveal()).isEmpty());
        assertThat(c.provider("groq").orElseThrow().keys()).hasSize(1);
        assertThat(c.provider("gemini").orElseThrow().models()).containsExactly("gemini-3-flash");
        assertThat(c.provider("gemini").orElseThrow().configured()).isFalse();
    }

    @Test
    void openAiCompatibleJoinsTheDefaultOrderWhenItsAddressIsSet() {
        AskBarConfig c = AskBarConfig.from(Map.of(
                "ASKBAR_OPENAI_COMPATIBLE_BASE_URL",
                "https://openrouter.ai/api/v1",
                "OPENAI_COMPATIBLE_API_KEYS",
                "sk-or-v1-0123456789abcdef",
                "ASKBAR_OPENAI_COMPATIBLE_MODELS",
                "meta-llama/llama-3.3-70b-instruct"));
        assertThat(c.providers())
                .extracting(AskBarConfig.ProviderSettings::name)
                .containsExactly("groq", "gemini", "openai-compatible");
        assertThat(c.provider("openai-compatible").orElseThrow().keys())
                .singleElement()
                .satisfies(k -> assertThat(k.secret().reveal()).isEqualTo("sk-or-v1-0123456789abcdef"));
    }

    @Test
    void aSelfHostedProviderMustNameItsAddressAndModels() {
        assertThatThrownBy(() -> AskBarConfig.from(Map.of("ASKBAR_PROVIDERS", "openai-compatible")))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("ASKBAR_OPENAI_COMPATIBLE_BASE_URL must be set");
        assertThatThrownBy(() -> AskBarConfig.from(Map.of(
                        "ASKBAR_PROVIDERS",
                        "openai-compatible",
                        "ASKBAR_OPENAI_COMPATIBLE_BASE_URL",
                        "http://vllm:8000/v1")))
                .hasMessageStartingWith("ASKBAR_OPENAI_COMPATIBLE_MODELS");
        assertThatThrownBy(() -> AskBarConfig.from(Map.of("ASKBAR_PROVIDERS", "groq,openai")))
                .hasMessageContaining("groq, gemini, openai-compatible");
    }
}
