package io.interview4j.engine;

import io.interview4j.SessionStateException;
import io.interview4j.SessionStateException.Reason;
import io.interview4j.plan.InterviewPlan;
import io.interview4j.plan.Mode;
import io.interview4j.plan.RoundPlan;
import io.interview4j.plan.TimeStatus;
import io.interview4j.scoring.Evaluation;
import io.interview4j.session.Question;
import io.interview4j.session.QuestionType;
import io.interview4j.session.Session;
import io.interview4j.session.SessionStatus;
import io.interview4j.session.Turn;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** What the engine returns after a turn, read from the session as stored. */
final class TurnResults {

    private TurnResults() {
    }

    /**
     * The result a submission for {@code questionId} got, for a repeated submission: its evaluation (hidden in
     * assessment mode) and the question asked after it.
     */
    static TurnResult stored(Session s, String questionId, Instant now) {
        List<Turn> turns = s.turns();
        for (int i = 0; i < turns.size(); i++) {
            if (turns.get(i).question().id().equals(questionId)) {
                Evaluation e = turns.get(i).evaluation();
                Evaluation shown = shown(s, e);
                if (i + 1 < turns.size()) {
                    Question next = turns.get(i + 1).question();
                    return new TurnResult(s.id(), questionId, shown, next, progress(s, next, now), false,
                            turns.get(i).decision());
                }
                return new TurnResult(s.id(), questionId, shown, null, null, ended(s),
                        turns.get(i).decision());
            }
        }
        throw new SessionStateException(Reason.QUESTION_MISMATCH, "question " + questionId + " was not asked in session " + s.id());
    }

    /** The result after {@code answeredId} (null right after start): its evaluation and the question now open. */
    static TurnResult after(Session s, String answeredId, Instant now) {
        Evaluation e = null;
        String decision = null;
        if (answeredId != null) {
            Turn t = s.turn(answeredId).orElseThrow();
            e = shown(s, t.evaluation());
            decision = t.decision();
        }
        Optional<Turn> open = s.openTurn();
        if (open.isEmpty() || s.status() != SessionStatus.IN_PROGRESS) {
            return new TurnResult(s.id(), answeredId, e, null, null, ended(s), decision);
        }
        Question q = open.get().question();
        return new TurnResult(s.id(), answeredId, e, q, progress(s, q, now), false, decision);
    }

    private static boolean ended(Session s) {
        return s.status() == SessionStatus.COMPLETED || s.status() == SessionStatus.ABANDONED;
    }

    private static Progress progress(Session s, Question q, Instant now) {
        InterviewPlan plan = s.plan();
        RoundPlan rp = plan.rounds().get(q.round());
        var status = plan.totalTimeLimit() == null ? null
                : TimeStatus.of(s.startedAt(), plan.totalTimeLimit(), now);
        int completed = (int) s.turns().stream()
                .filter(t -> t.question().type() != QuestionType.FOLLOW_UP && t.evaluation() != null && !t.skipped())
                .count();
        // Assessment mode shows no score until the end, so no running average either.
        Double average = plan.mode() == Mode.ASSESSMENT ? null : s.overallScore().orElse(null);
        var scale = plan.rubric().scale();
        return new Progress(q.number(), plan.maxMainQuestions(), q.round() + 1, plan.rounds().size(), rp.name(),
                q.followUpNumber(), rp.followUps().maxPerQuestion(), q.type() == QuestionType.RESUME
                || (q.type() == QuestionType.FOLLOW_UP && "resume".equals(q.kind())),
                status == null ? null : status.remaining(), status == null ? null : status.urgency(), completed,
                average == null ? null : Math.round(scale.fromPercent(average) * 100) / 100.0,
                average == null ? null : Math.round(average * 10) / 10.0,
                fmt(scale.min()) + "-" + fmt(scale.max()));
    }

    /** The evaluation as the candidate may see it: none until the end of an assessment. */
    private static Evaluation shown(Session s, Evaluation e) {
        return s.plan().mode() == Mode.ASSESSMENT ? null : e;
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
