package io.interview4j;

/** Thrown when an argument or a file is refused: blank, too long, unreadable, or of the wrong kind. */
public class InvalidInputException extends InterviewException {

    /** @param message names the input and what is wrong with it */
    public InvalidInputException(String message) {
        super(message);
    }

    /**
     * @param message names the input and what is wrong with it
     * @param cause the underlying failure
     */
    public InvalidInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
