package io.interview4j.plan;

/** How feedback reaches the candidate. */
public enum Mode {
    /** Feedback after every answer. */
    PRACTICE,
    /** No feedback until the end; the report carries a recommendation for a reviewer. */
    ASSESSMENT
}
