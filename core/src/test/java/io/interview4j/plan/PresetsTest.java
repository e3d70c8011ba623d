package io.interview4j.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interview4j.Difficulty;
import io.interview4j.InterviewException;
import io.interview4j.InvalidInputException;
import io.interview4j.Level;
import io.interview4j.bank.BankQuestion;
import io.interview4j.bank.BuiltInQuestionBank;
import io.interview4j.bank.InMemoryQuestionBank;
import io.interview4j.bank.QuestionBank;
import io.interview4j.rules.CoachingRules;
import io.interview4j.rules.StructuredRules;
import io.interview4j.rules.StructuredRules.InterviewType;
import io.interview4j.scoring.Rubrics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each preset's plan encodes its seed's rules. */
class PresetsTest {

    private static final String ALL_PRESETS = "campus-placement\nstructured\ntimed-screen\ncoaching\ntopic-drill";

    /**
     * The built-in bank when its classpath resources are packaged; otherwise a small bank with enough technical
     * and behavioral questions for a timed screen.
     */
    private static QuestionBank bank() {
        try {
            return BuiltInQuestionBank.get();
        } catch (InterviewException resourcesNotThereYet) {
            List<BankQuestion> questions = new ArrayList<>();
            for (int i = 1; i <= 8; i++) {
                questions.add(BankQuestion.of("tech-" + i, "technical", "Technical question " + i + "?"));
            }
            questions.add(BankQuestion.of("beh-1", "behavioral", "Tell me about a conflict you resolved."));
            questions.add(BankQuestion.of("beh-2", "behavioral", "Tell me about a time you failed."));
            return new InMemoryQuestionBank(questions);
        }
    }

    // ---- seed 000: campus placement ----

    @Test
    @DisplayName("seed 000: campus placement is three rounds (dsa, behavioral, system design) of two questions")
    void should_plan_three_rounds_of_two_questions_when_campus_placement_seed000() {
        // given
        PresetOptions options = PresetOptions.defaults().withCompany("Amazon").withRole("SDE")
                .withResumeText("Java, Spring, SQL");

        // when
        InterviewPlan plan = Presets.campusPlacement(options);

        // then
        assertThat(plan.preset()).isEqualTo("campus-placement");
        assertThat(plan.rounds()).extracting(RoundPlan::kind).containsExactly("dsa", "behavioral", "system_design");
        assertThat(plan.rounds()).allSatisfy(r -> {
            assertThat(r.minQuestions()).isEqualTo(2);
            assertThat(r.maxQuestions()).isEqualTo(2);
        });
        assertThat(plan.maxMainQuestions()).isEqualTo(6);
        assertThat(plan.company()).isEqualTo("Amazon");
        assertThat(plan.resumeText()).isEqualTo("Java, Spring, SQL");
    }

    @Test
    @DisplayName("seed 000: campus placement moves difficulty above 80 % / below 50 %, starting at medium")
    void should_use_above_80_below_50_difficulty_policy_when_campus_placement_seed000() {
        // given
        PresetOptions options = PresetOptions.defaults();

        // when
        InterviewPlan plan = Presets.campusPlacement(options);

        // then
        assertThat(plan.difficultyPolicy()).isEqualTo(DifficultyPolicy.RAISE_ABOVE_80_LOWER_BELOW_50);
        assertThat(plan.startingDifficulty()).isEqualTo(Difficulty.MEDIUM);
    }

    // ---- seed 001: structured ----

