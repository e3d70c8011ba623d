package io.interview4j.samples.web;

import io.interview4j.InvalidInputException;
import io.interview4j.engine.Progress;
import io.interview4j.engine.TurnResult;
import io.interview4j.scoring.AnswerFlag;
import io.interview4j.scoring.Evaluation;
import io.interview4j.scoring.Rubrics;
import io.interview4j.session.Question;
import io.interview4j.session.Session;
import java.util.List;
import java.util.Map;

/** The JSON bodies the service returns; field names are the REST contract's. */
final class Views {

    private Views() {
    }

    /**
     * A turn: what {@code POST /api/interviews} and {@code POST /api/interviews/{id}/answers} return.
     *
     * @param sessionId the session
     * @param status {@code IN_PROGRESS} or {@code COMPLETED}
     * @param completed whether the interview is over
     * @param evaluation the evaluation of the answer just given; null for the first turn, skips and in assessment mode
     * @param question the question now asked, or null when the interview is over
     * @param progress where the interview stands, or null when it is over
     */
    record TurnView(String sessionId, String status, boolean completed, EvaluationView evaluation,
                    QuestionView question, ProgressView progress) {

        static TurnView of(TurnResult t) {
            return new TurnView(t.sessionId(), t.completed() ? "COMPLETED" : "IN_PROGRESS", t.completed(),
                    EvaluationView.of(t.evaluation()), QuestionView.of(t.nextQuestion()), ProgressView.of(t.progress()));
        }
    }

    /**
     * @param id the question's id, to answer it with
     * @param text the question
     * @param label {@code Q1}, {@code Q1 Follow-up 1} or {@code Resume Q1}
     * @param kind {@code MAIN}, {@code FOLLOW_UP} or {@code RESUME}
     * @param suggestedSeconds the suggested answer time
     */
    record QuestionView(String id, String text, String label, String kind, int suggestedSeconds) {

        static QuestionView of(Question q) {
            return q == null ? null : new QuestionView(q.id(), q.text(), q.label(), q.type().name(), q.suggestedSeconds());
        }
    }

    /**
     * One question of a session's drawn list (seed 001's {@code GET /api/interviews/{id}/questions}).
     *
     * @param order its place in the list, from 1
     * @param id the id it is asked under
     * @param label its label, such as {@code Q3}
     * @param text the question
     * @param kind its kind, such as {@code technical}
     * @param category its bank category, or null
     * @param difficulty {@code EASY}, {@code MEDIUM} or {@code HARD}
     * @param skillTags its skill tags
     * @param status {@code PENDING} (not asked yet), {@code ASKED} (waiting for an answer), {@code ANSWERED} or
     *     {@code SKIPPED}
     */
    record PlannedQuestionView(int order, String id, String label, String text, String kind, String category,
                               String difficulty, List<String> skillTags, String status) {

        static PlannedQuestionView of(int order, Question q, Session s) {
            String status = s.turn(q.id()).map(t -> t.skipped() ? "SKIPPED" : t.answer() != null ? "ANSWERED" : "ASKED")
                    .orElse("PENDING");
            return new PlannedQuestionView(order, q.id(), q.label(), q.text(), q.kind(), q.category(),
                    q.difficulty() == null ? null : q.difficulty().name(), q.skills(), status);
        }
    }

    /**
     * @param questionNumber the current main question's number
     * @param totalQuestions the most main questions the plan asks
     * @param round the round, from 1
     * @param roundCount the number of rounds
     * @param roundName the round's name
     * @param followUpNumber the follow-up's number, 0 for a main question
     * @param maxFollowUps the follow-up quota per main question
     * @param resumeQuestion whether the question comes from the resume
     * @param timeLeftSeconds the time left on a timed plan, or null
     * @param urgency how pressed for time on a timed plan, or null
     * @param line the library's progress line
     */
    record ProgressView(int questionNumber, int totalQuestions, int round, int roundCount, String roundName,
                        int followUpNumber, int maxFollowUps, boolean resumeQuestion, Long timeLeftSeconds,
                        String urgency, String line) {

        static ProgressView of(Progress p) {
            return p == null ? null : new ProgressView(p.questionNumber(), p.totalQuestions(), p.round(), p.roundCount(),
                    p.roundName(), p.followUpNumber(), p.maxFollowUps(), p.resumeQuestion(),
                    p.timeLeft() == null ? null : p.timeLeft().getSeconds(),
                    p.urgency() == null ? null : p.urgency().name(), p.line());
        }
    }

