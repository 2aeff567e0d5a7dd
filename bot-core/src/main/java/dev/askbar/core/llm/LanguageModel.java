package dev.askbar.core.llm;

/** "Complete this prompt": all the query engine needs from the LLM layer. */
public interface LanguageModel {

    LlmReply complete(LlmRequest request);
}
