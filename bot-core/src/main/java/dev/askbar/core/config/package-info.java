/**
 * Every setting, read once from the environment and validated with one sentence naming the variable
 * ({@link dev.askbar.core.config.AskBarConfig}); {@link dev.askbar.core.config.Secret} never prints.
 * <p>Depends on nothing in AskBar. Used by: the launcher, the gateway, the wiring.
 */
package dev.askbar.core.config;
