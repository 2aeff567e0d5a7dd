package dev.askbar.core.llm;

/** One provider's wire protocol: turns a request into one HTTP call with one key and model. */
interface ProviderClient {

    String provider();

    Attempt call(ApiKey key, String model, LlmRequest request);
}
