package io.interview4j.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Seed 002's rules (timed screen): the actions, at most one follow-up per preset question, the time status
 * (elapsed, remaining, urgency) and suggested answer times capped by the time left.
 */
public final class TimedScreenRules {

    /** "Max follow-ups allowed: 1 per preset". */
    public static final int MAX_FOLLOW_UPS_PER_PRESET = 1;

    private TimedScreenRules() {
    }

    /** What the interviewer does next. */
    public enum Action {
        /** Move to the next preset question. */
        PRESET,
        /** Probe the last preset answer deeper. */
        FOLLOW_UP,
        /** Ask about the candidate's experience. */
        RESUME,
        /** End the interview. */
        COMPLETE;

        /**
         * @param value preset, follow_up, resume or complete, any case
         * @return the action
         * @throws IllegalArgumentException naming the value and the accepted ones
         */
        public static Action parse(String value) {
            try {
                return valueOf(value.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Unknown action '" + value
                        + "'; expected preset, follow_up, resume or complete", e);
            }
        }
    }

    /** How pressed for time the interview is. */
    public enum Urgency {
        /** Half the time or more is left. */
        NORMAL,
        /** Less than half is left. */
        LOW,
        /** Less than a fifth, or under a minute, is left. */
        CRITICAL,
        /** No time is left. */
        TIME_UP
    }

    /**
     * @param elapsed time since the interview started
     * @param remaining time left, never negative
     * @param urgency how pressed for time
     */
    public record TimeStatus(Duration elapsed, Duration remaining, Urgency urgency) {
    }

    /**
     * @param startedAt when the interview started
     * @param limit the wall-clock limit
     * @param now the current time
     * @return elapsed, remaining and urgency
     */
    public static TimeStatus timeStatus(Instant startedAt, Duration limit, Instant now) {
        Duration elapsed = Duration.between(startedAt, now);
        if (elapsed.isNegative()) {
            elapsed = Duration.ZERO;
        }
        Duration remaining = limit.minus(elapsed);
        if (remaining.isNegative()) {
            remaining = Duration.ZERO;
        }
        Urgency urgency;
        if (remaining.isZero()) {
            urgency = Urgency.TIME_UP;
        } else if (remaining.toMillis() * 5 < limit.toMillis() || remaining.compareTo(Duration.ofMinutes(1)) < 0) {
            urgency = Urgency.CRITICAL;
        } else if (remaining.toMillis() * 2 < limit.toMillis()) {
            urgency = Urgency.LOW;
        } else {
            urgency = Urgency.NORMAL;
        }
        return new TimeStatus(elapsed, remaining, urgency);
    }

    /**
     * "Validates and caps time": a suggested answer time never goes beyond the time left.
     *
     * @param suggestedSeconds the time proposed for the answer
     * @param remaining the time left in the interview
     * @return the suggested time capped by the time left, not negative
     */
    public static int capSuggestedSeconds(int suggestedSeconds, Duration remaining) {
        long left = Math.max(0, remaining.getSeconds());
        return (int) Math.max(0, Math.min(suggestedSeconds, left));
    }

    /**
     * @param followUpsForPreset follow-ups already asked for the current preset
     * @return whether another follow-up is allowed
     */
    public static boolean followUpAllowed(int followUpsForPreset) {
        return followUpsForPreset < MAX_FOLLOW_UPS_PER_PRESET;
    }

    /**
     * "Complete when time is up or every preset was asked".
     *
     * @param urgency the time status's urgency
     * @param presetsAsked preset questions asked so far
     * @param presetsTotal preset questions in the template
     * @return whether completing is allowed
     */
    public static boolean completeAllowed(Urgency urgency, int presetsAsked, int presetsTotal) {
        return urgency == Urgency.TIME_UP || presetsAsked >= presetsTotal;
    }
}
