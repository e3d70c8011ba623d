package io.interview4j.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A model's proposed action, as the engine reads it: seed 002's actions preset, follow_up, resume and complete,
 * and the engine's own names for the same steps.
 */
class NextStepTest {

    @ParameterizedTest(name = "action \"{0}\" -> {1}")
    @CsvSource({
            "preset, NEXT_QUESTION",
            "follow_up, FOLLOW_UP",
            "follow-up, FOLLOW_UP",
            "resume, RESUME",
            "complete, COMPLETE",
            "PRESET, NEXT_QUESTION",
            "' Follow_Up ', FOLLOW_UP",
            "Complete, COMPLETE",
            "next_question, NEXT_QUESTION",
            "next, NEXT_QUESTION",
            "next_round, NEXT_ROUND",
            "followup, FOLLOW_UP",
            "end, COMPLETE"
    })
    void should_read_the_seed_actions_and_the_engine_s_step_names_seed002(String action, NextStep expected) {
        // when
        Optional<NextStep> step = NextStep.fromAction(action);

        // then
        assertThat(step).contains(expected);
    }

    @ParameterizedTest(name = "action \"{0}\" is not a step")
    @CsvSource(value = {"skip", "follow up", "''", "finish", "NULL"}, nullValues = "NULL")
    void should_read_no_step_when_the_action_is_unknown_or_missing(String action) {
        // when
        Optional<NextStep> step = NextStep.fromAction(action);

        // then
        assertThat(step).isEmpty();
    }
}
