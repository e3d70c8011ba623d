package io.interview4j.plan;

import io.interview4j.Difficulty;
import io.interview4j.InvalidInputException;
import java.util.List;
import java.util.Objects;

/**
 * How difficulty moves after a scored answer. Scores are fractions 0-1 of the 0-100 score (8 on 1-10 is 0.8).
 *
 * @param raiseAt the score at (or above, see {@code raiseInclusive}) which difficulty goes up; above 1 never
 * @param raiseInclusive whether a score equal to {@code raiseAt} raises
 * @param lowerAt the score at (or below, see {@code lowerInclusive}) which difficulty goes down; below 0 never
 * @param lowerInclusive whether a score equal to {@code lowerAt} lowers
 * @param streak how many scored answers in a row must pass a threshold before difficulty moves; 1 (each answer
 *     moves it) when 0 or 1, as stored before streaks existed
 * @param jump whether a move goes straight to hard or easy instead of one step
 */
public record DifficultyPolicy(double raiseAt, boolean raiseInclusive, double lowerAt, boolean lowerInclusive,
                               int streak, boolean jump) {

    /** Seed 000: above 80 % raises, below 50 % lowers, otherwise keep. */
    public static final DifficultyPolicy ABOVE_80_BELOW_50 = new DifficultyPolicy(0.8, false, 0.5, false);

    /** Seed 004: 0.8 or more raises, 0.4 or less lowers. */
    public static final DifficultyPolicy AT_LEAST_80_AT_MOST_40 = new DifficultyPolicy(0.8, true, 0.4, true);

    /**
     * Seed 003's phase-2 escalation, for a host that chooses it: "If score &ge;8 consistently, escalate to hard; if
     * score &lt;5 consistently, drop to easy" on the 1-10 scale, read as two scored answers in a row (8 of 10 is
     * 0.8, 5 of 10 is 0.5).
     */
    public static final DifficultyPolicy SEED_003_ESCALATION = new DifficultyPolicy(0.8, true, 0.5, false, 2, true);

    /** Difficulty never moves. */
    public static final DifficultyPolicy FIXED = new DifficultyPolicy(2, true, -1, true);

    /**
     * Normalises a streak of 0 to 1.
     *
     * @throws InvalidInputException when the thresholds overlap or the streak is negative
     */
    public DifficultyPolicy {
        if (lowerAt >= raiseAt) {
            throw new InvalidInputException("lowerAt (" + lowerAt + ") must be below raiseAt (" + raiseAt + ")");
        }
        if (streak < 0) {
            throw new InvalidInputException("streak must be 1 or more, was " + streak);
        }
        streak = Math.max(1, streak);
    }

    /**
     * A policy that moves one step after each scored answer.
     *
     * @param raiseAt the score that raises
     * @param raiseInclusive whether a score equal to {@code raiseAt} raises
     * @param lowerAt the score that lowers
     * @param lowerInclusive whether a score equal to {@code lowerAt} lowers
     * @throws InvalidInputException when the thresholds overlap
     */
    public DifficultyPolicy(double raiseAt, boolean raiseInclusive, double lowerAt, boolean lowerInclusive) {
        this(raiseAt, raiseInclusive, lowerAt, lowerInclusive, 1, false);
    }

    /**
     * @param current the difficulty of the question just answered
     * @param score the answer's score as a fraction 0-1
     * @return the difficulty for the next question, judged on this score alone
     */
    public Difficulty next(Difficulty current, double score) {
        return next(current, List.of(score));
    }

    /**
     * @param current the difficulty now
     * @param scores the session's scored answers as fractions 0-1, oldest first, the one just scored last
     * @return the difficulty for the next question: moved when the last {@link #streak()} scores all pass the same
     *     threshold, else {@code current}
     * @throws NullPointerException when an argument is null
     */
    public Difficulty next(Difficulty current, List<Double> scores) {
        Objects.requireNonNull(current, "current");
        if (scores.size() < streak) {
            return current;
        }
        List<Double> recent = scores.subList(scores.size() - streak, scores.size());
        if (recent.stream().allMatch(this::raises)) {
            return jump ? Difficulty.HARD : current.harder();
        }
        if (recent.stream().allMatch(this::lowers)) {
            return jump ? Difficulty.EASY : current.easier();
        }
        return current;
    }

    private boolean raises(double score) {
        return raiseInclusive ? score >= raiseAt : score > raiseAt;
    }

    private boolean lowers(double score) {
        return lowerInclusive ? score <= lowerAt : score < lowerAt;
    }
}
