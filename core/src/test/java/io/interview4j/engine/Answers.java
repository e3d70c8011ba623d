package io.interview4j.engine;

/** Realistic answers for driving interviews in tests. */
final class Answers {

    static final String STRONG = "In my last role the checkout service was timing out under peak load, so the situation was "
            + "urgent: conversion had dropped by 12 percent. My task was to find the bottleneck within a week. I profiled the "
            + "service, found that every request opened a new database connection, and introduced a connection pool with a "
            + "cache for the product catalogue. I also added load tests to our pipeline so regressions would be caught. "
            + "For example, p99 latency fell from 2.4 seconds to 310 milliseconds and conversion recovered within two days. "
            + "The trade-off was extra memory for the cache, which we bounded with an LRU eviction policy. As a result the "
            + "team adopted the same approach for two other services, and I learned to measure before optimising.";

    static final String DONT_KNOW = "I don't know.";

    static final String SHORT_VAGUE = "I would probably just try my best and work hard on it with the team.";

    private Answers() {
    }
}
