package io.interview4j.session;

import io.interview4j.Difficulty;
import java.util.List;
import java.util.Objects;

/**
 * A question as asked in one session.
 *
 * @param id unique within the session
 * @param type main, follow-up or resume
 * @param text the question
 * @param round index of the round it was asked in, from 0
 * @param number the main question's number from 1 (follow-ups carry their parent's number; resume questions
 *     count separately)
 * @param followUpNumber 0 for main and resume questions, else 1, 2, 3 ...
 * @param parentId the question a follow-up probes, or {@code null}
 * @param bankId the bank question it came from, or {@code null}
 * @param kind the question kind, such as {@code behavioral}; {@code null} when absent
 * @param category the bank category, such as {@code core}; {@code null} when absent
 * @param competency the competency tested; {@code null} when absent
 * @param skills skill tags
 * @param difficulty the difficulty it was asked at
 * @param keyPoints talking points a strong answer covers
 * @param referenceAnswer a model answer; {@code null} when absent
 * @param suggestedSeconds suggested answer time, capped by the time left on timed plans
 * @param source where it came from; {@code null} (as in events stored before sources were recorded) is derived:
 *     {@link QuestionSource#BANK} for a question with a bank id, else {@link QuestionSource#RULE}
 * @param promptVersion the version of the prompt that wrote it when the model did, such as
 *     {@code question-writer/1}; else {@code null} (a blank one is absent)
 */
public record Question(String id, QuestionType type, String text, int round, int number, int followUpNumber,
                       String parentId, String bankId, String kind, String category, String competency,
                       List<String> skills, Difficulty difficulty, List<String> keyPoints, String referenceAnswer,
                       int suggestedSeconds, QuestionSource source, String promptVersion) {

    /** Validates and copies; a blank kind, category, competency or reference answer is absent ({@code null}). */
    public Question {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(difficulty, "difficulty");
        kind = absent(kind);
        category = absent(category);
        competency = absent(competency);
        referenceAnswer = absent(referenceAnswer);
        promptVersion = absent(promptVersion);
        if (source == null) {
            source = bankId != null ? QuestionSource.BANK : QuestionSource.RULE;
        }
        skills = List.copyOf(skills);
        keyPoints = List.copyOf(keyPoints);
    }

    /**
     * A question whose source is derived from its bank id (see {@link #source()}), with no prompt version.
     *
     * @param id unique within the session
     * @param type main, follow-up or resume
     * @param text the question
     * @param round index of the round, from 0
     * @param number the main question's number from 1
     * @param followUpNumber 0 for main and resume questions, else 1, 2, 3 ...
     * @param parentId the question a follow-up probes, or {@code null}
     * @param bankId the bank question it came from, or {@code null}
     * @param kind the question kind, or {@code null}
     * @param category the bank category, or {@code null}
     * @param competency the competency tested, or {@code null}
     * @param skills skill tags
     * @param difficulty the difficulty it was asked at
     * @param keyPoints talking points a strong answer covers
     * @param referenceAnswer a model answer, or {@code null}
     * @param suggestedSeconds suggested answer time
     */
    public Question(String id, QuestionType type, String text, int round, int number, int followUpNumber,
                    String parentId, String bankId, String kind, String category, String competency,
                    List<String> skills, Difficulty difficulty, List<String> keyPoints, String referenceAnswer,
                    int suggestedSeconds) {
        this(id, type, text, round, number, followUpNumber, parentId, bankId, kind, category, competency, skills,
                difficulty, keyPoints, referenceAnswer, suggestedSeconds, null, null);
    }

    private static String absent(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /**
     * @param seconds the suggested answer time
     * @return this question with that suggested time
     */
    public Question withSuggestedSeconds(int seconds) {
        return new Question(id, type, text, round, number, followUpNumber, parentId, bankId, kind, category, competency,
                skills, difficulty, keyPoints, referenceAnswer, seconds, source, promptVersion);
    }

    /**
     * @param value where it came from
     * @param version the prompt version when the model wrote it, else {@code null}
     * @return this question with that source and prompt version
     * @throws NullPointerException when {@code value} is null
     */
    public Question withSource(QuestionSource value, String version) {
        return new Question(id, type, text, round, number, followUpNumber, parentId, bankId, kind, category, competency,
                skills, difficulty, keyPoints, referenceAnswer, suggestedSeconds, Objects.requireNonNull(value, "source"),
                version);
    }

    /** @return the report label: {@code Q1}, {@code Q1 Follow-up 1} or {@code Resume Q1} */
    public String label() {
        String base = (type == QuestionType.RESUME || isFollowUpOfResume() ? "Resume Q" : "Q") + number;
        return followUpNumber > 0 ? base + " Follow-up " + followUpNumber : base;
    }

    private boolean isFollowUpOfResume() {
        return type == QuestionType.FOLLOW_UP && "resume".equals(kind);
    }
}
