package io.interview4j.plan;

import io.interview4j.Difficulty;
import io.interview4j.InvalidInputException;

/**
 * How difficulty moves after a scored answer. The score is a fraction 0-1 of the rubric's range.
 *
 * @param raiseAt the score at (or above, see {@code raiseInclusive}) which difficulty goes up; above 1 never
 * @param raiseInclusive whether a score equal to {@code raiseAt} raises
 * @param lowerAt the score at (or below, see {@code lowerInclusive}) which difficulty goes down; below 0 never
 * @param lowerInclusive whether a score equal to {@code lowerAt} lowers
 */
public record DifficultyPolicy(double raiseAt, boolean raiseInclusive, double lowerAt, boolean lowerInclusive) {

    /**
     * Raises difficulty after a score above 80 % and lowers it after one below 50 %; 80 % and 50 % exactly keep it.
     * Seed 000's (campus placement) rule.
     */
    public static final DifficultyPolicy RAISE_ABOVE_80_LOWER_BELOW_50 = new DifficultyPolicy(0.8, false, 0.5, false);

    /**
     * Raises difficulty after a score of 80 % or more and lowers it after one of 40 % or less. Seed 004's (topic
     * drill) rule, 0.8 and 0.4 on its 0-1 scale.
     */
    public static final DifficultyPolicy RAISE_AT_80_LOWER_AT_40 = new DifficultyPolicy(0.8, true, 0.4, true);

    /** Difficulty never moves. */
    public static final DifficultyPolicy FIXED = new DifficultyPolicy(2, true, -1, true);

    /** @throws InvalidInputException when the thresholds overlap */
    public DifficultyPolicy {
        if (lowerAt >= raiseAt) {
            throw new InvalidInputException("lowerAt (" + lowerAt + ") must be below raiseAt (" + raiseAt + ")");
        }
    }

    /**
     * @param current the difficulty of the question just answered
     * @param score the answer's score as a fraction 0-1
     * @return the difficulty for the next question
     */
    public Difficulty next(Difficulty current, double score) {
        if (raiseInclusive ? score >= raiseAt : score > raiseAt) {
            return current.harder();
        }
        if (lowerInclusive ? score <= lowerAt : score < lowerAt) {
            return current.easier();
        }
        return current;
    }
}
