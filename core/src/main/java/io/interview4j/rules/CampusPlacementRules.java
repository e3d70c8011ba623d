package io.interview4j.rules;

/**
 * Seed 000's numbers (campus placement) that {@link io.interview4j.plan.Presets#campusPlacement} encodes: two
 * questions answered in a round move to the next round, and the last round done completes the interview (the
 * engine's turn policy decides both from the plan's rounds). Difficulty moves by
 * {@link io.interview4j.plan.DifficultyPolicy#RAISE_ABOVE_80_LOWER_BELOW_50}.
 */
public final class CampusPlacementRules {

    /** Questions per round: "If student completes 2 questions in a round, move to next round". */
    public static final int QUESTIONS_PER_ROUND = 2;

    private CampusPlacementRules() {
    }
}
