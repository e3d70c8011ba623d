package io.interview4j.engine;

import io.interview4j.feedback.QuestionFeedback;
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
 * @param closedQuestionId the main question whose last response this turn took (its answer and follow-ups are all
 *     in), or {@code null} when the turn closed none
 * @param questionFeedback in practice mode, the feedback on that question when it is ready as the turn returns:
 *     always offline; with a model it is written off the critical path, so this is {@code null} and the host reads it
 *     later ({@link InterviewEngine#questionFeedback}); {@code null} in assessment mode (kept for the report)
 */
public record TurnResult(String sessionId, String answeredQuestionId, Evaluation evaluation, Question nextQuestion,
                         Progress progress, boolean completed, String decision, String closedQuestionId,
                         QuestionFeedback questionFeedback) {

    /**
     * A result that closed no main question.
     *
     * @param sessionId the session
     * @param answeredQuestionId the question just answered or skipped, or {@code null}
     * @param evaluation its evaluation, or {@code null}
     * @param nextQuestion the next question, or {@code null}
     * @param progress the progress, or {@code null}
     * @param completed whether the interview is complete
     * @param decision why the next step was taken, or {@code null}
     */
    public TurnResult(String sessionId, String answeredQuestionId, Evaluation evaluation, Question nextQuestion,
                      Progress progress, boolean completed, String decision) {
        this(sessionId, answeredQuestionId, evaluation, nextQuestion, progress, completed, decision, null, null);
    }

    /**
     * @param closedId the main question this turn closed, or {@code null}
     * @param feedback its feedback as shown now, or {@code null}
     * @return a copy with these
     */
    public TurnResult withClosedQuestion(String closedId, QuestionFeedback feedback) {
        return new TurnResult(sessionId, answeredQuestionId, evaluation, nextQuestion, progress, completed, decision,
                closedId, feedback);
    }

    /** @return the feedback on the main question this turn closed, if it is shown and ready */
    public Optional<QuestionFeedback> closedQuestionFeedback() {
        return Optional.ofNullable(questionFeedback);
    }

    /** @return the next question, if the interview goes on */
    public Optional<Question> next() {
        return Optional.ofNullable(nextQuestion);
    }

    /** @return the evaluation, if feedback is shown */
    public Optional<Evaluation> feedback() {
        return Optional.ofNullable(evaluation);
    }
}
