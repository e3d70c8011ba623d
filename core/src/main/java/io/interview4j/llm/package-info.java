/**
 * The language-model port and its values, and {@link io.interview4j.llm.StructuredChat}: one structured call with
 * lenient JSON extraction ({@link io.interview4j.llm.StructuredOutput}), validation and one repair call. Non-null
 * unless documented otherwise.
 */
package io.interview4j.llm;
