package io.interview4j.engine;

import io.interview4j.Difficulty;
import io.interview4j.plan.InterviewPlan;
import java.util.List;
import java.util.Objects;

/**
 * What a {@link QuestionWriter} is asked to write.
 *
 * @param plan the plan: role, company, level, job description, resume, focus topics and the language
 *     ({@link InterviewPlan#language()}) the question must be written in
 * @param round the round's index, from 0
 * @param roundKind the round's kind, such as {@code technical} or {@code behavioral}
 * @param competency the competency to test, or {@code null} for any
 * @param difficulty the difficulty to write at
 * @param topic the one topic to ask about (topic drills), or {@code null} for any of the plan's
 * @param candidateSkills skills read from the resume, best first
 * @param askedInSession the questions already asked in this session, in order: none may be repeated
 * @param askedRecently questions of the candidate's recent sessions: none may be repeated
 * @param rejectedText for a repair, the question the checks rejected; else {@code null}
 * @param problems for a repair, what the checks found wrong with it; else empty
 */
public record QuestionRequest(InterviewPlan plan, int round, String roundKind, String competency,
                              Difficulty difficulty, String topic, List<String> candidateSkills,
                              List<String> askedInSession, List<String> askedRecently, String rejectedText,
                              List<String> problems) {

    /** Copies the lists. @throws NullPointerException when the plan, the round kind or the difficulty is null */
    public QuestionRequest {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(roundKind, "roundKind");
        Objects.requireNonNull(difficulty, "difficulty");
        competency = competency == null || competency.isBlank() ? null : competency;
        topic = topic == null || topic.isBlank() ? null : topic;
        candidateSkills = candidateSkills == null ? List.of() : List.copyOf(candidateSkills);
        askedInSession = askedInSession == null ? List.of() : List.copyOf(askedInSession);
        askedRecently = askedRecently == null ? List.of() : List.copyOf(askedRecently);
        problems = problems == null ? List.of() : List.copyOf(problems);
    }

    /**
     * @param text the question the checks rejected
     * @param found what they found wrong with it
     * @return this request as a repair of that question
     */
    public QuestionRequest withRejection(String text, List<String> found) {
        return new QuestionRequest(plan, round, roundKind, competency, difficulty, topic, candidateSkills,
                askedInSession, askedRecently, text, found);
    }
}
