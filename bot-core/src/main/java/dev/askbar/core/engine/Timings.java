package dev.askbar.core.engine;

/** Milliseconds spent writing SQL (LLM), running it (database), summarising (LLM), and in all. */
public record Timings(long sqlMs, long dbMs, long summaryMs, long totalMs) {}
