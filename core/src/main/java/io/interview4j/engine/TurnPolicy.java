package io.interview4j.engine;

import io.interview4j.plan.InterviewPlan;
import io.interview4j.plan.RoundPlan;
import io.interview4j.plan.TimeStatus;
import io.interview4j.plan.Urgency;
import io.interview4j.scoring.Evaluation;
import io.interview4j.session.QuestionType;
import io.interview4j.session.Session;
import io.interview4j.session.Turn;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * The decision rules after an answer, computed from counts, caps and time only. The set of allowed steps is
 * never empty, and every path ends: main questions per round and follow-ups per question are capped, and the
 * plan's {@link InterviewPlan#maxTurns()} caps everything.
 */
final class TurnPolicy {

    private TurnPolicy() {
    }

    /** What the policy sees of a session after its last question was closed. */
    record State(InterviewPlan plan, int round, int mainsInRound, Turn last, Turn root, int followUpsOfRoot,
                 int resumeAsked, int mainsAsked, int turns, boolean hasResume, boolean timeUp, boolean roundTimeUp) {

        RoundPlan roundPlan() {
            return plan.rounds().get(round);
        }
    }

    static State state(Session s, Instant now) {
        List<Turn> turns = s.turns();
        Turn last = turns.get(turns.size() - 1);
        Turn root = last;
        if (last.question().type() == QuestionType.FOLLOW_UP) {
            root = s.turn(last.question().parentId()).orElse(last);
        }
        String rootId = root.question().id();
        int round = s.round();
        int mainsInRound = 0;
        int followUps = 0;
        Instant roundStart = null;
        for (Turn t : turns) {
            if (t.question().type() == QuestionType.MAIN && t.question().round() == round) {
                mainsInRound++;
                if (roundStart == null) {
                    roundStart = t.askedAt();
                }
            }
            if (t.question().type() == QuestionType.FOLLOW_UP && rootId.equals(t.question().parentId())) {
                followUps++;
            }
        }
        InterviewPlan plan = s.plan();
        boolean timeUp = plan.totalTimeLimit() != null && TimeStatus.of(s.startedAt(),
                plan.totalTimeLimit(), now).urgency() == Urgency.TIME_UP;
        Duration budget = plan.rounds().get(round).timeBudget();
        boolean roundTimeUp = budget != null && roundStart != null && !Duration.between(roundStart, now).minus(budget).isNegative();
        boolean hasResume = plan.resumeText() != null || !s.started().candidateSkills().isEmpty();
        return new State(plan, round, mainsInRound, last, root, followUps, (int) s.count(QuestionType.RESUME),
                (int) s.count(QuestionType.MAIN), turns.size(), hasResume, timeUp, roundTimeUp);
    }

    static EnumSet<NextStep> allowed(State st) {
        if (st.turns() >= st.plan().maxTurns() || st.timeUp()) {
            return EnumSet.of(NextStep.COMPLETE);
        }
        RoundPlan rp = st.roundPlan();
        boolean lastRound = st.round() + 1 >= st.plan().rounds().size();
        EnumSet<NextStep> allowed = EnumSet.noneOf(NextStep.class);
        if (!st.last().skipped() && st.root().question().type() != QuestionType.FOLLOW_UP
                && st.followUpsOfRoot() < rp.followUps().maxPerQuestion()) {
            allowed.add(NextStep.FOLLOW_UP);
        }
        if (st.mainsInRound() < rp.maxQuestions() && !(st.roundTimeUp() && st.mainsInRound() >= rp.minQuestions())) {
            allowed.add(NextStep.NEXT_QUESTION);
        }
        if (st.mainsInRound() >= rp.minQuestions() && !lastRound) {
            allowed.add(NextStep.NEXT_ROUND);
        }
        if (st.resumeAsked() < st.plan().resumeQuestions() && st.hasResume()) {
            allowed.add(NextStep.RESUME);
        }
        if (lastRound && st.mainsInRound() >= rp.minQuestions()) {
            allowed.add(NextStep.COMPLETE);
        }
        if (allowed.isEmpty()) {
            allowed.add(NextStep.COMPLETE);
        }
        return allowed;
    }

    /**
     * The deterministic choice: a wanted follow-up first, then a resume question once a main question was
     * asked, then the next main question, the next round, and completion.
     */
    static NextStep choose(State st, EnumSet<NextStep> allowed, Optional<Evaluation> last) {
        if (allowed.contains(NextStep.FOLLOW_UP) && last.isPresent() && st.roundPlan().followUps().wants(last.get().score())) {
            return NextStep.FOLLOW_UP;
        }
        if (allowed.contains(NextStep.RESUME) && st.mainsAsked() >= 1 && st.root().question().type() != QuestionType.RESUME) {
            return NextStep.RESUME;
        }
        for (NextStep step : List.of(NextStep.NEXT_QUESTION, NextStep.NEXT_ROUND)) {
            if (allowed.contains(step)) {
                return step;
            }
        }
        return NextStep.COMPLETE;
    }
}