    /**
     * The judgement of one answer, as the candidate sees it (the follow-up questions it proposes are not shown).
     *
     * @param score overall 0-100
     * @param nativeScore overall on the rubric's scale
     * @param rubric the rubric's name
     * @param scaleMax the top of the rubric's native scale (5, 10, 1 or 100), or null for a rubric not built in
     * @param provenance {@code MODEL}, {@code HEURISTIC}, {@code FALLBACK} or {@code RULE}
     * @param dimensions native score per dimension
     * @param strengths what landed
     * @param weaknesses what did not
     * @param suggestions how to improve
     * @param feedback a brief note, or null
     * @param levelDemonstrated the level shown, or null
     * @param keyPointsCovered talking points covered
     * @param flags gate flags and marks
     */
    record EvaluationView(double score, double nativeScore, String rubric, Double scaleMax, String provenance,
                          Map<String, Double> dimensions, List<String> strengths, List<String> weaknesses,
                          List<String> suggestions, String feedback, String levelDemonstrated,
                          List<String> keyPointsCovered, List<String> flags) {

        static EvaluationView of(Evaluation e) {
            return e == null ? null : new EvaluationView(e.score(), e.nativeScore(), e.rubric(), topOfScale(e.rubric()),
                    e.provenance().name(),
                    e.dimensions(), e.strengths(), e.weaknesses(), e.suggestions(), e.feedback(),
                    e.levelDemonstrated(), e.keyPointsCovered(), e.flags().stream().map(AnswerFlag::name).toList());
        }
    }

    private static Double topOfScale(String rubric) {
        try {
            return Rubrics.byName(rubric).scale().max();
        } catch (InvalidInputException e) {
            return null;
        }
    }

    /**
     * A session's status: what {@code GET /api/interviews/{id}} and {@code POST .../finish} return.
     *
     * @param sessionId the session
     * @param preset the preset
     * @param mode {@code PRACTICE} or {@code ASSESSMENT}
     * @param status {@code IN_PROGRESS}, {@code COMPLETED} or {@code ABANDONED}
     * @param completed whether it is over
     * @param candidateId the candidate
     * @param organisationId the organisation whose reviewers may read it, or null
     * @param role the role interviewed for
     * @param company the company, or null
     * @param startedAt ISO-8601 start
     * @param endedAt ISO-8601 end, or null
     * @param answered answers given
     * @param skipped questions skipped
     * @param timeLimitSeconds the plan's time limit, or null
     * @param question the question being asked (for the owner), or null
     * @param progress where the interview stands (for the owner), or null
     */
    record SessionView(String sessionId, String preset, String mode, String status, boolean completed,
                       String candidateId, String organisationId, String role, String company, String startedAt,
                       String endedAt, int answered, int skipped, Long timeLimitSeconds, QuestionView question,
                       ProgressView progress) {

        static SessionView of(Session s, TurnResult current) {
            int answered = (int) s.turns().stream().filter(t -> t.answer() != null).count();
            int skipped = (int) s.turns().stream().filter(t -> t.skipped()).count();
            return new SessionView(s.id(), s.plan().preset(), s.plan().mode().name(), s.status().name(),
                    s.status() != io.interview4j.session.SessionStatus.IN_PROGRESS, s.candidateId(),
                    s.organisationId().orElse(null), s.plan().role(), s.plan().company(), s.startedAt().toString(),
                    s.endedAt().map(Object::toString).orElse(null), answered, skipped,
                    s.plan().totalTimeLimit() == null ? null : s.plan().totalTimeLimit().getSeconds(),
                    current == null ? null : QuestionView.of(current.nextQuestion()),
                    current == null ? null : ProgressView.of(current.progress()));
        }
    }
}
