package io.interview4j.plan;

import io.interview4j.Difficulty;
import io.interview4j.InterviewException;
import io.interview4j.InvalidInputException;
import io.interview4j.bank.BankQuestion;
import io.interview4j.bank.QuestionBank;
import io.interview4j.bank.QuestionQuery;
import io.interview4j.rules.CampusPlacementRules;
import io.interview4j.rules.CoachingRules;
import io.interview4j.rules.StructuredRules;
import io.interview4j.rules.TimedScreenRules;
import io.interview4j.rules.TopicDrillRules;
import io.interview4j.scoring.Rubrics;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One named factory per seed. Each returns a plain {@link InterviewPlan}; hosts adjust it with
 * {@link InterviewPlan#toBuilder()}.
 */
public final class Presets {

    /** The preset names, in seed order. */
    public static final List<String> NAMES = List.of("campus-placement", "structured", "timed-screen", "coaching", "topic-drill");

    private static final List<String> PEOPLE_CATEGORIES = List.of("behavioral", "situational", "role_specific", "motivation");

    private Presets() {
    }

    /**
     * Builds a preset by name.
     *
     * @param name one of {@link #NAMES}
     * @param options personalisation
     * @param bank the bank timed-screen draws its preset questions from
     * @return the plan
     * @throws InvalidInputException naming an unknown preset and the known ones
     */
    public static InterviewPlan create(String name, PresetOptions options, QuestionBank bank) {
        String preset = PresetOptions.presetName(name);
        return switch (preset) {
            case "campus-placement" -> campusPlacement(options);
            case "structured" -> structured(options);
            case "timed-screen" -> timedScreen(options, bank);
            case "coaching" -> coaching(options);
            case "topic-drill" -> topicDrill(options);
            default -> throw new InterviewException("preset " + preset + " is named but has no factory");
        };
    }

    /**
     * Seed 000: a coding, a behavioral and a design round of two questions each; difficulty up above 80 %, down
     * below 50 %; the company and the resume's skills personalise the pick.
     *
     * @param o personalisation
     * @return the plan
     */
    public static InterviewPlan campusPlacement(PresetOptions o) {
        int n = CampusPlacementRules.QUESTIONS_PER_ROUND;
        return base("campus-placement", o)
                .rounds(List.of(RoundPlan.of("Coding Round", "dsa", n), RoundPlan.of("Behavioral Round", "behavioral", n),
                        RoundPlan.of("Design Round", "system_design", n)))
                .rubric(Rubrics.FIVE_DIMENSION)
                .difficultyPolicy(DifficultyPolicy.RAISE_ABOVE_80_LOWER_BELOW_50)
                .startingDifficulty(start(o, Difficulty.MEDIUM))
                .build();
    }

    /**
     * Seed 001: hr, technical, case or mixed; 10 (junior), 12 (mid) or 15 (senior) questions in the seed's
     * distribution, one round per bucket; the five-dimension rubric; one follow-up, linked to its parent, for an
     * answer scoring below 50. The main questions are drawn from the bank when the session is created
     * ({@link InterviewPlan#drawQuestionsUpFront()}), as the seed's {@code select_questions} does.
     *
     * @param o personalisation, including the interview type and level
     * @return the plan
     */
    public static InterviewPlan structured(PresetOptions o) {
        Map<StructuredRules.Bucket, Integer> mix = StructuredRules.distribute(o.interviewType(),
                StructuredRules.questionCount(o.level()));
        List<RoundPlan> rounds = new ArrayList<>();
        mix.forEach((bucket, count) -> rounds.add(new RoundPlan(roundName(bucket.category()), bucket.kind(),
                List.of(bucket.category()), List.of(), count, count, FollowUpPolicy.whenWeak(1, 50), null, List.of())));
        Difficulty start = switch (o.level()) {
            case JUNIOR -> Difficulty.EASY;
            case MID -> Difficulty.MEDIUM;
            case SENIOR -> Difficulty.HARD;
        };
        return base("structured", o).rounds(rounds).rubric(Rubrics.FIVE_DIMENSION).startingDifficulty(start(o, start))
                .drawQuestionsUpFront(true).build();
    }

    /**
     * Seed 002: preset questions from a template (drawn from the bank for the role and focus areas), at most one
     * follow-up per preset for a weak answer, one resume question when there is a resume, a wall-clock limit
     * with suggested answer times capped by the time left, and assessment mode with a recommendation.
     *
     * @param o personalisation, including the time limit and the number of preset questions
     * @param bank where the preset questions come from
     * @return the plan
     * @throws InvalidInputException when the bank cannot supply enough questions
     */
    public static InterviewPlan timedScreen(PresetOptions o, QuestionBank bank) {
        List<BankQuestion> presets = draw(bank, o);
        return timedScreen(o, presets);
    }

    /**
     * Seed 002 with preset questions given, as an admin's template holds them.
     *
     * @param o personalisation, including the time limit
     * @param presetQuestions the preset questions, in order, at least one
     * @return the plan
     */
    public static InterviewPlan timedScreen(PresetOptions o, List<BankQuestion> presetQuestions) {
        RoundPlan round = new RoundPlan("Screening", "technical", List.of(), List.of(), 1, 1,
                FollowUpPolicy.whenWeak(TimedScreenRules.MAX_FOLLOW_UPS_PER_PRESET, 60), null, List.of())
                .withPresetQuestions(presetQuestions);
        return base("timed-screen", o).rounds(List.of(round)).rubric(Rubrics.SCREENING).mode(Mode.ASSESSMENT)
                .totalTimeLimit(o.timeLimit()).resumeQuestions(o.resumeText() == null ? 0 : 1)
                .startingDifficulty(start(o, Difficulty.MEDIUM)).build();
    }

    /**
     * Seed 003: five questions rotating through the stage's competencies, each followed up until four responses
     * (one answer and three follow-ups); the 1-10 score with the level demonstrated; the target level from the
     * job description; readiness Ready / Almost Ready / Needs Practice.
     *
     * @param o personalisation, including the stage and the job description
     * @return the plan
     */
    public static InterviewPlan coaching(PresetOptions o) {
        RoundPlan round = new RoundPlan(o.stage() == CoachingRules.Stage.RECRUITER_SCREEN ? "Recruiter screen" : "Hiring manager",
                "behavioral", PEOPLE_CATEGORIES, CoachingRules.competencies(o.stage()), CoachingRules.MAX_QUESTIONS,
                CoachingRules.MAX_QUESTIONS, FollowUpPolicy.always(CoachingRules.MAX_RESPONSES - 1), null, List.of());
        return base("coaching", o).rounds(List.of(round)).rubric(Rubrics.COACHING).startingDifficulty(start(o, Difficulty.MEDIUM))
                .targetLevel(CoachingRules.targetLevel(o.jobDescription())).readiness(Readiness.COACHING_BANDS)
                .overallScoring(OverallScoring.QUESTION_MEAN).build();
    }

    /**
     * Seed 004: five technical questions on the three topics the candidate studied most, each with a follow-up
     * testing deeper understanding; correctness, completeness and clarity on 0-1; difficulty up at 0.8, down at
     * 0.4; badges.
     *
     * @param o personalisation; {@code focusTopics} are the studied topics (see
     *     {@link PresetOptions#studiedTopics}), the first three drilled
     * @return the plan
     */
    public static InterviewPlan topicDrill(PresetOptions o) {
        List<String> topics = o.focusTopics().isEmpty() ? List.of("python", "api_design", "databases")
                : o.focusTopics().subList(0, Math.min(TopicDrillRules.TOPICS, o.focusTopics().size()));
        RoundPlan round = RoundPlan.of("Topic drill", "technical", 5).withFollowUps(FollowUpPolicy.always(1));
        return base("topic-drill", o, topics).rounds(List.of(round)).rubric(Rubrics.TOPIC_DRILL)
                .difficultyPolicy(DifficultyPolicy.RAISE_AT_80_LOWER_AT_40).startingDifficulty(start(o, Difficulty.MEDIUM))
                .awardBadges(true).build();
    }

    private static InterviewPlan.Builder base(String preset, PresetOptions o) {
        return base(preset, o, o.focusTopics());
    }

    private static InterviewPlan.Builder base(String preset, PresetOptions o, List<String> focusTopics) {
        return InterviewPlan.builder().preset(preset).role(o.role()).company(o.company()).level(o.level())
                .jobDescription(o.jobDescription()).resumeText(o.resumeText()).focusTopics(focusTopics)
                .groupKey(o.groupKey());
    }

    /** The difficulty the options ask for, else the preset's own. */
    private static Difficulty start(PresetOptions o, Difficulty preset) {
        return o.difficulty() != null ? o.difficulty() : preset;
    }

    private static String roundName(String category) {
        String s = category.replace('_', ' ');
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static List<BankQuestion> draw(QuestionBank bank, PresetOptions o) {
        Set<String> taken = new LinkedHashSet<>();
        List<BankQuestion> picked = new ArrayList<>();
        String role = o.role().toLowerCase(Locale.ROOT);
        QuestionQuery technical = new QuestionQuery(Set.of("technical"), Set.of(), null, null,
                o.level().label(), role, o.company(), o.focusTopics(), Set.of(), 50);
        List<QuestionQuery> tries = new ArrayList<>();
        if (o.difficulty() != null) {
            // The difficulty asked for first; questions of other difficulties only when those run out.
            tries.add(technical.withDifficulty(o.difficulty()));
            tries.add(technical.withLevel(null).withDifficulty(o.difficulty()));
        }
        tries.addAll(List.of(technical, technical.withLevel(null),
                QuestionQuery.ofKind("behavioral").withLevel(o.level().label())));
        for (QuestionQuery q : tries) {
            for (BankQuestion c : bank.find(q.withExcludeIds(taken))) {
                if (picked.size() < o.presetQuestionCount() && taken.add(c.id())) {
                    picked.add(c);
                }
            }
        }
        if (picked.size() < o.presetQuestionCount()) {
            throw new InvalidInputException("the question bank holds only " + picked.size()
                    + " questions for a timed screen of " + o.presetQuestionCount());
        }
        return picked;
    }
}
