package dev.askbar.core.llm;

/** What a completion is for; providers tune output size and reasoning by task. */
public enum LlmTask {
    /** Write one SQL query: deterministic, short, no hidden reasoning. */
    SQL,
    /** Summarise a result in a paragraph. */
    SUMMARY
}
