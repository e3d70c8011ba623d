package io.interview4j.rules;

import io.interview4j.InvalidInputException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Seed 003's rules (coaching) that {@link io.interview4j.plan.Presets#coaching} encodes: stages, five questions,
 * responses numbered 1 to 4 (one answer and up to three follow-ups), the competency rotation per stage and the
 * target level from the job description. The engine's turn policy and question picker follow the plan they make.
 */
public final class CoachingRules {

    /** Questions per session. */
    public static final int MAX_QUESTIONS = 5;
    /** Responses per question: the initial answer and up to three follow-ups. */
    public static final int MAX_RESPONSES = 4;

    private static final Map<Stage, List<String>> COMPETENCIES = Map.of(
            Stage.RECRUITER_SCREEN, List.of("communication", "motivation", "culture_fit", "technical_basics", "availability"),
            Stage.HIRING_MANAGER, List.of("leadership", "problem_solving", "ambiguity_tolerance", "stakeholder_management",
                    "technical_depth"));

    private static final List<String> L5B_PHRASES = List.of("lead strategic initiatives", "define organizational direction",
            "influence senior leadership", "drive company-wide", "principal", "staff");
    private static final List<String> L5A_PHRASES = List.of("lead cross-functional", "coordinate across teams",
            "strategic input", "senior", "lead");

    private CoachingRules() {
    }

    /** The interview stage practised. */
    public enum Stage {
        /** A recruiter's first screen. */
        RECRUITER_SCREEN,
        /** The hiring manager's interview. */
        HIRING_MANAGER;

        /**
         * @param value recruiter_screen or hiring_manager, any case
         * @return the stage
         * @throws InvalidInputException naming the value and the accepted ones
         */
        public static Stage parse(String value) {
            try {
                return valueOf(value.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("Unknown interview stage '" + value
                        + "'; expected recruiter_screen or hiring_manager", e);
            }
        }
    }

    /**
     * @param stage the stage
     * @return the stage's competencies, in rotation order
     */
    public static List<String> competencies(Stage stage) {
        return COMPETENCIES.get(stage);
    }

    /**
     * Infers the target level from the job description's language: L5B phrases first, then L5A, else L4.
     *
     * @param jobDescription the job description, may be empty, or {@code null} when absent (then L4)
     * @return L4, L5A or L5B
     */
    public static String targetLevel(String jobDescription) {
        if (jobDescription == null) {
            return "L4";
        }
        String jd = jobDescription.toLowerCase(Locale.ROOT);
        if (L5B_PHRASES.stream().anyMatch(jd::contains)) {
            return "L5B";
        }
        if (L5A_PHRASES.stream().anyMatch(jd::contains)) {
            return "L5A";
        }
        return "L4";
    }
}
