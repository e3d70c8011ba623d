package io.interview4j.session;

/** The lifecycle of a session. */
public enum SessionStatus {
    /** Questions are being asked. */
    IN_PROGRESS,
    /** Finished: all rounds done, time up, or finished early. */
    COMPLETED,
    /** Given up; kept for the record, no report readiness. */
    ABANDONED
}
