/**
 * interview4j: an embeddable library that runs mock interviews end to end.
 *
 * <p>Start with {@link io.interview4j.engine.InterviewEngine}. Every exception the library throws extends
 * {@link io.interview4j.InterviewException}. Parameters and return values are non-null unless documented
 * otherwise; collections are never null.
 */
package io.interview4j;
