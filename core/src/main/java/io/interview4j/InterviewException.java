package io.interview4j;

/**
 * Root of every exception interview4j throws. Unchecked, so callers catch only what they can handle.
 */
public class InterviewException extends RuntimeException {

    /**
     * @param message what went wrong, naming the offending input
     */
    public InterviewException(String message) {
        super(message);
    }

    /**
     * @param message what went wrong, naming the offending input
     * @param cause the underlying failure
     */
    public InterviewException(String message, Throwable cause) {
        super(message, cause);
    }
}