    @ParameterizedTest(name = "seed 001: structured {0} at {1} -> {2} main questions of kinds {3}")
    @CsvSource({
            "HR,        JUNIOR, 10, behavioral situational hr",
            "HR,        MID,    12, behavioral situational hr",
            "HR,        SENIOR, 15, behavioral situational hr",
            "TECHNICAL, JUNIOR, 10, technical",
            "TECHNICAL, MID,    12, technical",
            "TECHNICAL, SENIOR, 15, technical",
            "CASE,      JUNIOR, 10, case system_design",
            "CASE,      MID,    12, case system_design",
            "CASE,      SENIOR, 15, case system_design",
            "MIXED,     JUNIOR, 10, behavioral situational hr technical case system_design",
            "MIXED,     MID,    12, behavioral situational hr technical case system_design",
            "MIXED,     SENIOR, 15, behavioral situational hr technical case system_design"
    })
    void should_plan_questions_by_level_with_kinds_following_type_when_structured_seed001(
            InterviewType type, Level level, int expectedTotal, String expectedKinds) {
        // given
        PresetOptions options = PresetOptions.defaults().withInterviewType(type).withLevel(level);

        // when
        InterviewPlan plan = Presets.structured(options);

        // then
        assertThat(plan.preset()).isEqualTo("structured");
        assertThat(plan.rounds().stream().mapToInt(RoundPlan::maxQuestions).sum()).isEqualTo(expectedTotal);
        assertThat(plan.rounds().stream().mapToInt(RoundPlan::minQuestions).sum()).isEqualTo(expectedTotal);
        assertThat(plan.maxMainQuestions()).isEqualTo(expectedTotal);
        Set<String> kinds = plan.rounds().stream().map(RoundPlan::kind).collect(Collectors.toSet());
        assertThat(kinds).containsExactlyInAnyOrderElementsOf(List.of(expectedKinds.split(" ")));
    }

    @ParameterizedTest(name = "seed 001: structured {0} at {1} has one round per bucket of the distribution")
    @CsvSource({
            "HR,        MID",
            "TECHNICAL, SENIOR",
            "CASE,      JUNIOR",
            "MIXED,     SENIOR"
    })
    void should_plan_one_round_per_distribution_bucket_when_structured_seed001(InterviewType type, Level level) {
        // given
        PresetOptions options = PresetOptions.defaults().withInterviewType(type).withLevel(level);
        var expected = StructuredRules.distribute(type, StructuredRules.questionCount(level));

        // when
        InterviewPlan plan = Presets.structured(options);

        // then
        assertThat(plan.rounds()).hasSize(expected.size());
        List<String> expectedRounds = expected.entrySet().stream()
                .map(e -> e.getKey().kind() + "/" + e.getKey().category() + "=" + e.getValue()).toList();
        List<String> actualRounds = plan.rounds().stream()
                .map(r -> r.kind() + "/" + String.join(",", r.categories()) + "=" + r.maxQuestions()).toList();
        assertThat(actualRounds).containsExactlyElementsOf(expectedRounds);
    }

    // ---- seed 002: timed screen ----

    @ParameterizedTest(name = "seed 002: timed screen of {0} min with {1} preset questions")
    @CsvSource({
            "10, 3",
            "15, 5",
            "5,  1"
    })
    void should_plan_assessment_with_time_limit_and_preset_questions_from_bank_when_timed_screen_seed002(
            long minutes, int presetCount) {
        // given
        QuestionBank bank = bank();
        PresetOptions options = PresetOptions.defaults().withTimeLimit(Duration.ofMinutes(minutes))
                .withPresetQuestionCount(presetCount);

        // when
        InterviewPlan plan = Presets.timedScreen(options, bank);

        // then
        assertThat(plan.preset()).isEqualTo("timed-screen");
        assertThat(plan.mode()).isEqualTo(Mode.ASSESSMENT);
        assertThat(plan.totalTimeLimit()).isEqualTo(Duration.ofMinutes(minutes));
        assertThat(plan.rounds()).hasSize(1);
        RoundPlan round = plan.rounds().get(0);
        assertThat(round.presetQuestions()).hasSize(presetCount)
                .extracting(BankQuestion::id).doesNotHaveDuplicates()
                .allSatisfy(id -> assertThat(bank.findById(id)).isPresent());
        assertThat(round.maxQuestions()).isEqualTo(presetCount);
        assertThat(round.followUps().maxPerQuestion()).isEqualTo(1);
    }

    @Test
    @DisplayName("seed 002: timed screen defaults to 10 minutes and three preset questions, as the seed's example")
    void should_default_to_ten_minutes_and_three_presets_when_timed_screen_seed002() {
        // given
        PresetOptions options = PresetOptions.defaults();

        // when
        InterviewPlan plan = Presets.timedScreen(options, bank());

        // then
        assertThat(plan.totalTimeLimit()).isEqualTo(Duration.ofMinutes(10));
        assertThat(plan.rounds().get(0).presetQuestions()).hasSize(3);
        assertThat(plan.rubric()).isEqualTo(Rubrics.SCREENING);
    }

