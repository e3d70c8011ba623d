/** Anthropic Messages wire records and their mappings. Not an API: may change in any release. */
package io.interview4j.llm.anthropic.internal;
