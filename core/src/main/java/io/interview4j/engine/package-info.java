/** The interview engine and its turn pipeline. Start with {@link io.interview4j.engine.InterviewEngine}. Non-null unless documented otherwise. */
package io.interview4j.engine;
