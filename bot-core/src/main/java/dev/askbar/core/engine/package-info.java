/**
 * Turns a question into an answer: validation, per-asker limits, schema linking, prompts, repair rounds, summary.
 * The engine owns the interfaces it needs from the state store ({@link dev.askbar.core.engine.AnswerLog},
 * {@link dev.askbar.core.engine.SqlMemory}, {@link dev.askbar.core.engine.ExampleSource}), so the store depends on
 * the engine and never the other way.
 * <p>Depends on: llm, schema, sql. Used by: platform, store, wiring, the launcher.
 */
package dev.askbar.core.engine;
