/**
 * The OpenAI-compatible chat-completions adapter ({@link io.interview4j.llm.openai.OpenAiCompatibleLanguageModel}),
 * for OpenAI, Groq, OpenRouter, Together, vLLM, LM Studio, llama.cpp and Ollama's {@code /v1}. Wire types stay in
 * {@code internal}. Non-null unless documented otherwise.
 */
package io.interview4j.llm.openai;
