package io.interview4j.plan;

import io.interview4j.InvalidInputException;

/**
 * Readiness thresholds on 0-100: the bands a report's overall score falls in ("Ready", "Almost Ready", "Needs
 * Practice"). {@link #COACHING_BANDS}, the default, is seed 003's reading of its 1-10 average (8 or more Ready, 6 to
 * 7.9 Almost Ready, below 6 Needs Practice) on 0-100.
 *
 * @param readyAt the score at or above which the candidate is "Ready"
 * @param almostReadyAt the score at or above which the candidate is "Almost Ready"
 */
public record Readiness(double readyAt, double almostReadyAt) {

    /**
     * Ready at 80 or more, Almost Ready at 60 or more, else Needs Practice: seed 003's (coaching) bands of 8 and 6
     * on its 1-10 scale, on 0-100. The default of every plan.
     */
    public static final Readiness COACHING_BANDS = new Readiness(80, 60);

    /** @throws InvalidInputException when the thresholds are out of order or outside 0-100 */
    public Readiness {
        if (almostReadyAt < 0 || readyAt > 100 || almostReadyAt > readyAt) {
            throw new InvalidInputException("need 0 <= almostReadyAt <= readyAt <= 100, got " + almostReadyAt + " and " + readyAt);
        }
    }

    /**
     * @param score an overall score on 0-100
     * @return "Ready", "Almost Ready" or "Needs Practice"
     */
    public String label(double score) {
        if (score >= readyAt) {
            return "Ready";
        }
        return score >= almostReadyAt ? "Almost Ready" : "Needs Practice";
    }
}
