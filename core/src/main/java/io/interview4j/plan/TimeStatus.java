package io.interview4j.plan;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Where a timed interview stands against its wall-clock limit ({@link InterviewPlan#totalTimeLimit()}): time
 * elapsed, time left and how pressed for time it is. Seed 002 shows it to the interviewer and caps every
 * suggested answer time by the time left; the engine ends a plan whose time is up.
 *
 * @param elapsed time since the interview started, never negative
 * @param remaining time left, never negative
 * @param urgency how pressed for time
 */
public record TimeStatus(Duration elapsed, Duration remaining, Urgency urgency) {

    /** @throws NullPointerException when an argument is null */
    public TimeStatus {
        Objects.requireNonNull(elapsed, "elapsed");
        Objects.requireNonNull(remaining, "remaining");
        Objects.requireNonNull(urgency, "urgency");
    }

    /**
     * @param startedAt when the interview started
     * @param limit the wall-clock limit, positive
     * @param now the current time; a time before the start counts as nothing elapsed
     * @return elapsed, remaining and urgency: time up when nothing is left, critical under a fifth of the limit or
     *     under a minute, low under half, else normal
     */
    public static TimeStatus of(Instant startedAt, Duration limit, Instant now) {
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
     * Seed 002's time capping: a suggested answer time never goes beyond the time left.
     *
     * @param suggestedSeconds the time proposed for an answer
     * @return the suggested time capped by the whole seconds left, never negative
     */
    public int cap(int suggestedSeconds) {
        return (int) Math.max(0, Math.min(suggestedSeconds, remaining.getSeconds()));
    }
}
