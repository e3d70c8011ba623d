package io.interview4j.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Everything an evaluator may look at to judge one answer.
 *
 * @param question the question text as asked
 * @param questionKind the question's kind, such as {@code behavioral} or {@code technical}; {@code null} when absent
 * @param competency the competency tested; {@code null} when absent
 * @param keyPoints talking points a strong answer covers; may be empty
 * @param referenceAnswer a model answer; {@code null} when absent
 * @param answer the candidate's answer (may be long; the gate truncates)
 * @param rubric the rubric to score on
 * @param jobTerms terms from the job description and the candidate's skills, for insights; may be empty
 * @param targetLevel the level the candidate aims at (such as {@code L5A}); {@code null} when absent
 */
public record EvaluationRequest(String question, String questionKind, String competency, List<String> keyPoints,
                                String referenceAnswer, String answer, Rubric rubric, List<String> jobTerms,
                                String targetLevel) {

    /** Validates and copies; a blank kind, competency, reference answer or target level is absent ({@code null}). */
    public EvaluationRequest {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(rubric, "rubric");
        questionKind = absent(questionKind);
        competency = absent(competency);
        referenceAnswer = absent(referenceAnswer);
        targetLevel = absent(targetLevel);
        keyPoints = List.copyOf(keyPoints);
        jobTerms = List.copyOf(jobTerms);
    }

    private static String absent(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /**
     * @return what a correct answer says: the key points, then the reference answer when there is one; what the
     *     answer gate matches a short answer against
     */
    public List<String> expected() {
        List<String> expected = new ArrayList<>(keyPoints);
        if (referenceAnswer != null) {
            expected.add(referenceAnswer);
        }
        return List.copyOf(expected);
    }
}
