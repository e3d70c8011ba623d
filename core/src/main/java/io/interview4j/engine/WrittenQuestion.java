package io.interview4j.engine;

import io.interview4j.Difficulty;
import java.util.List;
import java.util.Objects;

/**
 * A main question as a {@link QuestionWriter} wrote it.
 *
 * @param text the question, as the candidate will read it
 * @param kind the round kind it was written for, such as {@code technical}; {@code null} means the one asked for
 * @param competency the competency it tests; {@code null} when absent (a blank one is absent)
 * @param skills skill tags, lowercase
 * @param difficulty how hard it is
 * @param keyPoints what a strong answer covers, for scoring; never shown to the candidate before they answer
 * @param referenceAnswer a short reference answer; {@code null} when absent (a blank one is absent)
 * @param suggestedSeconds a suggested answer time in seconds, positive; capped by the time left on timed plans
 * @param promptVersion the version of the prompt that wrote it, such as {@code question-writer/1}, for a model's
 *     question (source {@code MODEL}); {@code null} for a host's (source {@code HOST})
 */
public record WrittenQuestion(String text, String kind, String competency, List<String> skills, Difficulty difficulty,
                              List<String> keyPoints, String referenceAnswer, int suggestedSeconds,
                              String promptVersion) {

    /**
     * Copies the lists; blank strings become absent.
     *
     * @throws NullPointerException when the text or the difficulty is null
     */
    public WrittenQuestion {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(difficulty, "difficulty");
        kind = blank(kind);
        competency = blank(competency);
        referenceAnswer = blank(referenceAnswer);
        promptVersion = blank(promptVersion);
        skills = skills == null ? List.of() : List.copyOf(skills);
        keyPoints = keyPoints == null ? List.of() : List.copyOf(keyPoints);
    }

    private static String blank(String v) {
        return v == null || v.isBlank() ? null : v.strip();
    }
}
