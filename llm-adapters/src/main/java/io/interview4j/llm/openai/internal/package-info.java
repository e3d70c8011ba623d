/** Chat-completions wire records and their mappings. Not an API: may change in any release. */
package io.interview4j.llm.openai.internal;
