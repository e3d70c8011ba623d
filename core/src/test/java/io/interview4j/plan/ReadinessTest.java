package io.interview4j.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interview4j.InvalidInputException;
import io.interview4j.scoring.Scale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Seed 003's readiness criteria: "Ready: Average score >= 8; Almost Ready: Average score 6-7.9; Needs Practice:
 * Average score < 6", on 1-10, which {@link Readiness#COACHING_BANDS} states on 0-100.
 */
class ReadinessTest {

    @ParameterizedTest(name = "seed 003: overall {0}/100 -> {1}")
    @CsvSource({
            "100,  Ready",
            "80,   Ready",
            "79.9, Almost Ready",
            "70,   Almost Ready",
            "60,   Almost Ready",
            "59.9, Needs Practice",
            "0,    Needs Practice"
    })
    void should_label_readiness_at_80_and_60_seed003(double score, String expected) {
        // given
        Readiness readiness = Readiness.COACHING_BANDS;

        // when
        String label = readiness.label(score);

        // then
        assertThat(label).isEqualTo(expected);
    }

    @ParameterizedTest(name = "seed 003: average {0}/10 -> {1}")
    @CsvSource({
            "10,   Ready",
            "8,    Ready",
            "7.9,  Almost Ready",
            "6,    Almost Ready",
            "5.9,  Needs Practice",
            "1,    Needs Practice"
    })
    void should_read_the_seeds_one_to_ten_average_the_same_way_seed003(double average, String expected) {
        // given
        double percent = Scale.ONE_TO_TEN.toPercent(average);

        // when
        String label = Readiness.COACHING_BANDS.label(percent);

        // then
        assertThat(label).isEqualTo(expected);
    }

    @ParameterizedTest(name = "readiness thresholds ready {0}, almost {1} are rejected")
    @CsvSource({
            "60, 80",
            "101, 60",
            "80, -1"
    })
    void should_reject_thresholds_out_of_order_or_range_seed003(double readyAt, double almostReadyAt) {
        // given
        double ready = readyAt;

        // when / then
        assertThatThrownBy(() -> new Readiness(ready, almostReadyAt))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("almostReadyAt");
    }
}
