package io.interview4j.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interview4j.InvalidInputException;
import io.interview4j.SessionStateException;
import io.interview4j.rules.CoachingRules.Stage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Seed 003 (coaching): stages recruiter_screen / hiring_manager, five questions, responses numbered 1 to 4
 * (no continuation after the fourth), {@code get_competency_for_stage} and {@code determine_target_level}.
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
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + raw + "'")
                .hasMessageContainingAll("recruiter_screen", "hiring_manager");
    }

    @ParameterizedTest(name = "seed 003: {0} question {1} tests {2}")
    @CsvSource({
            "RECRUITER_SCREEN, 1, communication",
            "RECRUITER_SCREEN, 2, motivation",
            "RECRUITER_SCREEN, 3, culture_fit",
            "RECRUITER_SCREEN, 4, technical_basics",
            "RECRUITER_SCREEN, 5, availability",
            "HIRING_MANAGER,   1, leadership",
            "HIRING_MANAGER,   2, problem_solving",
            "HIRING_MANAGER,   3, ambiguity_tolerance",
            "HIRING_MANAGER,   4, stakeholder_management",
            "HIRING_MANAGER,   5, technical_depth"
    })
    void should_rotate_competencies_by_stage_and_question_number_seed003(Stage stage, int questionNumber,
                                                                         String expected) {
        // given
        int number = questionNumber;

        // when
        String competency = CoachingRules.competencyFor(stage, number);

        // then
        assertThat(competency).isEqualTo(expected);
        assertThat(CoachingRules.competencies(stage)).element(number - 1).isEqualTo(expected);
    }

    @ParameterizedTest(name = "seed 003: {0} question {1} is past the maximum of 5")
    @CsvSource({
            "RECRUITER_SCREEN, 6",
            "HIRING_MANAGER,   6",
            "HIRING_MANAGER,   7",
            "RECRUITER_SCREEN, 100"
    })
    void should_fail_with_max_questions_reached_when_asking_past_five_seed003(Stage stage, int questionNumber) {
        // given
        int number = questionNumber;

        // when / then
        assertThatThrownBy(() -> CoachingRules.competencyFor(stage, number))
                .isInstanceOfSatisfying(SessionStateException.class, e -> assertThat(e.reason())
                        .isEqualTo(SessionStateException.Reason.MAX_QUESTIONS_REACHED))
                .hasMessageContaining("max questions")
                .hasMessageContaining("(5)")
                .hasMessageContaining(String.valueOf(number));
    }

    @ParameterizedTest(name = "seed 003: {0} question {1} is below 1 and rejected")
    @CsvSource({
            "RECRUITER_SCREEN, 0",
            "HIRING_MANAGER,   0",
            "HIRING_MANAGER,   -1"
    })
    void should_reject_question_number_below_one_seed003(Stage stage, int questionNumber) {
        // given
        int number = questionNumber;

        // when / then
        assertThatThrownBy(() -> CoachingRules.competencyFor(stage, number))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("question number")
                .hasMessageContaining(String.valueOf(number));
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

    @ParameterizedTest(name = "seed 003: after response {0} -> should_continue = {1}")
    @CsvSource({
            "1, true",
            "2, true",
            "3, true",
            "4, false"
    })
    void should_continue_after_responses_1_to_3_and_stop_after_4_seed003(int responseNumber, boolean expected) {
        // given
        int number = responseNumber;

        // when
        boolean cont = CoachingRules.shouldContinue(number);

        // then
        assertThat(cont).isEqualTo(expected);
    }

    @ParameterizedTest(name = "seed 003: response number {0} is outside 1-4 and rejected")
    @CsvSource({"0", "5", "-1", "10"})
    void should_reject_response_number_outside_1_to_4_seed003(int responseNumber) {
        // given
        int number = responseNumber;

        // when / then
        assertThatThrownBy(() -> CoachingRules.shouldContinue(number))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("1 to 4")
                .hasMessageContaining(String.valueOf(number));
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
