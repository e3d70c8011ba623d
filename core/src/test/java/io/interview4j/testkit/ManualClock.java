package io.interview4j.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A UTC clock that tests move by hand (or from a scripted model or sleeper), starting at 2026-11-22T10:00:00Z. */
public final class ManualClock extends Clock {

    private Instant now = Instant.parse("2026-11-22T10:00:00Z");

    /** @param d how far to move the clock forward */
    public synchronized void advance(Duration d) {
        now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public synchronized Instant instant() {
        return now;
    }
}
