package io.interview4j.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Time budgeting of every timed plan, as seed 002 states it: the TIME STATUS block (elapsed, remaining, urgency)
 * and "Time Capping: Prevents questions from exceeding available time".
 */
class TimeStatusTest {

    private static final Instant START = Instant.parse("2024-12-01T10:00:00Z");

    @ParameterizedTest(name = "seed 002: limit {0}s, {1}s elapsed -> elapsed {2}s, remaining {3}s, {4}")
    @CsvSource({
            // the seed's own example: 10 min, 4.5 min elapsed, 5.5 min remaining, NORMAL
            "600,   0,   0, 600, NORMAL",
            "600, 270, 270, 330, NORMAL",
            "600, 300, 300, 300, NORMAL",
            "600, 301, 301, 299, LOW",
            "600, 480, 480, 120, LOW",
            "600, 481, 481, 119, CRITICAL",
            "600, 541, 541,  59, CRITICAL",
            "600, 599, 599,   1, CRITICAL",
            "600, 600, 600,   0, TIME_UP",
            "600, 900, 900,   0, TIME_UP",
            // a two-minute screen: under a minute left is critical even when more than a fifth is left
            "120,  59,  59,  61, NORMAL",
            "120,  61,  61,  59, CRITICAL",
            "120, 120, 120,   0, TIME_UP",
            // a clock before the start counts as no time elapsed
            "600, -30,   0, 600, NORMAL"
    })
    void should_report_elapsed_remaining_and_urgency_seed002(long limitSeconds, long elapsedSeconds,
                                                              long expectedElapsed, long expectedRemaining,
                                                              Urgency expectedUrgency) {
        // given
        Duration limit = Duration.ofSeconds(limitSeconds);
        Instant now = START.plusSeconds(elapsedSeconds);

        // when
        TimeStatus status = TimeStatus.of(START, limit, now);

        // then
        assertThat(status.elapsed()).isEqualTo(Duration.ofSeconds(expectedElapsed));
        assertThat(status.remaining()).isEqualTo(Duration.ofSeconds(expectedRemaining));
        assertThat(status.remaining().isNegative()).as("remaining never negative").isFalse();
        assertThat(status.urgency()).isEqualTo(expectedUrgency);
    }

    @ParameterizedTest(name = "seed 002: suggested {0}s with {1}s left -> {2}s")
    @CsvSource({
            "120, 330, 120",
            "120, 120, 120",
            "120,  90,  90",
            " 90,   1,   1",
            "120,   0,   0",
            "120, -10,   0",
            "  0, 300,   0",
            " -5, 300,   0"
    })
    void should_cap_suggested_answer_time_by_time_left_seed002(int suggestedSeconds, long remainingSeconds,
                                                                int expected) {
        // given
        Duration remaining = Duration.ofSeconds(remainingSeconds);

        // when
        int capped = statusWith(remaining).cap(suggestedSeconds);

        // then
        assertThat(capped).isEqualTo(expected).isNotNegative().isLessThanOrEqualTo(Math.max(0, suggestedSeconds));
    }

    @Test
    @DisplayName("seed 002: a suggested time is capped by a remaining time with a fraction of a second")
    void should_cap_suggested_time_to_whole_seconds_left_seed002() {
        // given
        Duration remaining = Duration.ofMillis(59_900);

        // when
        int capped = statusWith(remaining).cap(120);

        // then
        assertThat(capped).isEqualTo(59);
    }

    /** A status with {@code remaining} left of a ten-minute limit, or none left when it is not positive. */
    private static TimeStatus statusWith(Duration remaining) {
        Duration limit = Duration.ofMinutes(10);
        Duration left = remaining.isNegative() ? Duration.ZERO : remaining;
        return TimeStatus.of(START, limit, START.plus(limit.minus(left)));
    }
}
