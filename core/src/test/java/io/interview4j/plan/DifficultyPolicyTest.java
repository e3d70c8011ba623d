package io.interview4j.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interview4j.Difficulty;
import io.interview4j.InvalidInputException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Adaptive difficulty. Seed 000: "If previous answer scored >80% -> increase difficulty; If <50% -> decrease
 * difficulty; Else -> keep same" (strict). Seed 004: {@code if score >= 0.8: up; elif score <= 0.4: down}
 * (inclusive), clamped to easy..hard.
 */
class DifficultyPolicyTest {

    @ParameterizedTest(name = "seed 000: {0} at {1} -> {2}")
    @CsvSource({
            "EASY,   0.81, MEDIUM",
            "MEDIUM, 0.81, HARD",
            "MEDIUM, 0.95, HARD",
            "MEDIUM, 1.0,  HARD"
    })
    void should_raise_difficulty_when_previous_score_above_80_percent_seed000(Difficulty current, double score,
                                                                             Difficulty expected) {
        // given
        DifficultyPolicy policy = DifficultyPolicy.ABOVE_80_BELOW_50;

        // when
        Difficulty next = policy.next(current, score);

        // then
        assertThat(next).isEqualTo(expected);
    }

    @ParameterizedTest(name = "seed 000: {0} at {1} -> {2}")
    @CsvSource({
            "HARD,   0.49, MEDIUM",
            "MEDIUM, 0.49, EASY",
            "MEDIUM, 0.2,  EASY",
            "MEDIUM, 0.0,  EASY"
    })
    void should_lower_difficulty_when_previous_score_below_50_percent_seed000(Difficulty current, double score,
                                                                             Difficulty expected) {
        // given
        DifficultyPolicy policy = DifficultyPolicy.ABOVE_80_BELOW_50;

        // when
        Difficulty next = policy.next(current, score);

        // then
        assertThat(next).isEqualTo(expected);
    }

    @ParameterizedTest(name = "seed 000: {0} at {1} keeps {0}")
    @CsvSource({
            "EASY,   0.8",
            "MEDIUM, 0.8",
            "HARD,   0.8",
            "EASY,   0.5",
            "MEDIUM, 0.5",
            "HARD,   0.5",
            "MEDIUM, 0.65",
            "MEDIUM, 0.79",
            "MEDIUM, 0.51"
    })
    void should_keep_difficulty_when_score_between_50_and_80_percent_inclusive_seed000(Difficulty current,
                                                                                      double score) {
        // given
        DifficultyPolicy policy = DifficultyPolicy.ABOVE_80_BELOW_50;

        // when
        Difficulty next = policy.next(current, score);

        // then
        assertThat(next).isEqualTo(current);
    }

    @ParameterizedTest(name = "seed 000: {0} at {1} -> {2} (clamped)")
    @CsvSource({
            "EASY, 0.1,  EASY",
            "EASY, 0.0,  EASY",
            "HARD, 0.9,  HARD",
            "HARD, 1.0,  HARD"
    })
    void should_not_go_below_easy_or_above_hard_seed000(Difficulty current, double score, Difficulty expected) {
        // given
        DifficultyPolicy policy = DifficultyPolicy.ABOVE_80_BELOW_50;

        // when
        Difficulty next = policy.next(current, score);

        // then
        assertThat(next).isEqualTo(expected);
    }

    @ParameterizedTest(name = "seed 004: {0} at {1} -> {2}")
    @CsvSource({
            "EASY,   0.8,  MEDIUM",
            "MEDIUM, 0.8,  HARD",
            "MEDIUM, 0.9,  HARD",
            "HARD,   0.8,  HARD",
            "HARD,   1.0,  HARD"
    })
    void should_raise_difficulty_when_score_at_least_0_8_seed004(Difficulty current, double score,
                                                                 Difficulty expected) {
        // given
        DifficultyPolicy policy = DifficultyPolicy.AT_LEAST_80_AT_MOST_40;

        // when
        Difficulty next = policy.next(current, score);

        // then
        assertThat(next).isEqualTo(expected);
    }

