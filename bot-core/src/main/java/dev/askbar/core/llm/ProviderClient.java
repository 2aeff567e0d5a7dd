package dev.askbar.core.llm;

/**
 * One provider's wire protocol: turns a request into one HTTP call with one key and model, and reads the reply
 * (or the refusal) into an {@link Attempt}. Implementations run the exchange through {@link HttpExchange}, so
 * the router can cancel it and connection failures are classified the same way for every provider.
 */
interface ProviderClient {

    String provider();

    Attempt call(ApiKey key, String model, LlmRequest request, InFlight inFlight);

    default Attempt call(ApiKey key, String model, LlmRequest request) {
        return call(key, model, request, new InFlight());
    }

    /** A call that spends no completion quota (listing models) and succeeds only if the key and address work. */
    Attempt checkKey(ApiKey key, InFlight inFlight);
}
