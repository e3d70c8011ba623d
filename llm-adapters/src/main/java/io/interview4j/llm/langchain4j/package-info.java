/**
 * A bridge from any LangChain4j {@code ChatModel} to the {@link io.interview4j.llm.LanguageModel} port
 * ({@link io.interview4j.llm.langchain4j.LangChain4jLanguageModel}). LangChain4j ({@code dev.langchain4j:langchain4j-core})
 * is an optional dependency: hosts that use this package add it themselves. Non-null unless documented otherwise.
 */
package io.interview4j.llm.langchain4j;
