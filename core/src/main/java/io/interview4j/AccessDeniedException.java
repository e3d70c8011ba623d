package io.interview4j;

/** Thrown when a caller reads or changes a session that is not theirs to read or change. */
public class AccessDeniedException extends InterviewException {

    /** @param message names the caller, the session and the refused operation */
    public AccessDeniedException(String message) {
        super(message);
    }
}
