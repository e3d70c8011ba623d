package io.interview4j.session;

import io.interview4j.scoring.Evaluation;
import java.time.Instant;
import java.util.Optional;

/**
 * One question asked in a session and what became of it.
 *
 * @param question the question
 * @param askedAt when it was asked
 * @param answer the answer, or {@code null} when not answered (yet)
 * @param answeredAt when it was answered, or {@code null}
 * @param timeTakenSeconds how long the candidate took, or {@code null}
 * @param idempotencyKey the submission's key, or {@code null}
 * @param evaluation the judgement, or {@code null} when not judged (yet)
 * @param skipped whether the candidate skipped it
 * @param decision why the step after it was taken; {@code null} when absent (a blank one is absent)
 * @param delivery delivery figures when the answer was spoken, else {@code null}
 */
public record Turn(Question question, Instant askedAt, String answer, Instant answeredAt, Integer timeTakenSeconds,
                   String idempotencyKey, Evaluation evaluation, boolean skipped, String decision, Delivery delivery) {

    /** Normalises a blank decision to {@code null}. */
    public Turn {
        decision = decision == null || decision.isBlank() ? null : decision;
    }

    /**
     * A turn with no spoken delivery.
     *
     * @param question the question
     * @param askedAt when it was asked
     * @param answer the answer, or {@code null}
     * @param answeredAt when it was answered, or {@code null}
     * @param timeTakenSeconds how long the candidate took, or {@code null}
     * @param idempotencyKey the submission's key, or {@code null}
     * @param evaluation the judgement, or {@code null}
     * @param skipped whether the candidate skipped it
     * @param decision why the step after it was taken, or {@code null}
     */
    public Turn(Question question, Instant askedAt, String answer, Instant answeredAt, Integer timeTakenSeconds,
                String idempotencyKey, Evaluation evaluation, boolean skipped, String decision) {
        this(question, askedAt, answer, answeredAt, timeTakenSeconds, idempotencyKey, evaluation, skipped, decision, null);
    }

    /** @return whether the candidate answered or skipped it */
    public boolean closed() {
        return answer != null || skipped;
    }

    /** @return the evaluation, if judged */
    public Optional<Evaluation> findEvaluation() {
        return Optional.ofNullable(evaluation);
    }

    Turn answered(String text, Instant at, Integer seconds, String key, Delivery spoken) {
        return new Turn(question, askedAt, text, at, seconds, key, evaluation, skipped, decision, spoken);
    }

    Turn evaluated(Evaluation e, String why) {
        return new Turn(question, askedAt, answer, answeredAt, timeTakenSeconds, idempotencyKey, e, skipped, why, delivery);
    }

    Turn skippedAt(Instant at, String key) {
        return new Turn(question, askedAt, answer, at, timeTakenSeconds, key, evaluation, true, decision, delivery);
    }

    /** Only the label and state: the answer is candidate text. */
    @Override
    public String toString() {
        return "Turn[" + question.label() + (skipped ? ", skipped" : answer != null ? ", answered" : ", open")
                + (evaluation != null ? ", scored " + Math.round(evaluation.score()) : "") + "]";
    }
}
