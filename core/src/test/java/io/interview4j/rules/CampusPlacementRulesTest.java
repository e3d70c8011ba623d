package io.interview4j.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Seed 000 (campus placement), decisions 3 and 4: "If student completes 2 questions in a round, move to next
 * round" and "If current_round >= total_rounds -> end". Difficulty (decision 2) is in
 * {@code io.interview4j.plan.DifficultyPolicyTest}.
 */
class CampusPlacementRulesTest {

    @Test
    @DisplayName("seed 000: a round holds two questions")
    void should_hold_two_questions_per_round_seed000() {
        // given
        int perRound = CampusPlacementRules.QUESTIONS_PER_ROUND;

        // when
        boolean movesAtTwo = CampusPlacementRules.moveToNextRound(perRound);

        // then
        assertThat(perRound).isEqualTo(2);
        assertThat(movesAtTwo).isTrue();
    }

    @ParameterizedTest(name = "seed 000: {0} answered in the round -> move to next round = {1}")
    @CsvSource({
            "0, false",
            "1, false",
            "2, true",
            "3, true"
    })
    void should_move_to_next_round_when_two_questions_answered_in_round_seed000(int answeredInRound, boolean expected) {
        // given
        int answered = answeredInRound;

        // when
        boolean move = CampusPlacementRules.moveToNextRound(answered);

        // then
        assertThat(move).isEqualTo(expected);
    }

    @ParameterizedTest(name = "seed 000: current round {0} of {1} -> completed = {2}")
    @CsvSource({
            "0, 3, false",
            "1, 3, false",
            "2, 3, false",
            "3, 3, true",
            "4, 3, true",
            "0, 1, false",
            "1, 1, true",
            "0, 0, true"
    })
    void should_complete_interview_when_all_rounds_done_seed000(int currentRound, int totalRounds, boolean expected) {
        // given
        int round = currentRound;

        // when
        boolean completed = CampusPlacementRules.interviewCompleted(round, totalRounds);

        // then
        assertThat(completed).isEqualTo(expected);
    }
}
