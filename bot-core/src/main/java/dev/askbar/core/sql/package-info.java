/**
 * Layers 1, 2 and 4 of SQL safety: the guard that parses and allowlists, the runner that executes read-only with
 * timeouts and caps, the role check, and the result types adapters render.
 * <p>Depends on: config (hidden columns). Used by: engine, answer, wiring, schema and the
 * application's role set-up (only {@link dev.askbar.core.sql.Identifiers#quote}); adapters only for the result types.
 */
package dev.askbar.core.sql;
