package io.interview4j.plan;

import io.interview4j.Difficulty;
import io.interview4j.InvalidInputException;
import io.interview4j.Level;
import io.interview4j.scoring.Rubric;
import io.interview4j.scoring.Rubrics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything that decides how one interview runs: who and what, the rounds, time, the rubric, the difficulty
 * policy, readiness thresholds and the mode. Presets are plans built by the factories in {@link Presets};
 * hosts change any part with {@link #toBuilder()}.
 *
 * @param preset the preset name, or {@code custom}
 * @param role the role interviewed for, such as {@code software engineer}
 * @param company the company, trimmed; {@code null} when absent (a blank one is absent)
 * @param level the candidate's level
 * @param jobDescription the job description as plain text; {@code null} when absent (a blank one is absent)
 * @param resumeText the resume as plain text; {@code null} when absent (a blank one is absent)
 * @param focusTopics topics to prefer (skill tags), best first
 * @param rounds at least one round
 * @param totalTimeLimit the wall-clock limit for the whole interview, or {@code null} for none
 * @param rubric the rubric answers are scored on
 * @param difficultyPolicy how difficulty moves after a scored answer
 * @param startingDifficulty the difficulty of the first question
 * @param readiness the readiness thresholds for the report
 * @param mode practice or assessment
 * @param resumeQuestions the most questions drawn from the resume (seed 002); 0 for none
 * @param targetLevel the level the candidate aims at (seed 003: L4, L5A, L5B); {@code null} when absent (a blank
 *     one is absent)
 * @param awardBadges whether the session awards seed 004's badges, each once per candidate
 * @param groupKey the host's key this session is grouped under in the history, such as seed 003's job application;
 *     {@code null} when absent (a blank one is absent)
 * @param awardBadges whether the report awards seed 004's badges
 * @param language the interview's language as a BCP 47 tag, such as {@code en} or {@code de-DE}; a configured
 *     model writes questions, follow-ups and feedback in it, while offline runs (the bank, the rules) stay in
 *     English and the report says so; {@code null} or blank means {@link #DEFAULT_LANGUAGE}
 * @param generateQuestions whether the engine's question writer (with a language model, or the host's own) may
 *     write this plan's main questions; when false every main question comes from the bank or the plan's presets.
 *     The builder's default is true; a plan stored before the option existed reads back as false
 * @param overallScoring how the overall score is formed; {@code null} means {@link OverallScoring#RESPONSE_MEAN}
 * @param drawQuestionsUpFront whether every main question is drawn from the bank (or the rounds' presets) when the
 *     session is created, as seed 001 does: the list is stored with the session, asked in order and exposed by
 *     {@code InterviewEngine.questions}; follow-ups stay adaptive, and the drawn questions keep the starting
 *     difficulty. Default false ({@link Presets#structured} sets it); a plan stored before the option existed reads
 *     back as false
 */
public record InterviewPlan(String preset, String role, String company, Level level, String jobDescription,
                            String resumeText, List<String> focusTopics, List<RoundPlan> rounds,
                            Duration totalTimeLimit, Rubric rubric, DifficultyPolicy difficultyPolicy,
                            Difficulty startingDifficulty, Readiness readiness, Mode mode, int resumeQuestions,
                            String targetLevel, boolean awardBadges, String groupKey, String language,
                            boolean generateQuestions, OverallScoring overallScoring, boolean drawQuestionsUpFront) {

    /** The most characters accepted for a job description or a resume: 100,000. */
    public static final int MAX_DOCUMENT_CHARS = 100_000;

    /** The default interview language: {@code en}. */
    public static final String DEFAULT_LANGUAGE = "en";

    /** Validates and copies. @throws InvalidInputException naming the bad field */
    public InterviewPlan {
        preset = blankTo(preset, "custom");
        role = blankTo(role, "software engineer");
        company = absent(company) == null ? null : company.trim();
        level = level == null ? Level.MID : level;
        jobDescription = absent(jobDescription);
        resumeText = absent(resumeText);
        targetLevel = absent(targetLevel);
        groupKey = absent(groupKey) == null ? null : groupKey.trim();
        focusTopics = List.copyOf(focusTopics);
        rounds = List.copyOf(rounds);
        Objects.requireNonNull(rubric, "rubric");
        difficultyPolicy = difficultyPolicy == null ? DifficultyPolicy.FIXED : difficultyPolicy;
        startingDifficulty = startingDifficulty == null ? Difficulty.MEDIUM : startingDifficulty;
        readiness = readiness == null ? Readiness.COACHING_BANDS : readiness;
        mode = mode == null ? Mode.PRACTICE : mode;
        overallScoring = overallScoring == null ? OverallScoring.RESPONSE_MEAN : overallScoring;
        language = languageTag(language);
        if (rounds.isEmpty()) {
            throw new InvalidInputException("a plan needs at least one round");
        }
        if (totalTimeLimit != null && (totalTimeLimit.isNegative() || totalTimeLimit.isZero())) {
            throw new InvalidInputException("totalTimeLimit must be positive, was " + totalTimeLimit);
        }
        if (resumeQuestions < 0) {
            throw new InvalidInputException("resumeQuestions must not be negative, was " + resumeQuestions);
        }
        if (length(jobDescription) > MAX_DOCUMENT_CHARS || length(resumeText) > MAX_DOCUMENT_CHARS) {
            throw new InvalidInputException("job description and resume are limited to " + MAX_DOCUMENT_CHARS + " characters");
        }
    }

    /**
     * A plan with no group key, in English, whose questions a writer may write.
     *
     * @param preset the preset name
     * @param role the role
     * @param company the company
     * @param level the level
     * @param jobDescription the job description
     * @param resumeText the resume
     * @param focusTopics topics to prefer
     * @param rounds the rounds
     * @param totalTimeLimit the time limit
     * @param rubric the rubric
     * @param difficultyPolicy the difficulty policy
     * @param startingDifficulty the first question's difficulty
     * @param readiness readiness thresholds
     * @param mode the mode
     * @param resumeQuestions the most resume questions
     * @param targetLevel the target level
     * @param awardBadges whether to award badges
     * @throws InvalidInputException as the canonical constructor
     */
    public InterviewPlan(String preset, String role, String company, Level level, String jobDescription,
                         String resumeText, List<String> focusTopics, List<RoundPlan> rounds, Duration totalTimeLimit,
                         Rubric rubric, DifficultyPolicy difficultyPolicy, Difficulty startingDifficulty,
                         Readiness readiness, Mode mode, int resumeQuestions, String targetLevel, boolean awardBadges) {
        this(preset, role, company, level, jobDescription, resumeText, focusTopics, rounds, totalTimeLimit, rubric,
                difficultyPolicy, startingDifficulty, readiness, mode, resumeQuestions, targetLevel, awardBadges, null, null,
                true, null, false);
    }

    /**
     * A plan that does not draw its questions up front, as plans were built before that option existed.
     *
     * @param preset as the canonical constructor's
     * @param role as the canonical constructor's
     * @param company as the canonical constructor's
     * @param level as the canonical constructor's
     * @param jobDescription as the canonical constructor's
     * @param resumeText as the canonical constructor's
     * @param focusTopics as the canonical constructor's
     * @param rounds as the canonical constructor's
     * @param totalTimeLimit as the canonical constructor's
     * @param rubric as the canonical constructor's
     * @param difficultyPolicy as the canonical constructor's
     * @param startingDifficulty as the canonical constructor's
     * @param readiness as the canonical constructor's
     * @param mode as the canonical constructor's
     * @param resumeQuestions as the canonical constructor's
     * @param targetLevel as the canonical constructor's
     * @param awardBadges as the canonical constructor's
     * @param groupKey as the canonical constructor's
     * @param language as the canonical constructor's
     * @param generateQuestions as the canonical constructor's
     * @param overallScoring as the canonical constructor's
     * @throws InvalidInputException as the canonical constructor
     */
    public InterviewPlan(String preset, String role, String company, Level level, String jobDescription,
                         String resumeText, List<String> focusTopics, List<RoundPlan> rounds, Duration totalTimeLimit,
                         Rubric rubric, DifficultyPolicy difficultyPolicy, Difficulty startingDifficulty,
                         Readiness readiness, Mode mode, int resumeQuestions, String targetLevel, boolean awardBadges,
                         String groupKey, String language, boolean generateQuestions, OverallScoring overallScoring) {
        this(preset, role, company, level, jobDescription, resumeText, focusTopics, rounds, totalTimeLimit, rubric,
                difficultyPolicy, startingDifficulty, readiness, mode, resumeQuestions, targetLevel, awardBadges, groupKey,
                language, generateQuestions, overallScoring, false);
    }

    /**
     * @return whether the plan's language is English (any region), the language of the bank and the offline rules
     */
    public boolean english() {
        return language.equals("en") || language.startsWith("en-");
    }

    private static String languageTag(String tag) {
        if (tag == null || tag.isBlank()) {
            return DEFAULT_LANGUAGE;
        }
        java.util.Locale locale = java.util.Locale.forLanguageTag(tag.trim().replace('_', '-'));
        if (locale.getLanguage().isEmpty()) {
            throw new InvalidInputException("language must be a BCP 47 tag such as en or de-DE, was '" + tag + "'");
        }
        return locale.toLanguageTag();
    }

    private static String absent(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static int length(String value) {
        return value == null ? 0 : value.length();
    }

    private static String blankTo(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    /** @return the most main questions over all rounds */
    public int maxMainQuestions() {
        return rounds.stream().mapToInt(RoundPlan::maxQuestions).sum();
    }

    /**
     * The hard cap on questions asked (main, follow-up and resume). No interview asks more; the engine
     * completes a session that reaches it.
     *
     * @return the cap
     */
    public int maxTurns() {
        return rounds.stream().mapToInt(RoundPlan::maxTurns).sum() + resumeQuestions * 2;
    }

    /** @return a builder holding this plan's values */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** @return a builder with defaults: role software engineer, level mid, five-dimension rubric, practice mode */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds an {@link InterviewPlan}. Every setter returns this builder. Each option may be set once on a builder
     * (a builder from {@link #toBuilder()} starts with the plan's values and none of them set):
     * {@link #build()} fails when one was set twice, and when {@link #rounds(List)} follows {@link #round(RoundPlan)}.
     * Not thread-safe.
     */
    public static final class Builder {
        private String preset = "custom";
        private String role = "software engineer";
        private String company;
        private Level level = Level.MID;
        private String jobDescription;
        private String resumeText;
        private List<String> focusTopics = List.of();
        private List<RoundPlan> rounds = new ArrayList<>();
        private Duration totalTimeLimit;
        private Rubric rubric = Rubrics.FIVE_DIMENSION;
        private DifficultyPolicy difficultyPolicy = DifficultyPolicy.FIXED;
        private Difficulty startingDifficulty = Difficulty.MEDIUM;
        private Readiness readiness = Readiness.COACHING_BANDS;
        private Mode mode = Mode.PRACTICE;
        private int resumeQuestions;
        private String targetLevel;
        private boolean awardBadges;
        private OverallScoring overallScoring = OverallScoring.RESPONSE_MEAN;
        private String groupKey;
        private String language = DEFAULT_LANGUAGE;
        private boolean generateQuestions = true;
        private boolean drawQuestionsUpFront;
        private final Set<String> set = new HashSet<>();
        private final Set<String> twice = new LinkedHashSet<>();
        private boolean roundAdded;

        private Builder() {
        }

        private Builder(InterviewPlan p) {
            preset = p.preset;
            role = p.role;
            company = p.company;
            level = p.level;
            jobDescription = p.jobDescription;
            resumeText = p.resumeText;
            focusTopics = p.focusTopics;
            rounds = new ArrayList<>(p.rounds);
            totalTimeLimit = p.totalTimeLimit;
            rubric = p.rubric;
            difficultyPolicy = p.difficultyPolicy;
            startingDifficulty = p.startingDifficulty;
            readiness = p.readiness;
            mode = p.mode;
            resumeQuestions = p.resumeQuestions;
            targetLevel = p.targetLevel;
            awardBadges = p.awardBadges;
            overallScoring = p.overallScoring;
            groupKey = p.groupKey;
            language = p.language;
            generateQuestions = p.generateQuestions;
            drawQuestionsUpFront = p.drawQuestionsUpFront;
        }

        /** @param v preset name; default {@code custom} @return this */
        public Builder preset(String v) {
            mark("preset");
            preset = v;
            return this;
        }

        /** @param v role; default {@code software engineer} @return this */
        public Builder role(String v) {
            mark("role");
            role = v;
            return this;
        }

        /** @param v company; default none @return this */
        public Builder company(String v) {
            mark("company");
            company = v;
            return this;
        }

        /** @param v level; default mid @return this */
        public Builder level(Level v) {
            mark("level");
            level = v;
            return this;
        }

        /** @param v job description as plain text; default none @return this */
        public Builder jobDescription(String v) {
            mark("jobDescription");
            jobDescription = v;
            return this;
        }

        /** @param v resume as plain text; default none @return this */
        public Builder resumeText(String v) {
            mark("resumeText");
            resumeText = v;
            return this;
        }

        /** @param v topics to prefer; default none @return this */
        public Builder focusTopics(List<String> v) {
            mark("focusTopics");
            focusTopics = List.copyOf(v);
            return this;
        }

        /** @param v the rounds; required, here or by {@link #round(RoundPlan)} @return this */
        public Builder rounds(List<RoundPlan> v) {
            mark("rounds");
            if (roundAdded) {
                twice.add("rounds");
            }
            rounds = new ArrayList<>(v);
            return this;
        }

        /** @param v a round to append; may be called many times @return this */
        public Builder round(RoundPlan v) {
            rounds.add(Objects.requireNonNull(v, "round"));
            roundAdded = true;
            return this;
        }

        /** @param v the wall-clock limit; default none @return this */
        public Builder totalTimeLimit(Duration v) {
            mark("totalTimeLimit");
            totalTimeLimit = v;
            return this;
        }

        /** @param v the rubric; default {@link Rubrics#FIVE_DIMENSION} @return this */
        public Builder rubric(Rubric v) {
            mark("rubric");
            rubric = v;
            return this;
        }

        /** @param v the difficulty policy; default {@link DifficultyPolicy#FIXED} @return this */
        public Builder difficultyPolicy(DifficultyPolicy v) {
            mark("difficultyPolicy");
            difficultyPolicy = v;
            return this;
        }

        /** @param v the first question's difficulty; default medium @return this */
        public Builder startingDifficulty(Difficulty v) {
            mark("startingDifficulty");
            startingDifficulty = v;
            return this;
        }

        /** @param v readiness thresholds; default {@link Readiness#COACHING_BANDS} @return this */
        public Builder readiness(Readiness v) {
            mark("readiness");
            readiness = v;
            return this;
        }

        /** @param v the mode; default practice @return this */
        public Builder mode(Mode v) {
            mark("mode");
            mode = v;
            return this;
        }

        /** @param v the most resume questions; default 0 @return this */
        public Builder resumeQuestions(int v) {
            mark("resumeQuestions");
            resumeQuestions = v;
            return this;
        }

        /** @param v the target level such as L5A; default none @return this */
        public Builder targetLevel(String v) {
            mark("targetLevel");
            targetLevel = v;
            return this;
        }

        /** @param v whether to award seed 004's badges; default false @return this */
        public Builder awardBadges(boolean v) {
            mark("awardBadges");
            awardBadges = v;
            return this;
        }

        /** @param v the host's group key, such as a job application id; default none @return this */
        public Builder groupKey(String v) {
            mark("groupKey");
            groupKey = v;
            return this;
        }

        /**
         * @param v how the overall score is formed; default {@link OverallScoring#RESPONSE_MEAN}, and {@code null}
         *     means that default
         * @return this
         */
        public Builder overallScoring(OverallScoring v) {
            mark("overallScoring");
            overallScoring = v;
            return this;
        }

        /**
         * @param v the interview's language, a BCP 47 tag such as {@code de}; default {@code en}
         * @return this
         */
        public Builder language(String v) {
            mark("language");
            language = v;
            return this;
        }

        /**
         * @param v whether a question writer may write main questions; default true (it writes them only when the
         *     engine has a language model or the host's own writer)
         * @return this
         */
        public Builder generateQuestions(boolean v) {
            mark("generateQuestions");
            generateQuestions = v;
            return this;
        }

        /**
         * @param v whether every main question is drawn when the session is created (seed 001); default false
         * @return this
         */
        public Builder drawQuestionsUpFront(boolean v) {
            mark("drawQuestionsUpFront");
            drawQuestionsUpFront = v;
            return this;
        }

        private void mark(String option) {
            if (!set.add(option)) {
                twice.add(option);
            }
        }

        /**
         * @return the plan
         * @throws IllegalStateException naming each option set more than once on this builder
         * @throws InvalidInputException naming the bad field
         */
        public InterviewPlan build() {
            if (!twice.isEmpty()) {
                throw new IllegalStateException("InterviewPlan.Builder: option set more than once: " + String.join(", ", twice));
            }
            return new InterviewPlan(preset, role, company, level, jobDescription, resumeText, focusTopics, rounds,
                    totalTimeLimit, rubric, difficultyPolicy, startingDifficulty, readiness, mode, resumeQuestions,
                    targetLevel, awardBadges, groupKey, language, generateQuestions, overallScoring,
                    drawQuestionsUpFront);
        }
    }
}
