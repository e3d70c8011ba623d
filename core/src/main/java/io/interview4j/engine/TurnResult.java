package io.interview4j.engine;

import io.interview4j.scoring.Evaluation;
import io.interview4j.session.Question;
import java.util.Optional;

/**
 * What a turn produced.
 *
 * @param sessionId the session
 * @param answeredQuestionId the question just answered or skipped, or {@code null} for the first turn
 * @param evaluation the evaluation of that answer; {@code null} in assessment mode (no feedback until the end),
 *     for skips and for the first turn
 * @param nextQuestion the next question, or {@code null} when the interview is complete
 * @param progress where the interview stands at the next question, or {@code null} when complete
 * @param completed whether the interview is complete
 * @param decision why the next step was taken (including a rejected model proposal); {@code null} when absent
 */
public record TurnResult(String sessionId, String answeredQuestionId, Evaluation evaluation, Question nextQuestion,
                         Progress progress, boolean completed, String decision) {

    /** @return the next question, if the interview goes on */
    public Optional<Question> next() {
        return Optional.ofNullable(nextQuestion);
    }

    /** @return the evaluation, if feedback is shown */
    public Optional<Evaluation> feedback() {
        return Optional.ofNullable(evaluation);
    }
}
