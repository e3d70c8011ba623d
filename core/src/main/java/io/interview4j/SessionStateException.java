package io.interview4j;

/**
 * Thrown when a call does not fit the session's state: the session is already completed or abandoned, the
 * answer is for a question other than the one asked, or the maximum number of questions is reached.
 */
public class SessionStateException extends InterviewException {

    /** Why the call was refused. */
    public enum Reason {
        /** The session is completed or abandoned. */
        NOT_IN_PROGRESS,
        /** The answer names a question that is not the one being asked. */
        QUESTION_MISMATCH,
        /** The plan's maximum number of questions has been asked. */
        MAX_QUESTIONS_REACHED
    }

    private final Reason reason;

    /**
     * @param reason why the call was refused
     * @param message names the session and the problem
     */
    public SessionStateException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    /** @return why the call was refused */
    public Reason reason() {
        return reason;
    }
}
