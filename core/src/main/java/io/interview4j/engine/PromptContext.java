package io.interview4j.engine;

import io.interview4j.plan.InterviewPlan;
import io.interview4j.plan.TimeStatus;
import io.interview4j.session.QuestionType;
import io.interview4j.session.Session;
import io.interview4j.session.Turn;
import java.time.Instant;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The bounded context a prompt carries: a plan summary and a rolling summary of earlier turns (the last
 * {@link #RECENT_TURNS}, each clipped, plus counts and the running average for the rest). Its size does not
 * grow with the session, so a session's token cost grows linearly with its length.
 */
final class PromptContext {

    static final int RECENT_TURNS = 4;
    /** Answers a timed plan's decision sees, the most recent ones. */
    static final int RECENT_ANSWERS = 3;
    private static final int CLIP = 160;

    private PromptContext() {
    }

    static String of(Session s, Instant now) {
        InterviewPlan p = s.plan();
        StringBuilder b = new StringBuilder();
        b.append("Interview: ").append(p.preset()).append(" for ").append(clip(p.role()));
        if (p.company() != null) {
            b.append(" at ").append(clip(p.company()));
        }
        b.append(", level ").append(p.level().label()).append(", round ").append(s.round() + 1).append('/')
                .append(p.rounds().size()).append(' ').append(clip(p.rounds().get(s.round()).name())).append('\n');
        if (p.targetLevel() != null) {
            b.append("Target level: ").append(p.targetLevel()).append('\n');
        }
        if (!s.started().candidateSkills().isEmpty()) {
            List<String> skills = s.started().candidateSkills();
            b.append("Resume skills: ").append(String.join(", ", skills.subList(0, Math.min(12, skills.size())))).append('\n');
        }
        if (p.totalTimeLimit() != null) {
            var t = TimeStatus.of(s.startedAt(), p.totalTimeLimit(), now);
            b.append("Time: elapsed ").append(t.elapsed().getSeconds()).append("s, remaining ")
                    .append(t.remaining().getSeconds()).append("s, urgency ").append(t.urgency()).append('\n');
            decisionFacts(s, b);
        }
        List<Turn> closed = s.turns().stream().filter(t -> t.evaluation() != null || t.skipped()).toList();
        int earlier = Math.max(0, closed.size() - RECENT_TURNS);
        if (earlier > 0) {
            OptionalDouble avg = closed.subList(0, earlier).stream().filter(t -> t.evaluation() != null)
                    .mapToDouble(t -> t.evaluation().score()).average();
            b.append("Earlier: ").append(earlier).append(" questions, ")
                    .append(avg.isPresent() ? "average score " + Math.round(avg.getAsDouble()) + "/100" : "all skipped")
                    .append('\n');
        }
        for (Turn t : closed.subList(earlier, closed.size())) {
            b.append(t.question().label()).append(": ").append(clip(t.question().text()));
            b.append(t.skipped() ? " (skipped)" : " (score " + Math.round(t.evaluation().score()) + "/100)").append('\n');
        }
        return b.toString();
    }

    /**
     * What seed 002's next-step decision needs beside the time: preset questions answered of the total, follow-ups
     * asked on the current question of those allowed, resume questions asked of those allowed, and the last
     * {@value #RECENT_ANSWERS} answers, each clipped.
     */
    private static void decisionFacts(Session s, StringBuilder b) {
        InterviewPlan p = s.plan();
        int presets = p.rounds().stream().mapToInt(r -> r.presetQuestions().size()).sum();
        long mainsAnswered = s.turns().stream().filter(t -> t.question().type() == QuestionType.MAIN && t.closed()).count();
        if (presets > 0) {
            b.append("Preset questions answered: ").append(mainsAnswered).append(" of ").append(presets).append('\n');
        } else {
            b.append("Main questions answered: ").append(mainsAnswered).append(" of at most ").append(p.maxMainQuestions())
                    .append('\n');
        }
        List<Turn> turns = s.turns();
        if (!turns.isEmpty()) {
            Turn last = turns.get(turns.size() - 1);
            String rootId = last.question().type() == QuestionType.FOLLOW_UP ? last.question().parentId() : last.question().id();
            long followUps = turns.stream().filter(t -> rootId.equals(t.question().parentId())).count();
            b.append("Follow-ups asked on the current question: ").append(followUps).append(" of ")
                    .append(p.rounds().get(s.round()).followUps().maxPerQuestion()).append(" allowed\n");
        }
        b.append("Resume questions asked: ").append(s.count(QuestionType.RESUME)).append(" of ").append(p.resumeQuestions())
                .append(" allowed\n");
        List<Turn> answered = turns.stream().filter(t -> t.answer() != null).toList();
        for (Turn t : answered.subList(Math.max(0, answered.size() - RECENT_ANSWERS), answered.size())) {
            b.append("Answer to ").append(t.question().label()).append(": ").append(clip(t.answer())).append('\n');
        }
    }

    private static String clip(String text) {
        String one = text.replaceAll("\\s+", " ").trim();
        return one.length() <= CLIP ? one : one.substring(0, CLIP) + "…";
    }
}
