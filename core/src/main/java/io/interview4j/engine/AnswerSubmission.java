package io.interview4j.engine;

import io.interview4j.InvalidInputException;
import java.time.Duration;
import java.util.Objects;

/**
 * One answer, as a host submits it.
 *
 * @param sessionId the session
 * @param questionId the question answered; must be the one being asked
 * @param answer the answer text, not blank, at most {@link #MAX_ANSWER_CHARS} characters
 * @param idempotencyKey a key unique to this submission, or {@code null}; submitting the same key again returns
 *     the stored result and stores nothing
 * @param timeTaken how long the candidate took, or {@code null} when unknown
 */
public record AnswerSubmission(String sessionId, String questionId, String answer, String idempotencyKey,
                               Duration timeTaken) {

    /** The longest answer accepted: 100,000 characters. Longer ones are refused; evaluation reads the first 10,000. */
    public static final int MAX_ANSWER_CHARS = 100_000;

    /** The longest idempotency key accepted: 200 characters. */
    public static final int MAX_KEY_CHARS = 200;

    /**
     * @throws InvalidInputException when the answer is blank or too long, or the key is blank or too long
     * @throws NullPointerException when the session id, question id or answer is null
     */
    public AnswerSubmission {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(questionId, "questionId");
        Objects.requireNonNull(answer, "answer");
        if (answer.isBlank()) {
            throw new InvalidInputException("answer to question " + questionId
                    + " is blank; submit some text, or skip the question");
        }
        if (answer.length() > MAX_ANSWER_CHARS) {
            throw new InvalidInputException("answer to question " + questionId + " is " + answer.length()
                    + " characters; the limit is " + MAX_ANSWER_CHARS);
        }
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > MAX_KEY_CHARS)) {
            throw new InvalidInputException("idempotency key must be 1 to " + MAX_KEY_CHARS + " characters");
        }
        if (timeTaken != null && timeTaken.isNegative()) {
            throw new InvalidInputException("timeTaken must not be negative, was " + timeTaken);
        }
    }

    /**
     * @param sessionId the session
     * @param questionId the question answered
     * @param answer the answer text
     * @return a submission with no idempotency key and no timing
     */
    public static AnswerSubmission of(String sessionId, String questionId, String answer) {
        return new AnswerSubmission(sessionId, questionId, answer, null, null);
    }

    /** Only ids and length: the answer is candidate text. */
    @Override
    public String toString() {
        return "AnswerSubmission[" + sessionId + ", " + questionId + ", " + answer.length() + " chars]";
    }
}
