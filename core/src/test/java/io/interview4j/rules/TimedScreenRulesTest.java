package io.interview4j.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interview4j.rules.TimedScreenRules.Action;
import io.interview4j.rules.TimedScreenRules.TimeStatus;
import io.interview4j.rules.TimedScreenRules.Urgency;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Seed 002 (timed screen): actions preset / follow_up / resume / complete; "Max follow-ups allowed: 1 per
 * preset"; the TIME STATUS block (elapsed, remaining, urgency); "Time Capping: Prevents questions from
 * exceeding available time"; complete when time is up or every preset was asked.
 */
class TimedScreenRulesTest {

    private static final Instant START = Instant.parse("2024-12-01T10:00:00Z");

    @ParameterizedTest(name = "seed 002: action \"{0}\" parses to {1}")
    @CsvSource({
            "preset, PRESET",
            "follow_up, FOLLOW_UP",
            "follow-up, FOLLOW_UP",
            "resume, RESUME",
            "complete, COMPLETE",
            "PRESET, PRESET",
            "' Follow_Up ', FOLLOW_UP",
            "Complete, COMPLETE"
    })
    void should_parse_the_seed_actions_seed002(String value, Action expected) {
        // given
        String raw = value;

        // when
        Action action = Action.parse(raw);

        // then
        assertThat(action).isEqualTo(expected);
    }

    @ParameterizedTest(name = "seed 002: action \"{0}\" is rejected, naming the value")
    @CsvSource({
            "next",
            "followup",
            "end",
            "''"
    })
    void should_reject_unknown_action_naming_the_value_seed002(String value) {
        // given
        String raw = value;

        // when / then
        assertThatThrownBy(() -> Action.parse(raw))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + raw + "'")
                .hasMessageContainingAll("preset", "follow_up", "resume", "complete");
    }

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
        TimeStatus status = TimedScreenRules.timeStatus(START, limit, now);

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
        int capped = TimedScreenRules.capSuggestedSeconds(suggestedSeconds, remaining);

        // then
        assertThat(capped).isEqualTo(expected).isNotNegative().isLessThanOrEqualTo(Math.max(0, suggestedSeconds));
    }

    @Test
    @DisplayName("seed 002: a suggested time is capped by a remaining time with a fraction of a second")
    void should_cap_suggested_time_to_whole_seconds_left_seed002() {
        // given
        Duration remaining = Duration.ofMillis(59_900);

        // when
        int capped = TimedScreenRules.capSuggestedSeconds(120, remaining);

        // then
        assertThat(capped).isEqualTo(59);
    }

    @ParameterizedTest(name = "seed 002: {0} follow-ups asked for this preset -> another allowed = {1}")
    @CsvSource({
            "0, true",
            "1, false",
            "2, false"
    })
    void should_allow_one_follow_up_per_preset_seed002(int followUpsAsked, boolean expected) {
        // given
        int asked = followUpsAsked;

        // when
        boolean allowed = TimedScreenRules.followUpAllowed(asked);

        // then
        assertThat(TimedScreenRules.MAX_FOLLOW_UPS_PER_PRESET).isEqualTo(1);
        assertThat(allowed).isEqualTo(expected);
    }

    @ParameterizedTest(name = "seed 002: urgency {0}, {1} of {2} presets asked -> complete allowed = {3}")
    @CsvSource({
            "TIME_UP,  0, 3, true",
            "TIME_UP,  1, 3, true",
            "TIME_UP,  3, 3, true",
            "NORMAL,   3, 3, true",
            "LOW,      4, 3, true",
            "CRITICAL, 3, 3, true",
            "NORMAL,   0, 3, false",
            "NORMAL,   2, 3, false",
            "LOW,      2, 3, false",
            "CRITICAL, 2, 3, false"
    })
    void should_allow_complete_when_time_up_or_every_preset_asked_seed002(Urgency urgency, int presetsAsked,
                                                                          int presetsTotal, boolean expected) {
        // given
        Urgency now = urgency;

        // when
        boolean allowed = TimedScreenRules.completeAllowed(now, presetsAsked, presetsTotal);

        // then
        assertThat(allowed).isEqualTo(expected);
    }
}