    @ParameterizedTest(name = "seed 002: timed screen with resume \"{0}\" -> {1} resume question(s)")
    @CsvSource({
            "'', 0",
            "'ML Engineer at Company X; Python, TensorFlow, PyTorch', 1"
    })
    void should_ask_a_resume_question_only_when_there_is_a_resume_when_timed_screen_seed002(String resume,
                                                                                             int expected) {
        // given
        PresetOptions options = PresetOptions.defaults().withResumeText(resume);

        // when
        InterviewPlan plan = Presets.timedScreen(options, bank());

        // then
        assertThat(plan.resumeQuestions()).isEqualTo(expected);
    }

    @Test
    @DisplayName("seed 002: an admin's preset questions are asked as given, with at most one follow-up each")
    void should_keep_given_preset_questions_in_order_when_timed_screen_seed002() {
        // given
        List<BankQuestion> presets = List.of(
                BankQuestion.of("q1", "technical", "Explain supervised vs unsupervised ML"),
                BankQuestion.of("q2", "technical", "How do you handle overfitting?"),
                BankQuestion.of("q3", "technical", "Describe a CV project you worked on"));

        // when
        InterviewPlan plan = Presets.timedScreen(PresetOptions.defaults(), presets);

        // then
        RoundPlan round = plan.rounds().get(0);
        assertThat(round.presetQuestions()).extracting(BankQuestion::id).containsExactly("q1", "q2", "q3");
        assertThat(round.followUps().maxPerQuestion()).isEqualTo(1);
        assertThat(plan.mode()).isEqualTo(Mode.ASSESSMENT);
    }

    @Test
    @DisplayName("seed 002: a bank too small for the timed screen is refused, naming the counts")
    void should_reject_bank_too_small_when_timed_screen_seed002() {
        // given
        QuestionBank tiny = new InMemoryQuestionBank(List.of(BankQuestion.of("only", "technical", "Only question?")));
        PresetOptions options = PresetOptions.defaults().withPresetQuestionCount(3);

        // when / then
        assertThatThrownBy(() -> Presets.timedScreen(options, tiny))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("only 1")
                .hasMessageContaining("3");
    }

    // ---- seed 003: coaching ----

    @ParameterizedTest(name = "seed 003: coaching at {0} with JD \"{1}\" -> target {2}")
    @CsvSource({
            "RECRUITER_SCREEN, 'Staff Software Engineer',              L5B",
            "HIRING_MANAGER,   'Senior Backend Engineer',              L5A",
            "HIRING_MANAGER,   'Senior or Staff Engineer',             L5B",
            "RECRUITER_SCREEN, 'Software Engineer II',                 L4",
            "HIRING_MANAGER,   '',                                     L4"
    })
    void should_plan_five_questions_with_three_follow_ups_and_stage_competencies_when_coaching_seed003(
            CoachingRules.Stage stage, String jobDescription, String expectedTarget) {
        // given
        PresetOptions options = PresetOptions.defaults().withStage(stage).withJobDescription(jobDescription);

        // when
        InterviewPlan plan = Presets.coaching(options);

        // then
        assertThat(plan.preset()).isEqualTo("coaching");
        assertThat(plan.maxMainQuestions()).isEqualTo(5);
        assertThat(plan.rounds()).hasSize(1);
        RoundPlan round = plan.rounds().get(0);
        assertThat(round.minQuestions()).isEqualTo(5);
        assertThat(round.maxQuestions()).isEqualTo(5);
        assertThat(round.followUps().trigger()).isEqualTo(FollowUpPolicy.Trigger.ALWAYS);
        assertThat(round.followUps().maxPerQuestion()).isEqualTo(3);
        assertThat(round.competencies()).containsExactlyElementsOf(CoachingRules.competencies(stage));
        assertThat(plan.rubric()).isEqualTo(Rubrics.COACHING);
        assertThat(plan.targetLevel()).isEqualTo(expectedTarget);
        assertThat(plan.readiness()).isEqualTo(Readiness.COACHING_BANDS);
    }

    // ---- seed 004: topic drill ----

