/**
 * The language-model port and its values; {@link io.interview4j.llm.FencedPrompt}, which puts untrusted text in
 * data blocks it cannot close; and {@link io.interview4j.llm.StructuredChat}: one structured call with lenient JSON
 * extraction ({@link io.interview4j.llm.StructuredOutput}) that takes the last valid object not copied from the
 * data, validation and one repair call. Non-null unless documented otherwise.
 */
package io.interview4j.llm;
