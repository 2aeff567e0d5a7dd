/**
 * The LLM gateway: providers, key pools, quota groups, cooldowns and the router that picks the next key and model.
 * Adapters may read {@link dev.askbar.core.llm.KeyStatus} (the admin view) and nothing else here.
 * <p>Depends on: config. Used by: engine, store (key state), wiring, the launcher.
 */
package dev.askbar.core.llm;
