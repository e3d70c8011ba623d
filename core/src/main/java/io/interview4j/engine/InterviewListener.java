package io.interview4j.engine;

import io.interview4j.feedback.OfflineCoach;
import io.interview4j.feedback.QuestionFeedback;
import io.interview4j.session.QuestionType;
import io.interview4j.report.Report;
import io.interview4j.scoring.Evaluation;
import io.interview4j.session.Question;
import io.interview4j.session.Session;
import io.interview4j.session.Turn;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Told what happened in an interview, for hosts that publish events, count metrics, send mail when an interview
 * completes, and the like. Register listeners with {@link InterviewEngineBuilder#listeners}.
 *
 * <p>Each callback is made after the append that records what it reports has returned, on the thread of the engine
 * call that made the append, never inside a store transaction: what a listener is told is stored, and a listener
 * may read the session through the engine. Listeners are called in the order they were registered. A listener that
 * throws is logged (at warning level, with the session id) and the next listener is still called; the engine call
 * goes on and returns as if nothing happened. Listeners run on the turn's critical path, so one with slow work
 * should hand it to its own executor.
 *
 * <p>Every method has an empty default, so a listener overrides only what it needs. The notices are records the
 * engine creates; later versions may add components to them (the per-question feedback, for one), so a listener
 * should read them by accessor rather than deconstruct them. Notices carry candidate text (answers, resumes) in the
 * session: log it at debug level only.
 */
public interface InterviewListener {

    /**
     * A session was started and stored (its first question is reported next, by {@link #questionAsked}).
     *
     * @param notice the session as stored
     */
    default void sessionStarted(Started notice) {
    }

    /**
     * A question was asked: a main, follow-up or resume question, stored as asked.
     *
     * @param notice the session and the question
     */
    default void questionAsked(Asked notice) {
    }

    /**
     * An answer was scored and its evaluation stored. Also in assessment mode, where the candidate does not see it.
     *
     * @param notice the session, the question answered and its evaluation
     */
    default void answerEvaluated(Evaluated notice) {
    }

    /**
     * A main or resume question is done with: the interview moved on to another main or resume question, or
     * completed, so it and its follow-ups will get no more answers. Not called for the questions of an abandoned
     * session.
     *
     * @param notice the question, its follow-ups and their evaluations
     */
    default void questionClosed(QuestionClosed notice) {
    }

    /**
     * A session completed (all rounds done, time up, finished early or the bank ran out) and the completion is
     * stored.
     *
     * @param notice the session and its report
     */
    default void sessionCompleted(Completed notice) {
    }

    /**
     * A session was abandoned; it stays stored but asks nothing more.
     *
     * @param notice the session and the reason given
     */
    default void sessionAbandoned(Abandoned notice) {
    }

    /**
     * A session was started.
     *
     * @param session the session as stored, with its first question when the bank had one
     */
    record Started(Session session) {
        /** @throws NullPointerException when {@code session} is null */
        public Started {
            Objects.requireNonNull(session, "session");
        }
    }

    /**
     * A question was asked.
     *
     * @param session the session as stored after the question was asked
     * @param question the question
     */
    record Asked(Session session, Question question) {
        /** @throws NullPointerException when an argument is null */
        public Asked {
            Objects.requireNonNull(session, "session");
            Objects.requireNonNull(question, "question");
        }
    }

    /**
     * An answer was evaluated.
     *
     * @param session the session as stored after the evaluation (and the next question or completion, which were
     *     stored with it)
     * @param question the question answered
     * @param evaluation its evaluation, with its provenance ({@code MODEL}, {@code HEURISTIC}, {@code FALLBACK} or
     *     {@code RULE}), flags and token usage
     * @param turnDuration how long the turn took by the engine's clock: from the answer's arrival (for an answer a
     *     crash left unevaluated, from the start of its recovery) until the evaluation was stored; includes the model
     *     call, its retries and the next question's pick
     */
    record Evaluated(Session session, Question question, Evaluation evaluation, Duration turnDuration) {
        /** @throws NullPointerException when an argument is null */
        public Evaluated {
            Objects.requireNonNull(session, "session");
            Objects.requireNonNull(question, "question");
            Objects.requireNonNull(evaluation, "evaluation");
            Objects.requireNonNull(turnDuration, "turnDuration");
        }
    }

    /**
     * A main or resume question and its follow-ups are done with.
     *
     * @param session the session as stored after the step that closed the question
     * @param question the main or resume question
     * @param turns the question's turn and its follow-ups' turns, in the order asked; a skipped or unanswered turn
     *     has no evaluation
     */
    record QuestionClosed(Session session, Question question, List<Turn> turns) {
        /** Copies the turns. @throws NullPointerException when an argument is null */
        public QuestionClosed {
            Objects.requireNonNull(session, "session");
            Objects.requireNonNull(question, "question");
            turns = List.copyOf(turns);
        }

        /** @return the evaluations of the question and its follow-ups, in the order asked; skips have none */
        public List<Evaluation> evaluations() {
            return turns.stream().map(Turn::evaluation).filter(Objects::nonNull).toList();
        }

        /**
         * The feedback on the question as a whole, its answer and follow-ups together. A model's feedback is written
         * off the turn's path, so at this moment it is usually the offline coach's; the model's, once recorded, is
         * read with {@link InterviewEngine#questionFeedback}.
         *
         * @return the recorded feedback when there is one, else the offline coach's; {@code null} for a question
         *     that is not a main question (a resume question)
         */
        public QuestionFeedback feedback() {
            if (question.type() != QuestionType.MAIN) {
                return null;
            }
            QuestionFeedback recorded = session.recordedFeedback().get(question.id());
            return recorded != null ? recorded : OfflineCoach.questionFeedback(session, question.id());
        }
    }

    /**
     * A session completed.
     *
     * @param session the completed session as stored
     * @param report its report, as {@link InterviewEngine#report} would return it now
     */
    record Completed(Session session, Report report) {
        /** @throws NullPointerException when an argument is null */
        public Completed {
            Objects.requireNonNull(session, "session");
            Objects.requireNonNull(report, "report");
        }
    }

    /**
     * A session was abandoned.
     *
     * @param session the abandoned session as stored
     * @param reason the reason the caller gave, or {@code null} when none
     */
    record Abandoned(Session session, String reason) {
        /** @throws NullPointerException when {@code session} is null */
        public Abandoned {
            Objects.requireNonNull(session, "session");
        }
    }
}
