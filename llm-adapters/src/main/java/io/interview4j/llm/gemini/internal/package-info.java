/** Gemini {@code generateContent} wire records, the schema converter and the mappings. Not an API. */
package io.interview4j.llm.gemini.internal;
