/**
 * Platform-neutral presentation of an answer: the text table, CSV, chart PNG, big number and footer that every
 * surface renders in its own way ({@link dev.askbar.core.answer.AnswerView} is the entry point).
 * <p>Depends on: engine (the answer), sql (result types). Used by: adapters, the terminal.
 */
package dev.askbar.core.answer;
