package io.interview4j.llm.resilience;

import java.time.Duration;

/**
 * Waits between attempts. Injected into {@link RetryingLanguageModel} so that tests record the delays instead of
 * sleeping.
 */
@FunctionalInterface
public interface Sleeper {

    /** Sleeps on the calling thread with {@link Thread#sleep(long, int)}. */
    Sleeper SYSTEM = duration -> Thread.sleep(duration.toMillis(), (int) (duration.toNanos() % 1_000_000));

    /**
     * @param duration how long to wait, never negative
     * @throws InterruptedException when the thread is interrupted while waiting
     */
    void sleep(Duration duration) throws InterruptedException;
}
