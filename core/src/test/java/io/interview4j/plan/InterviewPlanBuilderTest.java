package io.interview4j.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interview4j.Difficulty;
import io.interview4j.Level;
import io.interview4j.scoring.Rubrics;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InterviewPlanBuilderTest {

    private static final RoundPlan ROUND = RoundPlan.of("Coding", "dsa", 2);

    @ParameterizedTest(name = "{0} set twice is refused")
    @ValueSource(strings = {"preset", "role", "company", "level", "jobDescription", "resumeText", "focusTopics",
            "rounds", "totalTimeLimit", "rubric", "difficultyPolicy", "startingDifficulty", "readiness", "mode",
            "resumeQuestions", "targetLevel", "awardBadges"})
    void should_refuse_an_option_set_twice_naming_it(String option) {
        // given
        InterviewPlan.Builder builder = set(option, set(option, InterviewPlan.builder()));

        // when / then
        assertThatThrownBy(builder::build)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("option set more than once")
                .hasMessageContaining(option);
    }

    @ParameterizedTest(name = "{0} set once builds")
    @ValueSource(strings = {"role", "company", "level", "jobDescription", "resumeText", "focusTopics",
            "totalTimeLimit", "rubric", "difficultyPolicy", "startingDifficulty", "readiness", "mode",
            "resumeQuestions", "targetLevel", "awardBadges"})
    void should_build_when_each_option_is_set_once(String option) {
        // given
        InterviewPlan.Builder builder = set(option, InterviewPlan.builder().preset("custom").rounds(List.of(ROUND)));

        // when
        InterviewPlan plan = builder.build();

        // then
        assertThat(plan.rounds()).containsExactly(ROUND);
        assertThat(plan).isNotEqualTo(InterviewPlan.builder().rounds(List.of(ROUND)).build());
    }

    @Test
    void should_let_a_builder_from_a_plan_change_each_option_once() {
        // given
        InterviewPlan plan = InterviewPlan.builder().role("data engineer").round(ROUND).build();

        // when
        InterviewPlan changed = plan.toBuilder().role("analyst").round(RoundPlan.of("Design", "system_design", 1)).build();

        // then
        assertThat(changed.role()).isEqualTo("analyst");
        assertThat(changed.rounds()).extracting(RoundPlan::name).containsExactly("Coding", "Design");
        assertThatThrownBy(() -> plan.toBuilder().role("a").role("b").build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("role");
    }

    @Test
    void should_append_rounds_one_by_one_but_refuse_a_list_of_rounds_after_them() {
        // given
        InterviewPlan.Builder oneByOne = InterviewPlan.builder().round(ROUND).round(ROUND);

        // when
        InterviewPlan plan = oneByOne.build();

        // then
        assertThat(plan.rounds()).hasSize(2);
        assertThatThrownBy(() -> InterviewPlan.builder().round(ROUND).rounds(List.of(ROUND)).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("rounds");
    }

    /** Sets one option on the builder with a valid value. */
    private static InterviewPlan.Builder set(String option, InterviewPlan.Builder b) {
        UnaryOperator<InterviewPlan.Builder> setter = switch (option) {
            case "preset" -> x -> x.preset("custom");
            case "role" -> x -> x.role("analyst");
            case "company" -> x -> x.company("Acme");
            case "level" -> x -> x.level(Level.SENIOR);
            case "jobDescription" -> x -> x.jobDescription("Build APIs.");
            case "resumeText" -> x -> x.resumeText("Built APIs.");
            case "focusTopics" -> x -> x.focusTopics(List.of("sql"));
            case "rounds" -> x -> x.rounds(List.of(ROUND));
            case "totalTimeLimit" -> x -> x.totalTimeLimit(Duration.ofMinutes(20));
            case "rubric" -> x -> x.rubric(Rubrics.COACHING);
            case "difficultyPolicy" -> x -> x.difficultyPolicy(DifficultyPolicy.RAISE_ABOVE_80_LOWER_BELOW_50);
            case "startingDifficulty" -> x -> x.startingDifficulty(Difficulty.HARD);
            case "readiness" -> x -> x.readiness(new Readiness(90, 70));
            case "mode" -> x -> x.mode(Mode.ASSESSMENT);
            case "resumeQuestions" -> x -> x.resumeQuestions(1);
            case "targetLevel" -> x -> x.targetLevel("L5A");
            case "awardBadges" -> x -> x.awardBadges(true);
            default -> throw new IllegalArgumentException(option);
        };
        return setter.apply(b);
    }
}
