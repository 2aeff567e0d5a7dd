package dev.askbar.core.llm;

/**
 * One place a request may go: a provider's key and model, admitted by its quota group.
 *
 * @param probe the group is back from a long cooldown and this request is its one trial
 */
record Candidate(KeyPool pool, ApiKey key, String model, QuotaState quota, boolean probe) {

    String provider() {
        return pool.provider();
    }
}
