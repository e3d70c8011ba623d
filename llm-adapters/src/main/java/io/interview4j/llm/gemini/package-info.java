/**
 * The Google Gemini {@code generateContent} adapter ({@link io.interview4j.llm.gemini.GeminiLanguageModel}). Wire
 * types stay in {@code internal}. Non-null unless documented otherwise.
 */
package io.interview4j.llm.gemini;
