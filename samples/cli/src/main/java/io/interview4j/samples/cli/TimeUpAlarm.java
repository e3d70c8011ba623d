package io.interview4j.samples.cli;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Rings when a timed interview's time runs out while the candidate is still typing, so the screen says so at once
 * rather than after the answer is submitted.
 */
interface TimeUpAlarm {

    /**
     * @param when the moment the time is up
     * @param notice what to do then (print the notice); run at once when {@code when} has passed
     * @return what cancels the alarm; running it after the alarm rang does nothing
     */
    Runnable at(Instant when, Runnable notice);

    /** @return an alarm on a daemon timer thread, measuring the delay on {@code clock} */
    static TimeUpAlarm scheduled(Clock clock) {
        return (when, notice) -> {
            long millis = Math.max(0, Duration.between(clock.instant(), when).toMillis());
            ScheduledFuture<?> ring = Timer.THREAD.schedule(notice, millis, TimeUnit.MILLISECONDS);
            return () -> ring.cancel(false);
        };
    }

    /** The one timer thread, made on first use; a daemon, so it never keeps the CLI running. */
    final class Timer {
        static final ScheduledExecutorService THREAD = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread t = new Thread(task, "interview4j-time-up");
            t.setDaemon(true);
            return t;
        });

        private Timer() {
        }
    }
}
