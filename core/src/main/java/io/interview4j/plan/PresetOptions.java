package io.interview4j.plan;

import io.interview4j.Difficulty;
import io.interview4j.InvalidInputException;
import io.interview4j.Level;
import io.interview4j.rules.CoachingRules;
import io.interview4j.rules.StructuredRules;
import io.interview4j.rules.TopicDrillRules;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The inputs a preset is personalised with. Start from {@link #defaults()} and change what you need. Hosts that
 * take these from users by name check them first with {@link #presetName}, {@link #requireApplies},
 * {@link #timeLimitMinutes} and {@link #studiedTopics}; each names the option and what it accepts.
 *
 * @param role the role, default {@code software engineer}
 * @param company the company, trimmed; default {@code null}, absent (a blank one is absent)
 * @param level the candidate's level, default mid
 * @param jobDescription the job description as plain text; default {@code null}, absent (a blank one is absent)
 * @param resumeText the resume as plain text; default {@code null}, absent (a blank one is absent)
 * @param focusTopics topics to prefer; for topic-drill, what the candidate studied most; default none
 * @param interviewType structured only: hr, technical, case or mixed; default technical
 * @param stage coaching only: recruiter screen or hiring manager; default hiring manager
 * @param timeLimit timed-screen only: the wall-clock limit; default 10 minutes
 * @param presetQuestionCount timed-screen only: preset questions drawn for the template; 0 means the default, 3
 * @param difficulty every preset: the first question's difficulty (seed 003's difficulty level); default
 *     {@code null}, the preset's own (medium, or by level for structured)
 * @param groupKey every preset: the host's key the session is grouped under in the history, such as seed 003's job
 *     application; default {@code null}, none (a blank one is absent)
 */
public record PresetOptions(String role, String company, Level level, String jobDescription, String resumeText,
                            List<String> focusTopics, StructuredRules.InterviewType interviewType,
                            CoachingRules.Stage stage, Duration timeLimit, int presetQuestionCount,
                            Difficulty difficulty, String groupKey) {

    /**
     * Fills defaults for nulls (and for a preset question count of 0) and copies.
     *
     * @throws InvalidInputException when the time limit is not positive or the preset question count is negative
     */
    public PresetOptions {
        role = role == null || role.isBlank() ? "software engineer" : role.trim();
        company = company == null || company.isBlank() ? null : company.trim();
        level = level == null ? Level.MID : level;
        jobDescription = jobDescription == null || jobDescription.isBlank() ? null : jobDescription;
        resumeText = resumeText == null || resumeText.isBlank() ? null : resumeText;
        focusTopics = focusTopics == null ? List.of() : List.copyOf(focusTopics);
        interviewType = interviewType == null ? StructuredRules.InterviewType.TECHNICAL : interviewType;
        stage = stage == null ? CoachingRules.Stage.HIRING_MANAGER : stage;
        timeLimit = timeLimit == null ? Duration.ofMinutes(10) : timeLimit;
        if (timeLimit.isNegative() || timeLimit.isZero()) {
            throw new InvalidInputException("timeLimit must be positive, was " + timeLimit);
        }
        if (presetQuestionCount < 0) {
            throw new InvalidInputException("presetQuestionCount must be 0 (the default, 3) or more, was "
                    + presetQuestionCount);
        }
        if (presetQuestionCount == 0) {
            presetQuestionCount = 3;
        }
        groupKey = groupKey == null || groupKey.isBlank() ? null : groupKey.trim();
    }

    /**
     * Options with the preset's own difficulty and no group key.
     *
     * @param role the role
     * @param company the company
     * @param level the level
     * @param jobDescription the job description
     * @param resumeText the resume
     * @param focusTopics the focus topics
     * @param interviewType structured's type
     * @param stage coaching's stage
     * @param timeLimit timed-screen's limit
     * @param presetQuestionCount timed-screen's preset question count
     * @throws InvalidInputException as the canonical constructor
     */
    public PresetOptions(String role, String company, Level level, String jobDescription, String resumeText,
                         List<String> focusTopics, StructuredRules.InterviewType interviewType,
                         CoachingRules.Stage stage, Duration timeLimit, int presetQuestionCount) {
        this(role, company, level, jobDescription, resumeText, focusTopics, interviewType, stage, timeLimit,
                presetQuestionCount, null, null);
    }

    /** The longest time limit {@link #timeLimitMinutes} accepts: 24 hours. */
    public static final int MAX_TIME_LIMIT_MINUTES = 24 * 60;

    /** An option that applies to one preset only. */
    public enum Option {
        /** {@link #interviewType()}: structured only. */
        INTERVIEW_TYPE("structured"),
        /** {@link #stage()}: coaching only. */
        STAGE("coaching"),
        /** {@link #timeLimit()}: timed-screen only. */
        TIME_LIMIT("timed-screen"),
        /** {@link #presetQuestionCount()}: timed-screen only. */
        PRESET_QUESTION_COUNT("timed-screen");

        private final String preset;

        Option(String preset) {
            this.preset = preset;
        }

        /** @return the name of the one preset this option applies to */
        public String preset() {
            return preset;
        }
    }

    /**
     * Checks a preset name as a user gave it, for hosts that take presets by name (a command line, a form).
     *
     * @param name a preset name, any case, surrounding spaces ignored
     * @return the name, trimmed and lowercase: one of {@link Presets#NAMES}
     * @throws NullPointerException when the name is null
     * @throws InvalidInputException naming the value and the presets
     */
    public static String presetName(String name) {
        String v = Objects.requireNonNull(name, "name").trim().toLowerCase(Locale.ROOT);
        if (!Presets.NAMES.contains(v)) {
            throw new InvalidInputException("Unknown preset '" + name + "'; presets are " + String.join(", ", Presets.NAMES));
        }
        return v;
    }

    /**
     * Refuses an option given for a preset it does not apply to (it would be silently ignored).
     *
     * @param preset the preset the options are for, as {@link #presetName} returns it
     * @param option the option the user gave
     * @param label how the user named the option, for the message, such as {@code --type}
     * @throws InvalidInputException naming the option, the preset it applies to and the preset given
     */
    public static void requireApplies(String preset, Option option, String label) {
        if (!option.preset().equals(preset)) {
            throw new InvalidInputException(label + " applies only to preset " + option.preset()
                    + " (the preset is " + preset + ")");
        }
    }

    /**
     * Checks a time limit given in whole minutes.
     *
     * @param minutes the limit in minutes
     * @param label how the user named the option, for the message, such as {@code --time-limit}
     * @return the limit
     * @throws InvalidInputException naming the option and the allowed range, 1 to {@value #MAX_TIME_LIMIT_MINUTES}
     */
    public static Duration timeLimitMinutes(int minutes, String label) {
        if (minutes < 1 || minutes > MAX_TIME_LIMIT_MINUTES) {
            throw new InvalidInputException(label + " must be 1 to " + MAX_TIME_LIMIT_MINUTES + " minutes, was " + minutes);
        }
        return Duration.ofMinutes(minutes);
    }

    /**
     * Seed 004's focus topics from what the candidate studied: the three tags studied most
     * ({@link TopicDrillRules#topTopics}).
     *
     * @param studiedItemTags the tags of each item studied
     * @param label how the user named the option, for the message, such as {@code --topics}
     * @return at most three lowercase tags, most studied first; empty when nothing was studied
     * @throws InvalidInputException when items were given but none names a tag
     */
    public static List<String> studiedTopics(List<? extends List<String>> studiedItemTags, String label) {
        List<String> topics = TopicDrillRules.topTopics(studiedItemTags);
        if (topics.isEmpty() && !studiedItemTags.isEmpty()) {
            throw new InvalidInputException(label + " names no topic; give tags such as " + label + " python,sql");
        }
        return topics;
    }

    /** @return all defaults */
    public static PresetOptions defaults() {
        return new PresetOptions(null, null, null, null, null, null, null, null, null, 0, null, null);
    }

    /** @param v role @return a copy */
    public PresetOptions withRole(String v) {
        return new PresetOptions(v, company, level, jobDescription, resumeText, focusTopics, interviewType, stage, timeLimit, presetQuestionCount, difficulty, groupKey);
    }

    /** @param v company @return a copy */
    public PresetOptions withCompany(String v) {
        return new PresetOptions(role, v, level, jobDescription, resumeText, focusTopics, interviewType, stage, timeLimit, presetQuestionCount, difficulty, groupKey);
    }

    /** @param v level @return a copy */
    public PresetOptions withLevel(Level v) {
        return new PresetOptions(role, company, v, jobDescription, resumeText, focusTopics, interviewType, stage, timeLimit, presetQuestionCount, difficulty, groupKey);
    }

    /** @param v job description @return a copy */
    public PresetOptions withJobDescription(String v) {
        return new PresetOptions(role, company, level, v, resumeText, focusTopics, interviewType, stage, timeLimit, presetQuestionCount, difficulty, groupKey);
    }

    /** @param v resume text @return a copy */
    public PresetOptions withResumeText(String v) {
        return new PresetOptions(role, company, level, jobDescription, v, focusTopics, interviewType, stage, timeLimit, presetQuestionCount, difficulty, groupKey);
    }

    /** @param v topics @return a copy */
    public PresetOptions withFocusTopics(List<String> v) {
        return new PresetOptions(role, company, level, jobDescription, resumeText, v, interviewType, stage, timeLimit, presetQuestionCount, difficulty, groupKey);
    }

    /** @param v structured interview type @return a copy */
    public PresetOptions withInterviewType(StructuredRules.InterviewType v) {
        return new PresetOptions(role, company, level, jobDescription, resumeText, focusTopics, v, stage, timeLimit, presetQuestionCount, difficulty, groupKey);
    }

    /** @param v coaching stage @return a copy */
    public PresetOptions withStage(CoachingRules.Stage v) {
        return new PresetOptions(role, company, level, jobDescription, resumeText, focusTopics, interviewType, v, timeLimit, presetQuestionCount, difficulty, groupKey);
    }

    /** @param v timed-screen limit @return a copy */
    public PresetOptions withTimeLimit(Duration v) {
        return new PresetOptions(role, company, level, jobDescription, resumeText, focusTopics, interviewType, stage, v, presetQuestionCount, difficulty, groupKey);
    }

    /**
     * @param v timed-screen preset question count; 0 means the default, 3
     * @return a copy
     * @throws InvalidInputException when {@code v} is negative
     */
    public PresetOptions withPresetQuestionCount(int v) {
        return new PresetOptions(role, company, level, jobDescription, resumeText, focusTopics, interviewType, stage, timeLimit, v, difficulty, groupKey);
    }

    /** @param v the first question's difficulty; {@code null} for the preset's own @return a copy */
    public PresetOptions withDifficulty(Difficulty v) {
        return new PresetOptions(role, company, level, jobDescription, resumeText, focusTopics, interviewType, stage, timeLimit, presetQuestionCount, v, groupKey);
    }

    /** @param v the host's group key, such as a job application id; {@code null} for none @return a copy */
    public PresetOptions withGroupKey(String v) {
        return new PresetOptions(role, company, level, jobDescription, resumeText, focusTopics, interviewType, stage, timeLimit, presetQuestionCount, difficulty, v);
    }
}
