package io.interview4j.session;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.interview4j.Difficulty;
import io.interview4j.llm.TokenUsage;
import io.interview4j.feedback.Debrief;
import io.interview4j.feedback.QuestionFeedback;
import io.interview4j.plan.InterviewPlan;
import io.interview4j.scoring.Evaluation;
import java.time.Instant;
import java.util.List;

/**
 * Something that happened in a session. A session is the fold of its events ({@link Session#replay}); appending
 * is the only write. Events serialise to JSON with a {@code type} property naming the event.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = SessionEvent.SessionStarted.class, name = "SessionStarted"),
        @JsonSubTypes.Type(value = SessionEvent.QuestionAsked.class, name = "QuestionAsked"),
        @JsonSubTypes.Type(value = SessionEvent.AnswerSubmitted.class, name = "AnswerSubmitted"),
        @JsonSubTypes.Type(value = SessionEvent.AnswerEvaluated.class, name = "AnswerEvaluated"),
        @JsonSubTypes.Type(value = SessionEvent.QuestionSkipped.class, name = "QuestionSkipped"),
        @JsonSubTypes.Type(value = SessionEvent.RoundAdvanced.class, name = "RoundAdvanced"),
        @JsonSubTypes.Type(value = SessionEvent.DifficultyChanged.class, name = "DifficultyChanged"),
        @JsonSubTypes.Type(value = SessionEvent.SessionCompleted.class, name = "SessionCompleted"),
        @JsonSubTypes.Type(value = SessionEvent.SessionAbandoned.class, name = "SessionAbandoned"),
        @JsonSubTypes.Type(value = SessionEvent.QuestionFeedbackRecorded.class, name = "QuestionFeedbackRecorded"),
        @JsonSubTypes.Type(value = SessionEvent.DebriefRecorded.class, name = "DebriefRecorded"),
        @JsonSubTypes.Type(value = SessionEvent.QuestionsDrawn.class, name = "QuestionsDrawn")
})
public sealed interface SessionEvent {

    /** @return when it happened */
    Instant at();

    /**
     * The session began.
     *
     * @param at when
     * @param sessionId the new session's id
     * @param candidateId the candidate interviewed
     * @param ownerId the account that owns the session (the candidate's account)
     * @param organisationId the organisation whose reviewers may read the report, or {@code null}
     * @param plan the plan, with the candidate's documents
     * @param candidateSkills skills extracted from the resume, for personalisation
     * @param yearsOfExperience years extracted from the resume, or {@code null}
     * @param excludedQuestionIds bank questions not to ask, such as those the candidate saw recently
     * @param revisitWeakPoints weak points of earlier sessions due again in this one, preferred when picking
     *     questions; empty in events stored before weak points were scheduled
     * @param recentQuestionTexts main questions of the candidate's recent sessions that no bank holds (written by a
     *     model or a host), which a question writer must not repeat; empty in events stored before questions were
     *     written
     */
    record SessionStarted(Instant at, String sessionId, String candidateId, String ownerId, String organisationId,
                          InterviewPlan plan, List<String> candidateSkills, Integer yearsOfExperience,
                          List<String> excludedQuestionIds, List<WeakPoint> revisitWeakPoints,
                          List<String> recentQuestionTexts)
            implements SessionEvent {
        /** Copies the lists; a null list becomes empty. */
        public SessionStarted {
            candidateSkills = candidateSkills == null ? List.of() : List.copyOf(candidateSkills);
            excludedQuestionIds = excludedQuestionIds == null ? List.of() : List.copyOf(excludedQuestionIds);
            revisitWeakPoints = revisitWeakPoints == null ? List.of() : List.copyOf(revisitWeakPoints);
            recentQuestionTexts = recentQuestionTexts == null ? List.of() : List.copyOf(recentQuestionTexts);
        }

        /**
         * A start with no written questions of recent sessions.
         *
         * @param at when
         * @param sessionId the new session's id
         * @param candidateId the candidate interviewed
         * @param ownerId the owning account
         * @param organisationId the reviewing organisation, or {@code null}
         * @param plan the plan
         * @param candidateSkills skills from the resume
         * @param yearsOfExperience years from the resume, or {@code null}
         * @param excludedQuestionIds bank questions not to ask
         * @param revisitWeakPoints weak points due again
         */
        public SessionStarted(Instant at, String sessionId, String candidateId, String ownerId, String organisationId,
                              InterviewPlan plan, List<String> candidateSkills, Integer yearsOfExperience,
                              List<String> excludedQuestionIds, List<WeakPoint> revisitWeakPoints) {
            this(at, sessionId, candidateId, ownerId, organisationId, plan, candidateSkills, yearsOfExperience,
                    excludedQuestionIds, revisitWeakPoints, List.of());
        }

        /**
         * A start with no weak points to revisit.
         *
         * @param at when
         * @param sessionId the new session's id
         * @param candidateId the candidate interviewed
         * @param ownerId the owning account
         * @param organisationId the reviewing organisation, or {@code null}
         * @param plan the plan
         * @param candidateSkills skills from the resume
         * @param yearsOfExperience years from the resume, or {@code null}
         * @param excludedQuestionIds bank questions not to ask
         */
        public SessionStarted(Instant at, String sessionId, String candidateId, String ownerId, String organisationId,
                              InterviewPlan plan, List<String> candidateSkills, Integer yearsOfExperience,
                              List<String> excludedQuestionIds) {
            this(at, sessionId, candidateId, ownerId, organisationId, plan, candidateSkills, yearsOfExperience,
                    excludedQuestionIds, List.of());
        }
    }

    /**
     * A question was put to the candidate.
     *
     * @param at when
     * @param question the question
     */
    record QuestionAsked(Instant at, Question question) implements SessionEvent {
    }

    /**
     * The candidate answered. Stored before any model sees the answer, so a failed call never loses it.
     *
     * @param at when
     * @param questionId the question answered
     * @param answer the answer text, as submitted
     * @param idempotencyKey the submission's key; a second submission with it returns the stored result
     * @param timeTakenSeconds how long the candidate took, or {@code null} when unknown
     * @param delivery delivery figures when the answer was spoken (the answer is then the transcript), else
     *     {@code null}
     */
    record AnswerSubmitted(Instant at, String questionId, String answer, String idempotencyKey,
                           Integer timeTakenSeconds, Delivery delivery) implements SessionEvent {

        /**
         * A typed answer.
         *
         * @param at when
         * @param questionId the question answered
         * @param answer the answer text
         * @param idempotencyKey the submission's key, or {@code null}
         * @param timeTakenSeconds how long the candidate took, or {@code null}
         */
        public AnswerSubmitted(Instant at, String questionId, String answer, String idempotencyKey,
                               Integer timeTakenSeconds) {
            this(at, questionId, answer, idempotencyKey, timeTakenSeconds, null);
        }

        /** Only ids and length: the answer is candidate text. */
        @Override
        public String toString() {
            return "AnswerSubmitted[" + questionId + ", key " + idempotencyKey + ", " + answer.length() + " chars]";
        }
    }

    /**
     * An answer was judged.
     *
     * @param at when
     * @param questionId the question whose answer was judged
     * @param evaluation the judgement with its provenance
     * @param decision why the next step was taken, including a model proposal that was rejected; {@code null} when
     *     there is nothing to say (a blank one, as stored before, is absent)
     */
    record AnswerEvaluated(Instant at, String questionId, Evaluation evaluation, String decision)
            implements SessionEvent {

        /** Normalises a blank decision to {@code null}. */
        public AnswerEvaluated {
            decision = decision == null || decision.isBlank() ? null : decision;
        }
    }

    /**
     * The candidate skipped a question.
     *
     * @param at when
     * @param questionId the question skipped
     * @param idempotencyKey the request's key, or {@code null}
     */
    record QuestionSkipped(Instant at, String questionId, String idempotencyKey) implements SessionEvent {
    }

    /**
     * The interview moved to the next round.
     *
     * @param at when
     * @param fromRound the round left
     * @param toRound the round entered
     */
    record RoundAdvanced(Instant at, int fromRound, int toRound) implements SessionEvent {
    }

    /**
     * Difficulty moved after a scored answer.
     *
     * @param at when
     * @param from the old difficulty
     * @param to the new difficulty
     * @param score the score (0-100) that moved it
     */
    record DifficultyChanged(Instant at, Difficulty from, Difficulty to, double score) implements SessionEvent {
    }

    /**
     * The interview finished.
     *
     * @param at when
     * @param reason why; stored by its wire name, such as {@code all_rounds_done}
     * @param overallScore the overall score on 0-100, or {@code null} when nothing was scored
     * @param usage tokens spent over the session
     * @param readiness the readiness label by the plan's thresholds, or {@code null} when nothing was scored (and in
     *     events stored before it was recorded)
     * @param badges the seed 004 badges this session awarded, each awarded once per candidate (empty when none);
     *     {@code null} in events stored before badges were recorded
     */
    record SessionCompleted(Instant at, EndReason reason, Double overallScore, TokenUsage usage, String readiness,
                            List<String> badges) implements SessionEvent {

        /** Copies the badges. */
        public SessionCompleted {
            badges = badges == null ? null : List.copyOf(badges);
        }

        /** A completion without a readiness label or badges. */
        public SessionCompleted(Instant at, EndReason reason, Double overallScore, TokenUsage usage) {
            this(at, reason, overallScore, usage, null, null);
        }

        /** A completion without badges recorded. */
        public SessionCompleted(Instant at, EndReason reason, Double overallScore, TokenUsage usage, String readiness) {
            this(at, reason, overallScore, usage, readiness, null);
        }
    }

    /**
     * The interview was given up.
     *
     * @param at when
     * @param reason why, as given by the caller; {@code null} when absent (a blank one, as stored before, is absent)
     */
    record SessionAbandoned(Instant at, String reason) implements SessionEvent {

        /** Normalises a blank reason to {@code null}. */
        public SessionAbandoned {
            reason = reason == null || reason.isBlank() ? null : reason;
        }
    }

    /**
     * The feedback on a main question as a whole was written, after its last response (by a model off the turn's
     * critical path, or the code's feedback when that call failed). A later one for the same question replaces an
     * earlier one. Appended on its own, possibly after the session moved on or completed.
     *
     * @param at when
     * @param questionId the main question
     * @param feedback the feedback
     */
    record QuestionFeedbackRecorded(Instant at, String questionId, QuestionFeedback feedback) implements SessionEvent {
    }

    /**
     * The session's debrief was written, after completion (by a model, or the code's debrief when that call failed).
     * A later one replaces an earlier one.
     *
     * @param at when
     * @param debrief the debrief
     */
    record DebriefRecorded(Instant at, Debrief debrief) implements SessionEvent {
    }

    /**
     * The session's main questions were drawn when it was created (seed 001; a plan with
     * {@code drawQuestionsUpFront}); they are asked in this order, each with the id it has here. Appended right after
     * {@link SessionStarted}.
     *
     * @param at when they were drawn
     * @param questions the main questions in asking order
     */
    record QuestionsDrawn(Instant at, List<Question> questions) implements SessionEvent {

        /** Copies the list; a null list becomes empty. */
        public QuestionsDrawn {
            questions = questions == null ? List.of() : List.copyOf(questions);
        }
    }
}