    @ParameterizedTest(name = "seed 004: {0} at {1} -> {2}")
    @CsvSource({
            "HARD,   0.4, MEDIUM",
            "MEDIUM, 0.4, EASY",
            "MEDIUM, 0.3, EASY",
            "EASY,   0.4, EASY",
            "EASY,   0.0, EASY"
    })
    void should_lower_difficulty_when_score_at_most_0_4_seed004(Difficulty current, double score,
                                                               Difficulty expected) {
        // given
        DifficultyPolicy policy = DifficultyPolicy.AT_LEAST_80_AT_MOST_40;

        // when
        Difficulty next = policy.next(current, score);

        // then
        assertThat(next).isEqualTo(expected);
    }

    @ParameterizedTest(name = "seed 004: {0} at {1} keeps {0}")
    @CsvSource({
            "EASY,   0.41",
            "MEDIUM, 0.41",
            "HARD,   0.41",
            "MEDIUM, 0.5",
            "MEDIUM, 0.6",
            "EASY,   0.79",
            "MEDIUM, 0.79",
            "HARD,   0.79"
    })
    void should_keep_difficulty_when_score_between_0_41_and_0_79_seed004(Difficulty current, double score) {
        // given
        DifficultyPolicy policy = DifficultyPolicy.AT_LEAST_80_AT_MOST_40;

        // when
        Difficulty next = policy.next(current, score);

        // then
        assertThat(next).isEqualTo(current);
    }

    @ParameterizedTest(name = "fixed policy: {0} at {1} keeps {0}")
    @CsvSource({
            "EASY,   0.0",
            "MEDIUM, 1.0",
            "HARD,   0.0",
            "MEDIUM, 0.5"
    })
    void should_never_move_difficulty_when_policy_is_fixed(Difficulty current, double score) {
        // given
        DifficultyPolicy policy = DifficultyPolicy.FIXED;

        // when
        Difficulty next = policy.next(current, score);

        // then
        assertThat(next).isEqualTo(current);
    }

    @ParameterizedTest(name = "policy with lowerAt {0} and raiseAt {1} is rejected")
    @CsvSource({
            "0.8, 0.8",
            "0.9, 0.5"
    })
    void should_reject_policy_whose_thresholds_overlap(double lowerAt, double raiseAt) {
        // given
        double lower = lowerAt;

        // when / then
        assertThatThrownBy(() -> new DifficultyPolicy(raiseAt, true, lower, true))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("lowerAt");
    }

    @ParameterizedTest(name = "\"{0}\" parses to {1}")
    @CsvSource({
            "easy, EASY",
            "Medium, MEDIUM",
            "' HARD ', HARD"
    })
    void should_parse_difficulty_labels_seed003_seed004(String value, Difficulty expected) {
        // given
        String raw = value;

        // when
        Difficulty parsed = Difficulty.parse(raw);

        // then
        assertThat(parsed).isEqualTo(expected);
        assertThat(parsed.label()).isEqualTo(expected.name().toLowerCase(java.util.Locale.ROOT));
    }

    @Test
    @DisplayName("seed 003/004: an unknown difficulty is rejected, naming the value")
    void should_reject_unknown_difficulty_naming_the_value_seed003_seed004() {
        // given
        String raw = "extreme";

        // when / then
        assertThatThrownBy(() -> Difficulty.parse(raw))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'extreme'")
                .hasMessageContainingAll("easy", "medium", "hard");
    }

    @ParameterizedTest(name = "seed 003 phase 2: {0} after {1} and {2} -> {3}")
    @CsvSource({
            "EASY,   0.8,  0.8,  HARD",
            "MEDIUM, 0.85, 0.9,  HARD",
            "EASY,   0.7,  0.95, EASY",
            "HARD,   0.49, 0.3,  EASY",
            "MEDIUM, 0.4,  0.2,  EASY",
            "HARD,   0.5,  0.2,  HARD",
            "MEDIUM, 0.9,  0.3,  MEDIUM"
    })
    void should_jump_only_after_two_consistent_scores_when_seed003_escalation(Difficulty current, double before,
                                                                              double last, Difficulty expected) {
        // given: "If score >= 8 consistently, escalate to hard; if score < 5 consistently, drop to easy"
        DifficultyPolicy policy = DifficultyPolicy.SEED_003_ESCALATION;

        // when
        Difficulty next = policy.next(current, java.util.List.of(before, last));

        // then
        assertThat(next).isEqualTo(expected);
        assertThat(policy.next(current, java.util.List.of(last))).as("one score is not consistent").isEqualTo(current);
    }

    @Test
    void should_refuse_a_negative_streak() {
        assertThatThrownBy(() -> new DifficultyPolicy(0.8, true, 0.5, false, -1, false))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("streak");
    }
}
