package io.interview4j.bank;

import io.interview4j.Difficulty;
import io.interview4j.InvalidInputException;
import java.util.List;
import java.util.Objects;

/**
 * A question as a bank holds it.
 *
 * @param id unique within the bank
 * @param kind behavioral, situational, hr, technical, dsa, system_design or case
 * @param category a finer bucket: behavioral, situational, role_specific, motivation, core, advanced,
 *     practical, dsa, system_design, problem_solving
 * @param competency the competency tested, such as {@code leadership}; {@code null} when absent (a blank one is
 *     absent)
 * @param skills skill tags, normalised to one spelling each ({@link SkillTags#normalize(String)}: {@code
 *     "problem solving"} becomes {@code problem_solving}), repeats dropped
 * @param levels candidate levels it suits ({@code junior}, {@code mid}, {@code senior})
 * @param difficulty how hard it is
 * @param roles lowercase roles it is specific to; empty means any role
 * @param companies lowercase companies known to ask it; may be empty
 * @param text the question
 * @param keyPoints talking points a strong answer covers
 * @param referenceAnswer a model answer; {@code null} when absent (a blank one is absent)
 * @param followUps probing follow-up questions
 * @param suggestedSeconds a suggested answer time in seconds, positive
 */
public record BankQuestion(String id, String kind, String category, String competency, List<String> skills,
                           List<String> levels, Difficulty difficulty, List<String> roles, List<String> companies,
                           String text, List<String> keyPoints, String referenceAnswer, List<String> followUps,
                           int suggestedSeconds) {

    /**
     * Validates and copies.
     *
     * @throws NullPointerException naming the question and the field when the id, kind, text or difficulty is null
     * @throws InvalidInputException naming the question and the field when the id, kind or text is blank
     * @throws NullPointerException when a skill tag is null
     */
    public BankQuestion {
        require(id, "id", id);
        require(kind, "kind", id);
        require(text, "text", id);
        Objects.requireNonNull(difficulty, () -> "question " + id + ": difficulty is required");
        category = category == null || category.isBlank() ? kind : category;
        competency = competency == null || competency.isBlank() ? null : competency;
        referenceAnswer = referenceAnswer == null || referenceAnswer.isBlank() ? null : referenceAnswer;
        skills = SkillTags.normalize(skills);
        levels = copy(levels);
        roles = copy(roles);
        companies = copy(companies);
        keyPoints = copy(keyPoints);
        followUps = copy(followUps);
        if (suggestedSeconds <= 0) {
            suggestedSeconds = 120;
        }
    }

    private static void require(String value, String field, String id) {
        Objects.requireNonNull(value, () -> "question " + (id == null ? "(no id)" : id) + ": " + field + " is required");
        if (value.isBlank()) {
            throw new InvalidInputException("question " + (id == null ? "(no id)" : id) + ": " + field + " is required");
        }
    }

    private static List<String> copy(List<String> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /**
     * A minimal question, for presets written by hand.
     *
     * @param id unique id
     * @param kind the kind, such as {@code technical}
     * @param text the question
     * @return a medium question with no key points
     */
    public static BankQuestion of(String id, String kind, String text) {
        return new BankQuestion(id, kind, kind, null, List.of(), List.of(), Difficulty.MEDIUM, List.of(), List.of(),
                text, List.of(), null, List.of(), 120);
    }
}
