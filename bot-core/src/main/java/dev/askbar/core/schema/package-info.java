/**
 * What the database holds and what a question needs of it: the catalog (introspection as the reader role), the
 * linker that picks tables within a token budget, and the compact prompt form.
 * <p>Depends on nothing in AskBar. Used by: engine, platform (help), wiring.
 */
package dev.askbar.core.schema;
