package io.interview4j.plan;

import io.interview4j.InvalidInputException;
import java.util.Objects;

/**
 * When a main question gets follow-ups, and how many.
 *
 * @param maxPerQuestion the most follow-ups one main question may get; 0 disables follow-ups
 * @param trigger whether every answer is followed up or only weak ones
 * @param weakBelow for {@link Trigger#WHEN_WEAK}: an answer scoring below this (0-100) is weak
 */
public record FollowUpPolicy(int maxPerQuestion, Trigger trigger, double weakBelow) {

    /** No follow-ups. */
    public static final FollowUpPolicy NONE = new FollowUpPolicy(0, Trigger.WHEN_WEAK, 0);

    /** When follow-ups are asked. */
    public enum Trigger {
        /** After every answer while the quota lasts (seed 003: responses 1 to 4). */
        ALWAYS,
        /** Only after an answer scoring below {@code weakBelow}. */
        WHEN_WEAK
    }

    /**
     * @throws NullPointerException when the trigger is null
     * @throws InvalidInputException when the quota is negative or the threshold outside 0-100
     */
    public FollowUpPolicy {
        if (maxPerQuestion < 0) {
            throw new InvalidInputException("maxPerQuestion must not be negative, was " + maxPerQuestion);
        }
        Objects.requireNonNull(trigger, "trigger");
        if (weakBelow < 0 || weakBelow > 100) {
            throw new InvalidInputException("weakBelow must be within 0-100, was " + weakBelow);
        }
    }

    /**
     * @param max the quota
     * @return a policy following up every answer up to {@code max} times
     */
    public static FollowUpPolicy always(int max) {
        return new FollowUpPolicy(max, Trigger.ALWAYS, 0);
    }

    /**
     * @param max the quota
     * @param weakBelow the 0-100 score below which an answer is weak
     * @return a policy following up weak answers up to {@code max} times
     */
    public static FollowUpPolicy whenWeak(int max, double weakBelow) {
        return new FollowUpPolicy(max, Trigger.WHEN_WEAK, weakBelow);
    }

    /**
     * @param score the last answer's score on 0-100
     * @return whether this answer calls for a follow-up (ignoring the quota)
     */
    public boolean wants(double score) {
        return trigger == Trigger.ALWAYS || score < weakBelow;
    }
}
