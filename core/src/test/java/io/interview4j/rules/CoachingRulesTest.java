package io.interview4j.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interview4j.InvalidInputException;
import io.interview4j.rules.CoachingRules.Stage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Seed 003 (coaching): stages recruiter_screen / hiring_manager, five questions of four responses each, and
 * {@code determine_target_level}. What the engine decides from them (the competency rotation, continuing after
 * responses 1 to 3, five questions at most) is table-tested in {@code io.interview4j.engine.TurnPolicyTest}.
 */
class CoachingRulesTest {

    @ParameterizedTest(name = "seed 003: stage \"{0}\" parses to {1}")
    @CsvSource({
            "recruiter_screen, RECRUITER_SCREEN",
            "hiring_manager, HIRING_MANAGER",
            "Hiring_Manager, HIRING_MANAGER",
            "recruiter-screen, RECRUITER_SCREEN"
    })
    void should_parse_interview_stage_seed003(String value, Stage expected) {
        // given
        String raw = value;

        // when
        Stage stage = Stage.parse(raw);

        // then
        assertThat(stage).isEqualTo(expected);
    }

    @ParameterizedTest(name = "seed 003: stage \"{0}\" is rejected, naming the value")
    @CsvSource({"onsite", "recruiter", "''"})
    void should_reject_unknown_stage_naming_the_value_seed003(String value) {
        // given
        String raw = value;

        // when / then
        assertThatThrownBy(() -> Stage.parse(raw))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'" + raw + "'")
                .hasMessageContainingAll("recruiter_screen", "hiring_manager");
    }

    @Test
    @DisplayName("seed 003: five questions, four responses each (one answer and three follow-ups)")
    void should_allow_five_questions_and_four_responses_seed003() {
        // given
        int questions = CoachingRules.MAX_QUESTIONS;

        // when
        int responses = CoachingRules.MAX_RESPONSES;

        // then
        assertThat(questions).isEqualTo(5);
        assertThat(responses).isEqualTo(4);
    }

    @ParameterizedTest(name = "seed 003: JD \"{0}\" -> {1}")
    @CsvSource({
            // L5B phrases
            "'You will lead strategic initiatives across the platform', L5B",
            "'Help define organizational direction for data', L5B",
            "'Influence senior leadership on roadmap', L5B",
            "'Drive company-wide adoption of CI', L5B",
            "'Principal Engineer, Payments', L5B",
            "'Staff Software Engineer', L5B",
            // L5A phrases
            "'Lead cross-functional projects with design', L5A",
            "'Coordinate across teams to ship features', L5A",
            "'Provide strategic input to product', L5A",
            "'Senior Backend Engineer', L5A",
            "'Tech lead for the mobile squad', L5A",
            // precedence: L5B phrases win over L5A phrases
            "'Senior or Staff Engineer', L5B",
            "'Senior engineer who will lead strategic initiatives', L5B",
            // case-insensitive
            "'STAFF ENGINEER', L5B",
            "'SeNiOr Developer', L5A",
            "'PRINCIPAL', L5B",
            // the seed matches substrings: 'lead' is in 'leadership'
            "'Strong leadership skills', L5A",
            // default
            "'Software Engineer II, Java and SQL', L4",
            "'Junior developer', L4",
            "'', L4"
    })
    void should_infer_target_level_from_job_description_phrases_seed003(String jobDescription, String expected) {
        // given
        String jd = jobDescription;

        // when
        String level = CoachingRules.targetLevel(jd);

        // then
        assertThat(level).isEqualTo(expected);
    }
}
