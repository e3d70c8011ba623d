/**
 * The Ollama native {@code /api/chat} adapter ({@link io.interview4j.llm.ollama.OllamaLanguageModel}). Wire types
 * stay in {@code internal}. Non-null unless documented otherwise.
 */
package io.interview4j.llm.ollama;
