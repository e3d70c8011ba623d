package io.interview4j.scoring;

import io.interview4j.InvalidInputException;
import io.interview4j.llm.TokenUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The judgement of one answer, with the evidence for it and who made it.
 *
 * <p>Stored events written before a field existed read back with its default: {@code null} for the provider
 * and the revised answer, 0 dropped quotes, no insights, no reasons, and for model calls 1 when the evaluation is
 * {@link Provenance#MODEL} or spent tokens, else 0.
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
 * @param feedback a brief note to the candidate; {@code null} when absent (a blank one is absent)
 * @param followUpQuestions questions that would probe the gaps, for the follow-up policy
 * @param keyPointsCovered the question's key points the answer covered
 * @param levelDemonstrated the level shown (for rubrics with levels), or {@code null}
 * @param modelAnswer a strong answer to compare with, or {@code null}
 * @param flags gate flags and marks
 * @param modelId the model that judged or, for {@link Provenance#FALLBACK}, the model whose output was
 *     rejected; {@code null} when no model answered
 * @param usage tokens spent on this evaluation, repair call included ({@link TokenUsage#NONE} offline)
 * @param provider the provider that served the model call, such as {@code openai} (a fallback chain reports the
 *     member that answered), or {@code null} when no model answered
 * @param modelCalls model calls made for this evaluation: 0 offline, 1 normally, 2 with a repair call; failed
 *     calls count
 * @param evidenceDropped evidence quotes the model gave that were not verbatim in the answer and were dropped
 * @param revisedAnswer the answer rewritten at the target level from the candidate's own facts (rubrics with
 *     levels, model judge only), or {@code null} when there is none or it was discarded
 *     ({@link AnswerFlag#REVISED_ANSWER_DISCARDED})
 * @param insights job terms used, most-used words and talking points covered, computed offline; never null
 * @param reasons the model's one-line reason per dimension; empty offline
 * @param promptVersion the version of the judge's prompt, such as {@code judge/2}, when a model was asked; else
 *     {@code null} (a blank one is absent)
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
        TokenUsage usage,
        String provider,
        int modelCalls,
        int evidenceDropped,
        String revisedAnswer,
        AnswerFeatures.Insights insights,
        Map<String, String> reasons,
        String promptVersion) {

    /** No insights: nothing used, nothing covered. */
    public static final AnswerFeatures.Insights NO_INSIGHTS = new AnswerFeatures.Insights(List.of(), List.of(), List.of());

    /**
     * Validates and copies; null lists, usage and insights take their empty defaults, a blank feedback is absent
     * ({@code null}).
     *
     * @throws InvalidInputException when the score is outside 0-100 or a count is negative
     * @throws NullPointerException when the rubric or the provenance is null
     */
    public Evaluation {
        Objects.requireNonNull(rubric, "rubric");
        Objects.requireNonNull(provenance, "provenance");
        dimensions = dimensions == null ? Map.of() : Map.copyOf(dimensions);
        strengths = copy(strengths);
        weaknesses = copy(weaknesses);
        suggestions = copy(suggestions);
        evidence = copy(evidence);
        feedback = feedback == null || feedback.isBlank() ? null : feedback;
        followUpQuestions = copy(followUpQuestions);
        keyPointsCovered = copy(keyPointsCovered);
        flags = copy(flags);
        usage = usage == null ? TokenUsage.NONE : usage;
        insights = insights == null ? NO_INSIGHTS : insights;
        reasons = reasons == null ? Map.of() : Map.copyOf(reasons);
        revisedAnswer = revisedAnswer == null || revisedAnswer.isBlank() ? null : revisedAnswer;
        promptVersion = promptVersion == null || promptVersion.isBlank() ? null : promptVersion;
        if (modelCalls < 0 || evidenceDropped < 0) {
            throw new InvalidInputException("modelCalls and evidenceDropped must not be negative, were "
                    + modelCalls + " and " + evidenceDropped);
        }
        if (modelCalls == 0 && (provenance == Provenance.MODEL || usage.total() > 0)) {
            modelCalls = 1;
        }
        if (score < 0 || score > 100 || Double.isNaN(score)) {
            throw new InvalidInputException("score must be within 0-100, was " + score);
        }
    }

    /**
     * An evaluation with no prompt version.
     *
     * @param rubric the name of the rubric used
     * @param provenance who produced the scores
     * @param dimensions native score per dimension
     * @param nativeScore overall on the rubric's scale
     * @param score overall on 0-100
     * @param strengths specific things the answer did well
     * @param weaknesses specific gaps
     * @param suggestions actionable improvements
     * @param evidence verbatim quotes from the answer
     * @param feedback a brief note to the candidate
     * @param followUpQuestions questions that would probe the gaps
     * @param keyPointsCovered the question's key points the answer covered
     * @param levelDemonstrated the level shown, or {@code null}
     * @param modelAnswer a strong answer to compare with, or {@code null}
     * @param flags gate flags and marks
     * @param modelId the model that judged, or {@code null}
     * @param usage tokens spent, or {@code null} for none
     * @param provider the provider that served the call, or {@code null}
     * @param modelCalls model calls made
     * @param evidenceDropped evidence quotes dropped
     * @param revisedAnswer the revised answer, or {@code null}
     * @param insights the offline insights, or {@code null} for none
     * @param reasons the model's reason per dimension, or {@code null} for none
     * @throws InvalidInputException when the score is outside 0-100 or a count is negative
     */
    public Evaluation(String rubric, Provenance provenance, Map<String, Double> dimensions, double nativeScore,
                      double score, List<String> strengths, List<String> weaknesses, List<String> suggestions,
                      List<String> evidence, String feedback, List<String> followUpQuestions,
                      List<String> keyPointsCovered, String levelDemonstrated, String modelAnswer,
                      List<AnswerFlag> flags, String modelId, TokenUsage usage, String provider, int modelCalls,
                      int evidenceDropped, String revisedAnswer, AnswerFeatures.Insights insights,
                      Map<String, String> reasons) {
        this(rubric, provenance, dimensions, nativeScore, score, strengths, weaknesses, suggestions, evidence, feedback,
                followUpQuestions, keyPointsCovered, levelDemonstrated, modelAnswer, flags, modelId, usage, provider,
                modelCalls, evidenceDropped, revisedAnswer, insights, reasons, null);
    }

    /**
     * The form without the fields added later: no provider, no model calls beyond what provenance and usage
     * imply, no dropped quotes, no revised answer, no insights, no reasons.
     *
     * @param rubric the name of the rubric used
     * @param provenance who produced the scores
     * @param dimensions native score per dimension
     * @param nativeScore overall on the rubric's scale
     * @param score overall on 0-100
     * @param strengths specific things the answer did well
     * @param weaknesses specific gaps
     * @param suggestions actionable improvements
     * @param evidence verbatim quotes from the answer
     * @param feedback a brief note to the candidate
     * @param followUpQuestions questions that would probe the gaps
     * @param keyPointsCovered the question's key points the answer covered
     * @param levelDemonstrated the level shown, or {@code null}
     * @param modelAnswer a strong answer to compare with, or {@code null}
     * @param flags gate flags and marks
     * @param modelId the model that judged, or {@code null}
     * @param usage tokens spent, or {@code null} for none
     * @throws InvalidInputException when the score is outside 0-100
     */
    public Evaluation(String rubric, Provenance provenance, Map<String, Double> dimensions, double nativeScore,
                      double score, List<String> strengths, List<String> weaknesses, List<String> suggestions,
                      List<String> evidence, String feedback, List<String> followUpQuestions,
                      List<String> keyPointsCovered, String levelDemonstrated, String modelAnswer,
                      List<AnswerFlag> flags, String modelId, TokenUsage usage) {
        this(rubric, provenance, dimensions, nativeScore, score, strengths, weaknesses, suggestions, evidence, feedback,
                followUpQuestions, keyPointsCovered, levelDemonstrated, modelAnswer, flags, modelId, usage, null, 0, 0,
                null, null, null, null);
    }

    /** @return the score as a fraction 0-1 */
    public double fraction() {
        return score / 100.0;
    }

    /**
     * @param value the insights to carry
     * @return a copy with these insights
     * @throws NullPointerException when {@code value} is null
     */
    public Evaluation withInsights(AnswerFeatures.Insights value) {
        Objects.requireNonNull(value, "insights");
        return new Evaluation(rubric, provenance, dimensions, nativeScore, score, strengths, weaknesses, suggestions,
                evidence, feedback, followUpQuestions, keyPointsCovered, levelDemonstrated, modelAnswer, flags, modelId,
                usage, provider, modelCalls, evidenceDropped, revisedAnswer, value, reasons, promptVersion);
    }

    /**
     * @param value the provenance to report
     * @param extraFlags flags to add after the existing ones (repeats are skipped)
     * @return a copy with this provenance and these flags added
     * @throws NullPointerException when an argument is null
     */
    public Evaluation withProvenance(Provenance value, AnswerFlag... extraFlags) {
        Objects.requireNonNull(value, "provenance");
        List<AnswerFlag> all = new ArrayList<>(flags);
        for (AnswerFlag f : extraFlags) {
            if (!all.contains(Objects.requireNonNull(f, "flag"))) {
                all.add(f);
            }
        }
        return new Evaluation(rubric, value, dimensions, nativeScore, score, strengths, weaknesses, suggestions,
                evidence, feedback, followUpQuestions, keyPointsCovered, levelDemonstrated, modelAnswer, all, modelId,
                usage, provider, modelCalls, evidenceDropped, revisedAnswer, insights, reasons, promptVersion);
    }

    /**
     * @param value the judge prompt's version, or {@code null}
     * @return a copy with this prompt version
     */
    public Evaluation withPromptVersion(String value) {
        return new Evaluation(rubric, provenance, dimensions, nativeScore, score, strengths, weaknesses, suggestions,
                evidence, feedback, followUpQuestions, keyPointsCovered, levelDemonstrated, modelAnswer, flags, modelId,
                usage, provider, modelCalls, evidenceDropped, revisedAnswer, insights, reasons, value);
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
