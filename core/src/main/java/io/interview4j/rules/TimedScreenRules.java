package io.interview4j.rules;

/**
 * Seed 002's numbers (timed screen) that {@link io.interview4j.plan.Presets#timedScreen} encodes: at most one
 * follow-up per preset question. Time budgeting (elapsed, remaining, urgency, capping of suggested answer times)
 * applies to every timed plan and lives in {@link io.interview4j.plan.TimeStatus}.
 */
public final class TimedScreenRules {

    /** "Max follow-ups allowed: 1 per preset". */
    public static final int MAX_FOLLOW_UPS_PER_PRESET = 1;

    private TimedScreenRules() {
    }
}
