package io.interview4j.scoring;

/**
 * The native scale of a rubric's dimensions. Every score is also expressed on 0-100 by
 * {@link #toPercent(double)}, which divides by the scale's maximum (so 8 on 1-10 is 80, 4 on 0-5 is 80).
 */
public enum Scale {
    /** 0 to 5, as in seed 001's five-dimension rubric. */
    ZERO_TO_FIVE(0, 5),
    /** 1 to 10, as in seed 003's coaching score. */
    ONE_TO_TEN(1, 10),
    /** 0 to 1, as in seed 004's correctness, completeness and clarity. */
    ZERO_TO_ONE(0, 1),
    /** 0 to 100, as in seed 002's report. */
    ZERO_TO_HUNDRED(0, 100);

    private final double min;
    private final double max;

    Scale(double min, double max) {
        this.min = min;
        this.max = max;
    }

    /** @return the lowest value on this scale */
    public double min() {
        return min;
    }

    /** @return the highest value on this scale */
    public double max() {
        return max;
    }

    /**
     * @param value a value on this scale
     * @return the value clamped into {@code [min, max]}
     */
    public double clamp(double value) {
        if (Double.isNaN(value)) {
            return min;
        }
        return Math.max(min, Math.min(max, value));
    }

    /**
     * @param value a value on this scale (clamped first)
     * @return the same score on 0-100
     */
    public double toPercent(double value) {
        return clamp(value) / max * 100.0;
    }

    /**
     * @param percent a score on 0-100 (clamped first)
     * @return the same score on this scale, clamped to the scale's minimum
     */
    public double fromPercent(double percent) {
        double p = Math.max(0, Math.min(100, Double.isNaN(percent) ? 0 : percent));
        return clamp(p / 100.0 * max);
    }
}
