package io.interview4j.scoring;

import io.interview4j.llm.TokenUsage;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The judgement of one answer, with the evidence for it and who made it.
 *
 * @param rubric the name of the rubric used
 * @param provenance who produced the scores
 * @param dimensions native score per dimension
 * @param nativeScore overall on the rubric's scale, computed by {@link Rubric#overallNative}
 * @param score overall on 0-100
 * @param strengths specific things the answer did well
 * @param weaknesses specific gaps, such as "no measurable result"
 * @param suggestions actionable improvements
 * @param evidence verbatim quotes from the answer backing the scores
 * @param feedback a brief note to the candidate
 * @param followUpQuestions questions that would probe the gaps, for the follow-up policy
 * @param keyPointsCovered the question's key points the answer covered
 * @param levelDemonstrated the level shown (for rubrics with levels), or {@code null}
 * @param modelAnswer a strong answer to compare with, or {@code null}
 * @param flags gate flags and marks
 * @param modelId the model that judged, or {@code null} offline
 * @param usage tokens spent on this evaluation ({@link TokenUsage#NONE} offline)
 */
public record Evaluation(
        String rubric,
        Provenance provenance,
        Map<String, Double> dimensions,
        double nativeScore,
        double score,
        List<String> strengths,
        List<String> weaknesses,
        List<String> suggestions,
        List<String> evidence,
        String feedback,
        List<String> followUpQuestions,
        List<String> keyPointsCovered,
        String levelDemonstrated,
        String modelAnswer,
        List<AnswerFlag> flags,
        String modelId,
        TokenUsage usage) {

    /** Validates and copies. */
    public Evaluation {
        Objects.requireNonNull(rubric, "rubric");
        Objects.requireNonNull(provenance, "provenance");
        dimensions = Map.copyOf(dimensions);
        strengths = List.copyOf(strengths);
        weaknesses = List.copyOf(weaknesses);
        suggestions = List.copyOf(suggestions);
        evidence = List.copyOf(evidence);
        feedback = feedback == null ? "" : feedback;
        followUpQuestions = List.copyOf(followUpQuestions);
        keyPointsCovered = List.copyOf(keyPointsCovered);
        flags = List.copyOf(flags);
        usage = usage == null ? TokenUsage.NONE : usage;
        if (score < 0 || score > 100 || Double.isNaN(score)) {
            throw new IllegalArgumentException("score must be within 0-100, was " + score);
        }
    }

    /** @return the score as a fraction 0-1 */
    public double fraction() {
        return score / 100.0;
    }
}
