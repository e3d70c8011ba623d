package io.interview4j.plan;

import io.interview4j.Level;
import io.interview4j.rules.CoachingRules;
import io.interview4j.rules.StructuredRules;
import java.time.Duration;
import java.util.List;

/**
 * The inputs a preset is personalised with. Start from {@link #defaults()} and change what you need.
 *
 * @param role the role, default {@code software engineer}
 * @param company the company, default none
 * @param level the candidate's level, default mid
 * @param jobDescription the job description as plain text, default none
 * @param resumeText the resume as plain text, default none
 * @param focusTopics topics to prefer; for topic-drill, what the candidate studied most; default none
 * @param interviewType structured only: hr, technical, case or mixed; default technical
 * @param stage coaching only: recruiter screen or hiring manager; default hiring manager
 * @param timeLimit timed-screen only: the wall-clock limit; default 10 minutes
 * @param presetQuestionCount timed-screen only: preset questions drawn for the template; 0 means the default, 3
 */
public record PresetOptions(String role, String company, Level level, String jobDescription, String resumeText,
                            List<String> focusTopics, StructuredRules.InterviewType interviewType,
                            CoachingRules.Stage stage, Duration timeLimit, int presetQuestionCount) {

    /**
     * Fills defaults for nulls (and for a preset question count of 0) and copies.
     *
     * @throws IllegalArgumentException when the time limit is not positive or the preset question count is negative
     */
    public PresetOptions {
        role = role == null || role.isBlank() ? "software engineer" : role.trim();
        company = company == null ? "" : company.trim();
        level = level == null ? Level.MID : level;
        jobDescription = jobDescription == null ? "" : jobDescription;
        resumeText = resumeText == null ? "" : resumeText;
        focusTopics = focusTopics == null ? List.of() : List.copyOf(focusTopics);
        interviewType = interviewType == null ? StructuredRules.InterviewType.TECHNICAL : interviewType;
        stage = stage == null ? CoachingRules.Stage.HIRING_MANAGER : stage;
        timeLimit = timeLimit == null ? Duration.ofMinutes(10) : timeLimit;
        if (timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("timeLimit must be positive, was " + timeLimit);
        }
        if (presetQuestionCount < 0) {
            throw new IllegalArgumentException("presetQuestionCount must be 0 (the default, 3) or more, was "
                    + presetQuestionCount);
        }
        if (presetQuestionCount == 0) {
            presetQuestionCount = 3;
        }
    }

    /** @return all defaults */
    public static PresetOptions defaults() {
        return new PresetOptions(null, null, null, null, null, null, null, null, null, 0);
    }

    /** @param v role @return a copy */
    public PresetOptions withRole(String v) {
        return new PresetOptions(v, company, level, jobDescription, resumeText, focusTopics, interviewType, stage, timeLimit, presetQuestionCount);
    }

    /** @param v company @return a copy */
    public PresetOptions withCompany(String v) {
        return new PresetOptions(role, v, level, jobDescription, resumeText, focusTopics, interviewType, stage, timeLimit, presetQuestionCount);
    }

    /** @param v level @return a copy */
    public PresetOptions withLevel(Level v) {
        return new PresetOptions(role, company, v, jobDescription, resumeText, focusTopics, interviewType, stage, timeLimit, presetQuestionCount);
    }

    /** @param v job description @return a copy */
    public PresetOptions withJobDescription(String v) {
        return new PresetOptions(role, company, level, v, resumeText, focusTopics, interviewType, stage, timeLimit, presetQuestionCount);
    }

    /** @param v resume text @return a copy */
    public PresetOptions withResumeText(String v) {
        return new PresetOptions(role, company, level, jobDescription, v, focusTopics, interviewType, stage, timeLimit, presetQuestionCount);
    }

    /** @param v topics @return a copy */
    public PresetOptions withFocusTopics(List<String> v) {
        return new PresetOptions(role, company, level, jobDescription, resumeText, v, interviewType, stage, timeLimit, presetQuestionCount);
    }

    /** @param v structured interview type @return a copy */
    public PresetOptions withInterviewType(StructuredRules.InterviewType v) {
        return new PresetOptions(role, company, level, jobDescription, resumeText, focusTopics, v, stage, timeLimit, presetQuestionCount);
    }

    /** @param v coaching stage @return a copy */
    public PresetOptions withStage(CoachingRules.Stage v) {
        return new PresetOptions(role, company, level, jobDescription, resumeText, focusTopics, interviewType, v, timeLimit, presetQuestionCount);
    }

    /** @param v timed-screen limit @return a copy */
    public PresetOptions withTimeLimit(Duration v) {
        return new PresetOptions(role, company, level, jobDescription, resumeText, focusTopics, interviewType, stage, v, presetQuestionCount);
    }

    /**
     * @param v timed-screen preset question count; 0 means the default, 3
     * @return a copy
     * @throws IllegalArgumentException when {@code v} is negative
     */
    public PresetOptions withPresetQuestionCount(int v) {
        return new PresetOptions(role, company, level, jobDescription, resumeText, focusTopics, interviewType, stage, timeLimit, v);
    }
}
