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
 * @param idempotencyKey a key unique to this submission, or {@code null}; the same submission (same question, same
 *     answer) sent again with it returns the stored result and stores nothing, while another answer or question sent
 *     with it is refused with {@link io.interview4j.IdempotencyConflictException}
 * @param timeTaken how long the candidate took, or {@code null} when unknown
 * @param audioDuration when the answer was spoken: the recording's length, and {@code answer} is its transcript
 *     (from a {@link io.interview4j.llm.Transcriber} or any speech-to-text the host uses); {@code null} for a typed
 *     answer. The engine stores words per minute and filler words computed from the two
 *     ({@link io.interview4j.session.Delivery}).
 */
public record AnswerSubmission(String sessionId, String questionId, String answer, String idempotencyKey,
                               Duration timeTaken, Duration audioDuration) {

    /** The longest answer accepted: 100,000 characters. Longer ones are refused; evaluation reads the first 10,000. */
    public static final int MAX_ANSWER_CHARS = 100_000;

    /** The longest idempotency key accepted: 200 characters. */
    public static final int MAX_KEY_CHARS = 200;

    /**
     * @throws InvalidInputException when the answer is blank or too long, the key is blank or too long, the time
     *     taken is negative, or the audio duration is not positive
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
        if (audioDuration != null && (audioDuration.isNegative() || audioDuration.toMillis() < 1)) {
            throw new InvalidInputException("audioDuration of a spoken answer must be positive, was " + audioDuration);
        }
    }

    /**
     * A typed answer.
     *
     * @param sessionId the session
     * @param questionId the question answered
     * @param answer the answer text
     * @param idempotencyKey a key unique to this submission, or {@code null}
     * @param timeTaken how long the candidate took, or {@code null}
     * @throws InvalidInputException as the canonical constructor
     */
    public AnswerSubmission(String sessionId, String questionId, String answer, String idempotencyKey, Duration timeTaken) {
        this(sessionId, questionId, answer, idempotencyKey, timeTaken, null);
    }

    /**
     * A spoken answer: its transcript and the recording's length, which is also taken as the time taken.
     *
     * @param sessionId the session
     * @param questionId the question answered
     * @param transcript what the candidate said, as text
     * @param audioDuration the recording's length, positive
     * @param idempotencyKey a key unique to this submission, or {@code null}
     * @return the submission
     * @throws InvalidInputException when the transcript is blank or too long or the duration is not positive
     * @throws NullPointerException when the duration is null
     */
    public static AnswerSubmission spoken(String sessionId, String questionId, String transcript, Duration audioDuration,
                                          String idempotencyKey) {
        Objects.requireNonNull(audioDuration, "audioDuration");
        return new AnswerSubmission(sessionId, questionId, transcript, idempotencyKey, audioDuration, audioDuration);
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
        return "AnswerSubmission[" + sessionId + ", " + questionId + ", " + answer.length() + " chars"
                + (audioDuration == null ? "" : ", spoken " + audioDuration) + "]";
    }
}
