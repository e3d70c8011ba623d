package io.interview4j;

/**
 * Thrown when an append carries an expected version that is no longer the session's current version:
 * someone else wrote first. Reload the session and retry.
 */
public class ConcurrentSessionModificationException extends InterviewException {

    private final String sessionId;
    private final long expectedVersion;
    private final long actualVersion;

    /**
     * @param sessionId the session written to
     * @param expectedVersion the version the writer expected
     * @param actualVersion the version the store holds ({@code -1} when unknown)
     */
    public ConcurrentSessionModificationException(String sessionId, long expectedVersion, long actualVersion) {
        super("Session " + sessionId + " was modified concurrently: expected version " + expectedVersion
                + (actualVersion >= 0 ? " but it is at version " + actualVersion : ""));
        this.sessionId = sessionId;
        this.expectedVersion = expectedVersion;
        this.actualVersion = actualVersion;
    }

    /** @return the session written to */
    public String sessionId() {
        return sessionId;
    }

    /** @return the version the writer expected */
    public long expectedVersion() {
        return expectedVersion;
    }

    /** @return the version the store holds, or {@code -1} when the store could not tell */
    public long actualVersion() {
        return actualVersion;
    }
}
