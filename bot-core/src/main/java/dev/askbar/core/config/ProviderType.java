package dev.askbar.core.config;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One row of the LLM provider table: what AskBar knows about a provider before reading any setting. Every
 * setting follows from {@link #envPrefix()}: keys in {@code <PREFIX>_API_KEYS}, {@code <PREFIX>_API_KEY} and
 * {@code <PREFIX>_API_KEY_1..N}; {@code ASKBAR_<PREFIX>_BASE_URL}; {@code ASKBAR_<PREFIX>_MODELS}.
 *
 * <p>Adding a provider is one row in {@link #TABLE}; one that speaks a wire protocol AskBar does not know yet also
 * needs a {@link Protocol} constant and its client class in {@code core.llm}. For example:
 * <pre>
 * new ProviderType("mistral", Protocol.OPENAI_CHAT, "MISTRAL", List.of(),
 *         Optional.of("https://api.mistral.ai/v1"), List.of("mistral-small-latest"), Pattern.compile("\\b[A-Za-z0-9]{32}\\b"))
 * </pre>
 *
 * @param protocol          the wire protocol; {@code core.llm} builds the client for it
 * @param extraKeyVariables single-key variables read besides {@code <PREFIX>_API_KEY} (Google's {@code GOOGLE_API_KEY})
 * @param defaultBaseUrl    empty when there is no sensible default (a self-hosted server): the URL must then be set
 * @param defaultModels     empty when the models must be set (they depend on what the server hosts)
 * @param keyPattern        what this provider's keys look like, so text echoing one is masked in logs
 */
public record ProviderType(
        String name,
        Protocol protocol,
        String envPrefix,
        List<String> extraKeyVariables,
        Optional<String> defaultBaseUrl,
        List<String> defaultModels,
        Pattern keyPattern) {

    /** The wire protocols AskBar speaks. */
    public enum Protocol {
        /** OpenAI chat completions ({@code POST /chat/completions}, bearer key): Groq, Ollama, vLLM, OpenRouter. */
        OPENAI_CHAT,
        /** Google's Gemini API ({@code POST /models/{model}:generateContent}, {@code x-goog-api-key}). */
        GEMINI
    }

    public static final ProviderType GROQ = new ProviderType(
            "groq",
            Protocol.OPENAI_CHAT,
            "GROQ",
            List.of(),
            Optional.of("https://api.groq.com/openai/v1"),
            List.of("llama-3.3-70b-versatile", "llama-3.1-8b-instant"),
            Pattern.compile("\\bgsk_[A-Za-z0-9]{8,}"));
    public static final ProviderType GEMINI = new ProviderType(
            "gemini",
            Protocol.GEMINI,
            "GEMINI",
            List.of("GOOGLE_API_KEY"),
            Optional.of("https://generativelanguage.googleapis.com/v1beta"),
            List.of("gemini-2.5-flash", "gemini-2.5-flash-lite"),
            Pattern.compile("\\bAIza[0-9A-Za-z_-]{20,}"));
    /** Any other OpenAI-compatible server (Ollama, vLLM, OpenRouter, LM Studio): URL and models must be set. */
    public static final ProviderType OPENAI_COMPATIBLE = new ProviderType(
            "openai-compatible",
            Protocol.OPENAI_CHAT,
            "OPENAI_COMPATIBLE",
            List.of(),
            Optional.empty(),
            List.of(),
            Pattern.compile("\\bsk-[A-Za-z0-9_-]{16,}"));

    /** Every provider AskBar knows, in the default order. */
    public static final List<ProviderType> TABLE = List.of(GROQ, GEMINI, OPENAI_COMPATIBLE);

    public static Optional<ProviderType> named(String name) {
        return TABLE.stream().filter(t -> t.name.equals(name)).findFirst();
    }

    public static List<String> names() {
        return TABLE.stream().map(ProviderType::name).toList();
    }

    public String baseUrlVariable() {
        return "ASKBAR_" + envPrefix + "_BASE_URL";
    }

    public String modelsVariable() {
        return "ASKBAR_" + envPrefix + "_MODELS";
    }

    public String keysVariable() {
        return envPrefix + "_API_KEYS";
    }

    /** {@code GROQ_API_KEY} and the extra ones; each also read with the suffixes {@code _1..N}. */
    public List<String> singleKeyVariables() {
        List<String> names = new ArrayList<>();
        names.add(envPrefix + "_API_KEY");
        names.addAll(extraKeyVariables);
        return List.copyOf(names);
    }

    /** The host the provider's own API lives on, e.g. {@code api.groq.com}; empty for a self-hosted kind. */
    public Optional<String> ownHost() {
        return defaultBaseUrl.map(ProviderType::host);
    }

    /** The host part of a URL, lower case; the whole text when it has none. */
    public static String host(String url) {
        try {
            String host = URI.create(url).getHost();
            return host == null ? url : host.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return url;
        }
    }
}
