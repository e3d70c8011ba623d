package io.interview4j;

/** Thrown when no session exists with the given id. */
public class SessionNotFoundException extends InterviewException {

    private final String sessionId;

    /** @param sessionId the id that was looked up */
    public SessionNotFoundException(String sessionId) {
        super("Unknown session: " + sessionId);
        this.sessionId = sessionId;
    }

    /** @return the id that was looked up */
    public String sessionId() {
        return sessionId;
    }
}
