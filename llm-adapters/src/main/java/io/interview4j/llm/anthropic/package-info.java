/**
 * The Anthropic Messages adapter ({@link io.interview4j.llm.anthropic.AnthropicLanguageModel}). Wire types stay in
 * {@code internal}. Non-null unless documented otherwise.
 */
package io.interview4j.llm.anthropic;
