/**
 * AskBar's own state in schema {@code askbar} (Flyway): audit log, SQL cache, examples, key state and usage.
 * <p>Depends on: engine (implements its interfaces), llm (key state). Used by: platform, wiring, the launcher.
 */
package dev.askbar.core.store;
