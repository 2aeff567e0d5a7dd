package dev.askbar.core.llm;

import dev.askbar.core.config.AskBarConfig;
import dev.askbar.testkit.ChatCall;
import dev.askbar.testkit.FakeGemini;
import dev.askbar.testkit.FakeGroq;
import dev.askbar.testkit.TestKeys;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A router wired to a fake Groq and a fake Gemini, with a clock the test moves. */
final class Gateway implements AutoCloseable {
    static final String GROQ_1 = TestKeys.groq("Gq7Tz1nQ0b", "a1b2");
    static final String GROQ_2 = TestKeys.groq("Hr8Ua2oR1c", "c3d4");
    static final String GROQ_3 = TestKeys.groq("Is9Vb3pS2d", "e5f6");
    static final String GEMINI_1 = TestKeys.gemini("D3fk2LmQ9v", "5gY0");
    static final String GEMINI_2 = TestKeys.gemini("E4gl3MnR0w", "6hZ1");
    static final String GEMINI_3 = TestKeys.gemini("F5hm4NoS1x", "7iA2");
    static final List<String> ALL_KEYS = List.of(GROQ_1, GROQ_2, GROQ_3, GEMINI_1, GEMINI_2, GEMINI_3);
    static final String BIG_MODEL = "llama-3.3-70b-versatile";
    static final String SMALL_MODEL = "llama-3.1-8b-instant";
    static final String FLASH = "gemini-2.5-flash";
    static final String FLASH_LITE = "gemini-2.5-flash-lite";
    /** A Tuesday noon in California (PDT, UTC-7). */
    static final Instant START = Instant.parse("2026-03-10T19:00:00Z");

    final FakeGroq groq = FakeGroq.start();
    final FakeGemini gemini = FakeGemini.start();
    final MutableClock clock = new MutableClock(START);
    final AskBarConfig config;
    LlmRouter router;

    Gateway(Map<String, String> env) {
        this(env, Optional.empty());
    }

    Gateway(Map<String, String> env, Optional<KeyStateStore> store) {
        Map<String, String> all = new HashMap<>();
        all.put("ASKBAR_GROQ_BASE_URL", groq.baseUrl());
        all.put("ASKBAR_GEMINI_BASE_URL", gemini.baseUrl());
        all.put("ASKBAR_LLM_TIMEOUT_SECONDS", "5");
        all.putAll(env);
        config = AskBarConfig.from(all);
        router = LlmRouter.build(config, store, clock);
    }

    /** Three Groq keys of one organisation, Groq only. */
    static Gateway groqOrganisation() {
        return new Gateway(Map.of(
                "GROQ_API_KEYS", "acme:" + GROQ_1 + ",acme:" + GROQ_2 + ",acme:" + GROQ_3, "ASKBAR_PROVIDERS", "groq"));
    }

    /** Two Groq keys in two organisations, Groq only. */
    static Gateway twoGroqOrganisations() {
        return new Gateway(Map.of("GROQ_API_KEYS", "acme:" + GROQ_1 + ",globex:" + GROQ_2, "ASKBAR_PROVIDERS", "groq"));
    }

    /** Two Gemini keys, each its own project, Gemini only. */
    static Gateway geminiProjects() {
        return new Gateway(Map.of("GEMINI_API_KEYS", GEMINI_1 + "," + GEMINI_2, "ASKBAR_PROVIDERS", "gemini"));
    }

    /** A new process over the same store (or memory) and fakes. */
    void restart(Optional<KeyStateStore> store) {
        router.close();
        router = LlmRouter.build(config, store, clock);
    }

    LlmReply ask() {
        return router.complete(LlmRequest.sql("You translate questions into SQL.", "Question: how many orders?"));
    }

    List<ChatCall> groqCalls(String model) {
        return groq.calls().stream().filter(c -> c.model().equals(model)).toList();
    }

    List<ChatCall> geminiCalls(String model) {
        return gemini.calls().stream().filter(c -> c.model().equals(model)).toList();
    }

    KeyStatus status(String provider, String keyEnding, String model) {
        return router.status().stream()
                .filter(s -> s.provider().equals(provider)
                        && s.key().endsWith(keyEnding)
                        && s.model().equals(model))
                .findFirst()
                .orElseThrow();
    }

    @Override
    public void close() {
        router.close();
        groq.close();
        gemini.close();
    }
}
