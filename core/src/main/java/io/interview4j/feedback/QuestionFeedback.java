package io.interview4j.feedback;

import io.interview4j.InvalidInputException;
import io.interview4j.llm.TokenUsage;
import io.interview4j.scoring.Provenance;
import java.util.List;
import java.util.Objects;

/**
 * The feedback on one main question as a whole, its answer and follow-ups together (seed 003's question feedback).
 *
 * @param questionId the main question
 * @param label its label, such as {@code Q2}
 * @param competency the competency it tested; {@code null} when absent
 * @param whatLanded specific points that landed, usually 2 or 3 (empty when nothing did)
 * @param whatDidNotLand specific gaps, usually 2 or 3
 * @param coaching tactical advice tied to the competency
 * @param revisedAnswer the answer rewritten at the target level from the candidate's own facts; {@code null} when the
 *     rubric has no levels, nothing was answered, or a rewrite naming facts the candidate never said was discarded
 * @param levelDemonstrated the level shown, for rubrics with levels; else {@code null}
 * @param score the question-level score on 0-100: the mean of its scored responses, computed in code (never taken
 *     from a model); {@code null} when none was scored
 * @param nativeScore the same on the rubric's scale, such as 7 on 1-10; {@code null} when none was scored
 * @param provenance {@link Provenance#MODEL}, {@link Provenance#HEURISTIC} (written in code) or
 *     {@link Provenance#FALLBACK} (a model call failed and the code's feedback stands in)
 * @param promptVersion the prompt's version id for {@code MODEL} and {@code FALLBACK}, else {@code null}
 * @param modelId the model that wrote it, or {@code null}
 * @param usage tokens its model call spent ({@link TokenUsage#NONE} offline)
 * @param modelCalls model calls made for it: 0 offline, 1, or 2 with a repair call; failed calls count
 */
public record QuestionFeedback(String questionId, String label, String competency, List<String> whatLanded,
                               List<String> whatDidNotLand, String coaching, String revisedAnswer,
                               String levelDemonstrated, Double score, Double nativeScore, Provenance provenance,
                               String promptVersion, String modelId, TokenUsage usage, int modelCalls) {

    /**
     * Validates and copies; null lists become empty, null usage {@link TokenUsage#NONE}, blank texts absent.
     *
     * @throws NullPointerException when the question id, label or provenance is null
     * @throws InvalidInputException when the score is outside 0-100 or the model calls are negative
     */
    public QuestionFeedback {
        Objects.requireNonNull(questionId, "questionId");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(provenance, "provenance");
        whatLanded = whatLanded == null ? List.of() : List.copyOf(whatLanded);
        whatDidNotLand = whatDidNotLand == null ? List.of() : List.copyOf(whatDidNotLand);
        coaching = blank(coaching);
        revisedAnswer = blank(revisedAnswer);
        levelDemonstrated = blank(levelDemonstrated);
        competency = blank(competency);
        usage = usage == null ? TokenUsage.NONE : usage;
        if (score != null && (score < 0 || score > 100 || score.isNaN())) {
            throw new InvalidInputException("a question's score must be within 0-100, was " + score);
        }
        if (modelCalls < 0) {
            throw new InvalidInputException("modelCalls must not be negative, was " + modelCalls);
        }
    }

    /**
     * @param value the provenance to report
     * @param version the prompt version, or {@code null}
     * @param model the model id, or {@code null}
     * @param spent the tokens spent, or {@code null}
     * @param calls the model calls made
     * @return a copy with these
     */
    public QuestionFeedback withSource(Provenance value, String version, String model, TokenUsage spent, int calls) {
        return new QuestionFeedback(questionId, label, competency, whatLanded, whatDidNotLand, coaching, revisedAnswer,
                levelDemonstrated, score, nativeScore, value, version, model, spent, calls);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
