/** The language-model port and its values. Non-null unless documented otherwise. */
package io.interview4j.llm;
