package io.interview4j.plan;

import io.interview4j.InvalidInputException;

/**
 * Readiness thresholds on 0-100. Seed 003 reads its 1-10 average as: 8 or more Ready, 6 to 7.9 Almost Ready,
 * below 6 Needs Practice; {@link #SEED_003} is the same on 0-100.
 *
 * @param readyAt the score at or above which the candidate is "Ready"
 * @param almostReadyAt the score at or above which the candidate is "Almost Ready"
 */
public record Readiness(double readyAt, double almostReadyAt) {

    /** 80 and 60: seed 003's 8 and 6 on 1-10. */
    public static final Readiness SEED_003 = new Readiness(80, 60);

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
