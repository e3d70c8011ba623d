package io.interview4j.session;

/** The lifecycle of a session. */
public enum SessionStatus {
    /**
     * Created, with its questions drawn when the plan draws them up front, but no question asked yet (seed 001's
     * {@code created}); {@code InterviewEngine.begin} asks the first. Never stored by {@code InterviewEngine.start}.
     */
    CREATED,
    /** Questions are being asked. */
    IN_PROGRESS,
    /** Finished: all rounds done, time up, or finished early. */
    COMPLETED,
    /** Given up; kept for the record, no report readiness. */
    ABANDONED
}
