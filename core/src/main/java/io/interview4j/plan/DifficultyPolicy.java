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

    /** Seed 000: above 80 % raises, below 50 % lowers, otherwise keep. */
    public static final DifficultyPolicy ABOVE_80_BELOW_50 = new DifficultyPolicy(0.8, false, 0.5, false);

    /** Seed 004: 0.8 or more raises, 0.4 or less lowers. */
    public static final DifficultyPolicy AT_LEAST_80_AT_MOST_40 = new DifficultyPolicy(0.8, true, 0.4, true);

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
