package io.interview4j.llm.resilience;

import io.interview4j.InvalidInputException;
import io.interview4j.llm.exception.ProviderException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How long to wait before the next attempt: the provider's own delay when it sent one, else exponential backoff
 * with jitter, {@code min(initial * multiplier^(attempt-1), max) * (1 - jitter * random)}. With the defaults
 * (0.5 s, x2, 8 s, 0.25) the waits are 0.5, 1, 2, 4, 8, 8 ... seconds, each shortened by up to a quarter, like the
 * OpenAI and Anthropic SDKs.
 *
 * @param initial the first backoff, default 500 ms
 * @param multiplier the growth per attempt, default 2.0, at least 1
 * @param max the longest backoff, default 8 s
 * @param jitter the largest share taken off at random, default 0.25, within 0-1
 * @param maxRetryAfter the longest provider-requested delay that is honoured, default 60 s; a longer one means
 *     the provider will not be ready in a useful time, so the failure is thrown at once (a fallback chain then
 *     moves on)
 */
public record Backoff(Duration initial, double multiplier, Duration max, double jitter, Duration maxRetryAfter) {

    /** The defaults: 500 ms, x2, 8 s, 0.25 jitter, retry-after honoured up to 60 s. */
    public static final Backoff DEFAULT = new Backoff(Duration.ofMillis(500), 2.0, Duration.ofSeconds(8), 0.25,
            Duration.ofSeconds(60));

    /** @throws InvalidInputException when a value is out of range */
    public Backoff {
        Objects.requireNonNull(initial, "initial");
        Objects.requireNonNull(max, "max");
        Objects.requireNonNull(maxRetryAfter, "maxRetryAfter");
        if (initial.isNegative() || max.isNegative() || maxRetryAfter.isNegative()) {
            throw new InvalidInputException("backoff durations must not be negative");
        }
        if (max.compareTo(initial) < 0) {
            throw new InvalidInputException("max backoff " + max + " is shorter than the initial " + initial);
        }
        if (!(multiplier >= 1.0) || Double.isInfinite(multiplier)) {
            throw new InvalidInputException("multiplier must be at least 1, was " + multiplier);
        }
        if (!(jitter >= 0.0 && jitter <= 1.0)) {
            throw new InvalidInputException("jitter must be within 0-1, was " + jitter);
        }
    }

    /**
     * @param attempt the attempt that just failed, from 1
     * @param random a number in [0, 1)
     * @return the exponential backoff with jitter
     */
    public Duration exponential(int attempt, double random) {
        double base = initial.toNanos() * Math.pow(multiplier, Math.max(0, attempt - 1));
        double capped = Math.min(base, max.toNanos());
        return Duration.ofNanos(Math.round(capped * (1.0 - jitter * random)));
    }

    /**
     * @param attempt the attempt that just failed, from 1
     * @param failure the failure
     * @param random a number in [0, 1)
     * @return the delay before the next attempt: the provider's {@code retryAfter} when present, else the
     *     exponential backoff; empty when the provider asked for longer than {@link #maxRetryAfter()}
     */
    public Optional<Duration> delayFor(int attempt, Throwable failure, double random) {
        if (failure instanceof ProviderException provider && provider.retryAfter().isPresent()) {
            Duration asked = provider.retryAfter().get();
            return asked.compareTo(maxRetryAfter) > 0 ? Optional.empty() : Optional.of(asked);
        }
        return Optional.of(exponential(attempt, random));
    }
}
