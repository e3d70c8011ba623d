package io.interview4j.rules;

/**
 * Seed 000's decision rules (campus placement): two questions answered in a round move to the next round;
 * all rounds done completes. Difficulty moves by {@link io.interview4j.plan.DifficultyPolicy#ABOVE_80_BELOW_50}.
 */
public final class CampusPlacementRules {

    /** Questions per round: "If student completes 2 questions in a round, move to next round". */
    public static final int QUESTIONS_PER_ROUND = 2;

    private CampusPlacementRules() {
    }

    /**
     * Decision 3.
     *
     * @param questionsAnsweredInRound questions answered in the current round
     * @return whether to move to the next round
     */
    public static boolean moveToNextRound(int questionsAnsweredInRound) {
        return questionsAnsweredInRound >= QUESTIONS_PER_ROUND;
    }

    /**
     * Decision 4.
     *
     * @param currentRound the current round index, from 0
     * @param totalRounds the number of rounds
     * @return whether the interview is over
     */
    public static boolean interviewCompleted(int currentRound, int totalRounds) {
        return currentRound >= totalRounds;
    }
}
