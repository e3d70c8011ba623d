package io.interview4j.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interview4j.InvalidInputException;
import io.interview4j.plan.PresetOptions.Option;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The checks a host runs on preset options taken from users by name. */
class PresetOptionsTest {

    @ParameterizedTest(name = "preset \"{0}\" -> {1}")
    @CsvSource({
            "campus-placement, campus-placement",
            "Structured, structured",
            "' timed-screen ', timed-screen",
            "COACHING, coaching",
            "topic-drill, topic-drill"
    })
    void should_accept_each_preset_name_in_any_case(String name, String expected) {
        // when
        String checked = PresetOptions.presetName(name);

        // then
        assertThat(checked).isEqualTo(expected).isIn(Presets.NAMES);
    }

    @ParameterizedTest(name = "preset \"{0}\" is refused, naming the presets")
    @ValueSource(strings = {"nope", "timed_screen", ""})
    void should_refuse_an_unknown_preset_naming_the_value_and_the_presets(String name) {
        // when / then
        assertThatThrownBy(() -> PresetOptions.presetName(name))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Unknown preset '" + name + "'")
                .hasMessageContaining(String.join(", ", Presets.NAMES));
    }

    @ParameterizedTest(name = "{1} with preset {0} -> allowed {2}")
    @CsvSource({
            "structured,   INTERVIEW_TYPE,        true",
            "coaching,     INTERVIEW_TYPE,        false",
            "coaching,     STAGE,                 true",
            "structured,   STAGE,                 false",
            "timed-screen, TIME_LIMIT,            true",
            "topic-drill,  TIME_LIMIT,            false",
            "timed-screen, PRESET_QUESTION_COUNT, true",
            "campus-placement, PRESET_QUESTION_COUNT, false"
    })
    void should_refuse_an_option_given_for_a_preset_it_does_not_apply_to(String preset, Option option, boolean allowed) {
        // when / then
        if (allowed) {
            assertThatCode(() -> PresetOptions.requireApplies(preset, option, "--x")).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> PresetOptions.requireApplies(preset, option, "--x"))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("--x applies only to preset " + option.preset() + " (the preset is " + preset + ")");
        }
    }

    @ParameterizedTest(name = "{0} minutes -> accepted {1}")
    @CsvSource({"1, true", "10, true", "1440, true", "0, false", "-5, false", "1441, false"})
    void should_accept_a_time_limit_of_1_to_1440_minutes(int minutes, boolean accepted) {
        // when / then
        if (accepted) {
            assertThat(PresetOptions.timeLimitMinutes(minutes, "--time-limit")).isEqualTo(Duration.ofMinutes(minutes));
        } else {
            assertThatThrownBy(() -> PresetOptions.timeLimitMinutes(minutes, "--time-limit"))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("--time-limit must be 1 to 1440 minutes, was " + minutes);
        }
    }

    @Test
    void should_take_the_three_topics_studied_most_and_refuse_items_naming_none() {
        // given
        List<List<String>> studied = List.of(List.of("python", "sql"), List.of("python"), List.of("docker"),
                List.of("sql"), List.of("git"));

        // when
        List<String> topics = PresetOptions.studiedTopics(studied, "--topics");

        // then
        assertThat(topics).containsExactly("python", "sql", "docker");
        assertThat(PresetOptions.studiedTopics(List.of(), "--topics")).isEmpty();
        assertThatThrownBy(() -> PresetOptions.studiedTopics(List.of(List.of(), List.of(" ")), "--topics"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("--topics names no topic; give tags such as --topics python,sql");
    }

    @Test
    void should_take_blank_texts_as_absent_and_refuse_a_null_preset_name() {
        // when
        PresetOptions blank = PresetOptions.defaults().withCompany("  ").withJobDescription(" \n ").withResumeText("");
        PresetOptions given = PresetOptions.defaults().withCompany(" Acme ").withJobDescription("Build APIs.");

        // then
        assertThat(PresetOptions.defaults().company()).isNull();
        assertThat(blank.company()).isNull();
        assertThat(blank.jobDescription()).isNull();
        assertThat(blank.resumeText()).isNull();
        assertThat(given.company()).isEqualTo("Acme");
        assertThat(given.jobDescription()).isEqualTo("Build APIs.");
        assertThat(Presets.coaching(blank).jobDescription()).isNull();
        assertThat(Presets.coaching(blank).company()).isNull();
        assertThatThrownBy(() -> PresetOptions.presetName(null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("name");
    }
}
