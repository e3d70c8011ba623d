package io.interview4j.plan;

/** How pressed for time a timed interview is (see {@link TimeStatus}). */
public enum Urgency {
    /** Half the time or more is left. */
    NORMAL,
    /** Less than half is left. */
    LOW,
    /** Less than a fifth, or under a minute, is left. */
    CRITICAL,
    /** No time is left. */
    TIME_UP
}
