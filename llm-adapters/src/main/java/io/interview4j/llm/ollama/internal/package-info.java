/** Ollama native chat wire records and their mappings. Not an API: may change in any release. */
package io.interview4j.llm.ollama.internal;
