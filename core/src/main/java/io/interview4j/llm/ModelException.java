package io.interview4j.llm;

import io.interview4j.InterviewException;

/**
 * A language-model call failed. Retriable failures (429, 408, 409, 5xx, 529, timeouts) may succeed when tried
 * again; the rest (401/403, 404, other 4xx, exhausted quota, refusals) will not.
 */
public class ModelException extends InterviewException {

    private final int statusCode;
    private final boolean retriable;

    /**
     * @param message what failed; never contains an API key
     * @param statusCode the HTTP status, or {@code 0} when there was none (timeouts, parsing)
     * @param retriable whether trying again may help
     * @param cause the underlying failure, or {@code null}
     */
    public ModelException(String message, int statusCode, boolean retriable, Throwable cause) {
        super(message, cause);
        this.statusCode = statusCode;
        this.retriable = retriable;
    }

    /** @return the HTTP status, or {@code 0} when there was none */
    public int statusCode() {
        return statusCode;
    }

    /** @return whether trying again may help */
    public boolean retriable() {
        return retriable;
    }
}
