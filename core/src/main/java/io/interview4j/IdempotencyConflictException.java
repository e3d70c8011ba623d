package io.interview4j;

/**
 * Thrown when an idempotency key is sent again with a different payload: a different answer, or an answer to another
 * question than the one the key was first used for. A key is bound to the submission it first came with; only the
 * very same submission sent again gets the stored result. Nothing is stored. Send a new answer with a new key.
 */
public class IdempotencyConflictException extends InterviewException {

    private final String sessionId;
    private final String questionId;

    /**
     * @param sessionId the session the key was used in
     * @param questionId the id of the question the key was first used for
     * @param questionLabel that question's label, such as {@code Q2 Follow-up 1}
     */
    public IdempotencyConflictException(String sessionId, String questionId, String questionLabel) {
        super("idempotency key already used in session " + sessionId + " for " + questionLabel + " (question "
                + questionId + ") with a different submission; send a new answer with a new key");
        this.sessionId = sessionId;
        this.questionId = questionId;
    }

    /** @return the session the key was used in */
    public String sessionId() {
        return sessionId;
    }

    /** @return the id of the question the key was first used for */
    public String questionId() {
        return questionId;
    }
}