    @ParameterizedTest(name = "seed 004: topic drill with studied topics [{0}] drills [{1}]")
    @CsvSource({
            "python fastapi sql, python fastapi sql",
            "python fastapi sql docker, python fastapi sql",
            "python, python"
    })
    void should_drill_focus_topics_with_inclusive_policy_and_badges_when_topic_drill_seed004(String studied,
                                                                                            String expected) {
        // given
        PresetOptions options = PresetOptions.defaults().withFocusTopics(List.of(studied.split(" ")));

        // when
        InterviewPlan plan = Presets.topicDrill(options);

        // then
        assertThat(plan.preset()).isEqualTo("topic-drill");
        assertThat(plan.focusTopics()).containsExactly(expected.split(" "));
        assertThat(plan.difficultyPolicy()).isEqualTo(DifficultyPolicy.RAISE_AT_80_LOWER_AT_40);
        assertThat(plan.startingDifficulty()).isEqualTo(Difficulty.MEDIUM);
        assertThat(plan.awardBadges()).isTrue();
        assertThat(plan.rubric()).isEqualTo(Rubrics.TOPIC_DRILL);
    }

    @Test
    @DisplayName("seed 004: topic drill with nothing studied still drills three topics")
    void should_fall_back_to_three_topics_when_nothing_studied_topic_drill_seed004() {
        // given
        PresetOptions options = PresetOptions.defaults();

        // when
        InterviewPlan plan = Presets.topicDrill(options);

        // then
        assertThat(plan.focusTopics()).hasSize(3);
    }

    // ---- every preset ----

    @ParameterizedTest(name = "preset \"{0}\" is built by name")
    @CsvSource({
            "campus-placement, campus-placement",
            "structured,       structured",
            "timed-screen,     timed-screen",
            "coaching,         coaching",
            "topic-drill,      topic-drill",
            "' Coaching ',     coaching",
            "TOPIC-DRILL,      topic-drill"
    })
    void should_create_each_seed_preset_by_name(String name, String expectedPreset) {
        // given
        PresetOptions options = PresetOptions.defaults();

        // when
        InterviewPlan plan = Presets.create(name, options, bank());

        // then
        assertThat(plan.preset()).isEqualTo(expectedPreset);
        assertThat(Presets.NAMES).contains(expectedPreset);
    }

    @ParameterizedTest(name = "preset \"{0}\" is unknown and rejected, listing the known presets")
    @CsvSource({"interview", "campus", "timed_screen", "''"})
    void should_reject_unknown_preset_listing_known_presets(String name) {
        // given
        QuestionBank bank = bank();

        // when / then
        assertThatThrownBy(() -> Presets.create(name, PresetOptions.defaults(), bank))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'" + name + "'")
                .hasMessageContainingAll("campus-placement", "structured", "timed-screen", "coaching", "topic-drill");
    }

    @ParameterizedTest(name = "preset \"{0}\" caps turns at a finite number no smaller than its main questions")
    @CsvSource(textBlock = ALL_PRESETS)
    void should_cap_turns_finitely_and_at_least_main_questions_for_every_preset(String name) {
        // given
        PresetOptions options = PresetOptions.defaults().withLevel(Level.SENIOR)
                .withResumeText("Backend engineer, Java, Kafka, 6 years");

        // when
        InterviewPlan plan = Presets.create(name, options, bank());

        // then
        assertThat(plan.maxMainQuestions()).isPositive();
        assertThat(plan.maxTurns()).isGreaterThanOrEqualTo(plan.maxMainQuestions()).isLessThanOrEqualTo(100);
    }

    @ParameterizedTest(name = "preset \"{0}\" caps turns at {1}")
    @CsvSource({
            "campus-placement, 6",
            "structured,       24",
            "timed-screen,     6",
            "coaching,         20",
            "topic-drill,      10"
    })
    void should_cap_turns_at_mains_times_one_plus_follow_up_quota_for_every_preset(String name, int expected) {
        // given
        PresetOptions options = PresetOptions.defaults();

        // when
        InterviewPlan plan = Presets.create(name, options, bank());

        // then
        assertThat(plan.maxTurns()).isEqualTo(expected);
    }

    @Test
    @DisplayName("preset options: a zero preset question count means the default 3, a negative one is refused by name")
    void should_default_zero_and_refuse_negative_preset_question_count() {
        assertThat(PresetOptions.defaults().withPresetQuestionCount(0).presetQuestionCount()).isEqualTo(3);
        assertThat(PresetOptions.defaults().withPresetQuestionCount(5).presetQuestionCount()).isEqualTo(5);
        assertThatThrownBy(() -> PresetOptions.defaults().withPresetQuestionCount(-1))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("presetQuestionCount");
        assertThatThrownBy(() -> PresetOptions.defaults().withTimeLimit(Duration.ZERO))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("timeLimit");
    }
}
