/**
 * What the database holds, and the part of it each question's prompt carries.
 * <p>
 * Public nouns: {@link dev.askbar.core.schema.SchemaCatalog} reads tables, keys, comments, safe common values and
 * the labels of small lookup tables through the question role ({@link dev.askbar.core.config.HiddenColumns} keeps an operator's columns out);
 * {@link dev.askbar.core.schema.SchemaLinker} chooses the tables for one question within a token budget and
 * returns a {@link dev.askbar.core.schema.LinkedSchema}, which names the tables it had no room to describe;
 * {@link dev.askbar.core.schema.OtherTables} describes those the model asks to see;
 * {@link dev.askbar.core.schema.Vocabulary} carries the glossary's words into linking. Word handling (WordNet through extJWNL, identifier splitting, lookalike
 * spelling) and the sensitive-column rules are internal. The engine depends on this package; it depends only on config
 * (hidden columns) and sql (quoting the identifiers of its label reads).
 */
package dev.askbar.core.schema;
